# SPDX-License-Identifier: GPL-3.0-or-later
"""Word files: reading drafts in (read_*.py, numbering.py) and writing texts out."""
