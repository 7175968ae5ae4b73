"""MeetingDesk: the host secretariat's desk for a ministerial meeting."""

__version__ = "0.1.0"
APP_NAME = "MeetingDesk"
ORG_NAME = "MeetingDesk"
