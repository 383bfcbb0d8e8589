"""Named errors raised by services; views and the API turn them into messages and status codes."""
from __future__ import annotations

from typing import Any


class ServiceError(Exception):
    status = 400
    code = "bad_request"

    def __init__(self, message: str, **details: Any) -> None:
        super().__init__(message)
        self.message = message
        self.details = details


class PermissionDenied(ServiceError):
    """The user can see the object but may not do this to it."""

    status = 403
    code = "forbidden"


class InvalidTransition(ServiceError):
    """The note is not in a state that allows this step."""

    status = 409
    code = "invalid_transition"


class StaleNote(ServiceError):
    """Someone else changed the note since this version was read. `current` is the note as it is now."""

    status = 409
    code = "conflict"

    def __init__(self, message: str, current: Any = None) -> None:
        super().__init__(message)
        self.current = current


class OpenFindings(ServiceError):
    """The note still holds possible identifiers that were neither redacted nor dismissed."""

    status = 422
    code = "phi_findings"

    def __init__(self, message: str, findings: list) -> None:
        super().__init__(message)
        self.findings = findings


class ValidationFailed(ServiceError):
    """Input is malformed. `fields` maps field names to lists of messages."""

    status = 422
    code = "validation_failed"

    def __init__(self, message: str, fields: dict[str, list[str]] | None = None) -> None:
        super().__init__(message)
        self.fields = fields or {}


class AccountLocked(ServiceError):
    """Too many failed password checks for this account lately; sign-in is refused until `retry_after`
    seconds have passed (or the password is reset by e-mail)."""

    status = 429
    code = "account_locked"

    def __init__(self, message: str, retry_after: int) -> None:
        super().__init__(message)
        self.retry_after = retry_after
