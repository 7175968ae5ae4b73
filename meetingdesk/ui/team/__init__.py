"""The window on a team server: logging in, live views, what the login's role may do."""
