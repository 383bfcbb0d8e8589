"""CSV exports (entries, the cohort, the APPIC AAPI summary), safe to open in a spreadsheet.

A spreadsheet runs a cell that starts with = + - @ (or a tab or carriage return before one) as a formula,
and a formula can fetch URLs or run commands (CSV injection). Every text cell passes through `safe_cell`,
which puts a single quote in front of such a cell so that it is shown as text. Numbers stay numbers.
"""
from __future__ import annotations

import csv
import io
import math
from collections.abc import Iterable, Mapping
from typing import Any

from .categories import AAPI_CATEGORIES, Category, unknown_category
from .rules import monday_of

FORMULA_TRIGGERS = ("=", "+", "-", "@", "\t", "\r")


def safe_cell(value: Any) -> Any:
    """A CSV cell that a spreadsheet will not evaluate: text starting with a trigger gets a leading quote."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, (int, float)):
        return value
    text = str(value)
    if text.startswith(FORMULA_TRIGGERS):
        return "'" + text
    return text


def to_csv(header: Iterable[str], rows: Iterable[Iterable[Any]]) -> str:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow([safe_cell(h) for h in header])
    for row in rows:
        writer.writerow([safe_cell(v) for v in row])
    return out.getvalue()


ENTRY_HEADER = ("id", "trainee", "date", "week_start", "category", "category_name", "group", "aapi", "minutes",
                "hours", "status", "source", "note_id", "description", "verified_by", "verified_at",
                "rejected_by", "rejected_at", "rejection_reason")


def entries_csv(entries: Iterable, categories: Mapping[str, Category], tz) -> str:
    """Every entry given, one row each (the caller has scoped and ordered them)."""
    def local(ts):
        return ts.astimezone(tz).isoformat(timespec="minutes") if ts is not None else ""

    rows = []
    for e in entries:
        cat = categories.get(e.category) or unknown_category(e.category)
        rows.append((e.id, e.trainee.name, e.date.isoformat(), monday_of(e.date).isoformat(), e.category, cat.name,
                     cat.group, cat.aapi, e.minutes, round(e.minutes / 60, 2), e.status.value, e.source,
                     e.note_id or "", e.description, e.verified_by.name if e.verified_by else "",
                     local(e.verified_at), e.rejected_by.name if e.rejected_by else "", local(e.rejected_at),
                     e.rejection_reason or ""))
    return to_csv(ENTRY_HEADER, rows)


def aapi_summary(verified_by_category: Mapping[str, int], categories: Mapping[str, Category]) -> list[dict]:
    """Verified minutes per APPIC AAPI category, with each activity, in whole hours rounded up (as APPIC asks
    applicants to round partial hours up). A section's total is its minutes rounded up once, so it can be
    less than the sum of its rounded rows."""
    sections = []
    for aapi in AAPI_CATEGORIES:
        items = []
        for code, minutes in verified_by_category.items():
            cat = categories.get(code) or unknown_category(code)
            if cat.aapi == aapi and minutes > 0:
                items.append({"code": code, "name": cat.name, "minutes": minutes, "hours": math.ceil(minutes / 60)})
        items.sort(key=lambda i: i["name"])
        total = sum(i["minutes"] for i in items)
        sections.append({"aapi": aapi, "items": items, "minutes": total, "hours": math.ceil(total / 60)})
    return sections


def aapi_csv(sections: list[dict]) -> str:
    rows = []
    for s in sections:
        for item in s["items"]:
            rows.append((s["aapi"], item["name"], item["minutes"], item["hours"]))
        rows.append((s["aapi"], "Total", s["minutes"], s["hours"]))
    return to_csv(("aapi_category", "activity", "minutes", "hours_rounded_up"), rows)


def cohort_csv(rule_sets, rows) -> str:
    header = ["trainee_id", "trainee", "email", "verified_minutes", "pending_minutes"]
    for rs in rule_sets:
        for rule in rs.tracked:
            label = f"{rs.name}: {rule.name}"
            header += [f"{label} (verified minutes)", f"{label} (required minutes)", f"{label} (percent)",
                       f"{label} (forecast)"]
    header += ["warnings"]
    out = []
    for r in rows:
        line = [r.trainee.id, r.trainee.name, r.trainee.email, r.verified_minutes, r.pending_minutes]
        for p in r.progress:
            line += [p.verified_minutes, p.required_minutes, p.percent,
                     p.forecast_date.isoformat() if p.forecast_date else ("met" if p.met else "")]
        line.append(" | ".join(w.message for w in r.warnings))
        out.append(line)
    return to_csv(header, out)
