"""Trust in the record: content hashes of history, the signed audit head, signed finals.

Pure functions over plain values and bytes: no Qt, no database session. The store and the
services gather the facts (rows, files) and hand them here.
"""
