"""Hours requirements as data, and the pure arithmetic of progress toward them.

The full rule engine (weekly supervision ratios, weekly caps, several rule sets) grows here; the
functions take plain numbers so they are table-tested without a database.
"""
from __future__ import annotations

from dataclasses import dataclass

from .categories import BY_CODE


@dataclass(frozen=True)
class Requirement:
    name: str
    required_minutes: int
    group: str | None = None  # None: all hours count; otherwise only categories of this group


DEFAULT_REQUIREMENTS: tuple[Requirement, ...] = (
    Requirement("CACREP practicum: total hours", 100 * 60),
    Requirement("CACREP practicum: direct hours", 40 * 60, "direct"),
    Requirement("CACREP internship: total hours", 600 * 60),
    Requirement("CACREP internship: direct hours", 240 * 60, "direct"),
)


def group_of(category: str) -> str:
    cat = BY_CODE.get(category)
    return cat.group if cat else "indirect"


def progress(requirements, verified_by_category: dict[str, int]) -> list[dict]:
    """Each requirement with the verified minutes that count toward it and the percent done (capped at 100)."""
    out = []
    for req in requirements:
        minutes = sum(m for cat, m in verified_by_category.items() if req.group is None or group_of(cat) == req.group)
        percent = min(100.0, round(100.0 * minutes / req.required_minutes, 1)) if req.required_minutes else 100.0
        out.append({"name": req.name, "required_minutes": req.required_minutes, "verified_minutes": minutes,
                    "percent": percent, "group": req.group})
    return out
