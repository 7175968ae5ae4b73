"""Logistics: delegations and their members, the agenda and its clashes, the seating plan,
and registration files as they arrive."""
