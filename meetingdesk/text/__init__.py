# SPDX-License-Identifier: GPL-3.0-or-later
"""Pure text algorithms (no I/O, standard library only): tokens, diff, three-way merge, bracket
markup, clause numbering, blame, collation and order of precedence, schedule clashes."""
