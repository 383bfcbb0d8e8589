"""The result type of the PHI guard: one identifier found in a text."""

from __future__ import annotations

from dataclasses import dataclass

#: Every kind of identifier the guard reports, in the order a reader meets them in HIPAA Safe Harbor.
KINDS: tuple[str, ...] = (
    "NAME",
    "ADDRESS",
    "LOCATION",
    "DATE",
    "AGE",
    "PHONE",
    "EMAIL",
    "SSN",
    "ID",
    "URL",
    "IP",
    "HANDLE",
)

#: The text that replaces a redacted span, by kind. PHONE covers fax numbers too.
PLACEHOLDERS: dict[str, str] = {kind: f"[{kind}]" for kind in KINDS}


@dataclass(frozen=True, slots=True)
class Finding:
    """One identifier in a text: ``text == source[start:end]`` (code-point offsets, end exclusive)."""

    start: int
    end: int
    kind: str
    text: str

    @property
    def placeholder(self) -> str:
        """The placeholder that replaces this span on redaction, such as ``[NAME]``."""
        return PLACEHOLDERS[self.kind]
