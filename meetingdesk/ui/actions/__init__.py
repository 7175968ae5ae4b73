"""The action plan area: table, filters, detail, follow-up view, XLSX import and export."""

from .view import ActionPlanView

__all__ = ["ActionPlanView"]
