"""The PySide6 window. Only this package and meetingdesk.app import Qt."""
