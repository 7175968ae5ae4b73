"""Widgets and dialogs for meeting logistics: participants, import, agenda, clashes, seating.

Every write goes through a service; widgets announce what changed with signals and let the
main window publish it on the hub.
"""
