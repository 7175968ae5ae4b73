"""Offline drafting in the window: Check out…, Check in… with its report, the conflict view."""

from .checkin_dialog import CheckinDialog
from .checkout_dialog import CheckoutDialog
from .conflict_view import ConflictView

__all__ = ["CheckinDialog", "CheckoutDialog", "ConflictView"]
