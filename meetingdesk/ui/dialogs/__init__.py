"""Dialogs; each offers a classmethod returning (data, accepted)."""
