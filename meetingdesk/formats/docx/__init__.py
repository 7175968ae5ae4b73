# SPDX-License-Identifier: GPL-3.0-or-later
"""Word files: reading drafts in (read_*.py, numbering.py), writing texts out (writer*.py:
final, compilation, redline with native tracked changes) and reading a returned revision's
tracked changes and comments (tracked_changes.py, tracked_proposals.py)."""
