"""The field's vocabularies, as enums stored by value."""
from __future__ import annotations

import enum

from sqlalchemy import Enum


class Role(enum.StrEnum):
    TRAINEE = "trainee"
    SUPERVISOR = "supervisor"
    DIRECTOR = "director"


class NoteStatus(enum.StrEnum):
    DRAFT = "draft"
    SUBMITTED = "submitted"
    CHANGES_REQUESTED = "changes_requested"
    APPROVED = "approved"

    @property
    def label(self) -> str:
        return self.value.replace("_", " ")


class SessionType(enum.StrEnum):
    INDIVIDUAL = "individual"
    COUPLE = "couple"
    FAMILY = "family"
    GROUP = "group"
    INTAKE = "intake"
    ASSESSMENT = "assessment"


class Setting(enum.StrEnum):
    IN_PERSON = "in_person"
    TELEHEALTH = "telehealth"

    @property
    def label(self) -> str:
        return {"in_person": "In person", "telehealth": "Telehealth"}[self.value]


class NoteTemplate(enum.StrEnum):
    SOAP = "soap"
    DAP = "dap"
    BIRP = "birp"
    GIRP = "girp"
    NARRATIVE = "narrative"


class HoursStatus(enum.StrEnum):
    PENDING = "pending"
    VERIFIED = "verified"
    REJECTED = "rejected"


class AssignmentKind(enum.StrEnum):
    PRIMARY = "primary"
    SITE = "site"
    FACULTY = "faculty"


def db_enum(enum_cls: type[enum.StrEnum], name: str) -> Enum:
    """A portable enum column: VARCHAR plus a named CHECK constraint, storing the values."""
    return Enum(
        enum_cls,
        name=name,
        native_enum=False,
        create_constraint=True,
        length=max(len(m.value) for m in enum_cls),
        values_callable=lambda cls: [m.value for m in cls],
        validate_strings=True,
    )
