"""Sealed report filing (ReportStore) and the staff-side reader."""
from bot.reports.store import FilingError, FilingReceipt, ReportStore, UnknownFollowUpCode

__all__ = ["FilingError", "FilingReceipt", "ReportStore", "UnknownFollowUpCode"]
