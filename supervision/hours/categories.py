"""Hours categories: the defaults (in the manner of CACREP), each mapped to an APPIC AAPI category.

A program keeps its own categories in the `hours_category` table (seeded from these defaults when the
program is created). Everything that reads categories works on the `Category` value below, so pure code
(the rule engine, exports) never needs the database.
"""
from __future__ import annotations

from dataclasses import dataclass

from ..enums import SessionType

GROUPS = ("direct", "indirect", "supervision")
GROUP_LABELS = {"direct": "Direct", "indirect": "Indirect", "supervision": "Supervision"}
AAPI_CATEGORIES = ("Intervention", "Assessment", "Supervision", "Support")


@dataclass(frozen=True)
class Category:
    code: str
    name: str
    group: str  # direct | indirect | supervision
    aapi: str   # Intervention | Assessment | Supervision | Support
    active: bool = True


DEFAULT_CATEGORIES: tuple[Category, ...] = (
    Category("individual", "Individual counseling", "direct", "Intervention"),
    Category("couple_family", "Couple and family counseling", "direct", "Intervention"),
    Category("group", "Group counseling", "direct", "Intervention"),
    Category("intake", "Intake interview", "direct", "Assessment"),
    Category("assessment", "Assessment and testing", "direct", "Assessment"),
    Category("individual_supervision", "Individual/triadic supervision", "supervision", "Supervision"),
    Category("group_supervision", "Group supervision", "supervision", "Supervision"),
    Category("consultation", "Consultation", "indirect", "Support"),
    Category("documentation", "Documentation", "indirect", "Support"),
    Category("training", "Training and didactics", "indirect", "Support"),
)
BY_CODE = {c.code: c for c in DEFAULT_CATEGORIES}

SESSION_TYPE_CATEGORY = {
    SessionType.INDIVIDUAL: "individual",
    SessionType.COUPLE: "couple_family",
    SessionType.FAMILY: "couple_family",
    SessionType.GROUP: "group",
    SessionType.INTAKE: "intake",
    SessionType.ASSESSMENT: "assessment",
}


def category_for_session(session_type: SessionType | str) -> str:
    return SESSION_TYPE_CATEGORY[SessionType(session_type)]


def unknown_category(code: str) -> Category:
    """What an entry shows when its category is no longer defined: indirect, Support (never counted as direct)."""
    return Category(code, code.replace("_", " ").capitalize(), "indirect", "Support", active=False)
