"""The meeting as a whole in the window: the overview page, new meeting, open database,
check report and About."""
