# SPDX-License-Identifier: GPL-3.0-or-later
"""Akoma Ntoso 3.0 (OASIS LegalDocML) XML of a document; see writer.py."""
