"""What the conversation code may catch from the report store. Messages never carry report content
or follow-up codes, so they are safe to log and to map to a message for the user."""
from __future__ import annotations


class ReportStoreError(Exception):
    """Base class for report store failures."""


class FilingError(ReportStoreError):
    """The report (or addendum) could not be filed.

    `spooled` is True when it is sealed and kept in the spool: nothing is lost, and filing again with
    the same idempotency key (or ReportStore.flush_spool) delivers it. `reference` is set once one was
    reserved; it is kept out of the message so that logs (which carry exact times) cannot be linked
    to a report.
    """

    def __init__(self, message: str, *, spooled: bool = False, reference: str | None = None) -> None:
        super().__init__(message)
        self.spooled = spooled
        self.reference = reference


class UnknownFollowUpCode(ReportStoreError):
    """No report matches the follow-up code (or it is not a 16-digit code)."""
