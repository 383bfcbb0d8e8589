"""Forms of the hours pages. Every POST carries a CSRF token; values are checked again by the services."""
from __future__ import annotations

import re

from flask_wtf import FlaskForm
from flask_wtf.file import FileField, FileSize
from wtforms import BooleanField, DateField, HiddenField, SelectField, StringField, TextAreaField
from wtforms.validators import DataRequired, InputRequired, Length, Optional, ValidationError

from ..forms import VersionForm, choices
from .categories import AAPI_CATEGORIES, GROUP_LABELS

_HM = re.compile(r"(\d{1,2})\s*(?::|h)\s*(\d{1,2})?\s*(?:m|min)?")
_HOURS = re.compile(r"(\d{1,2}(?:[.,]\d{1,2})?)\s*(?:h|hr|hrs|hours?)?")
_MINUTES = re.compile(r"(\d{1,4})\s*(?:m|min|mins|minutes?)")


def parse_duration(text: str | None) -> int | None:
    """Minutes from what people type: "1:30", "1h30", "1.5", "1,5 h", "2" (hours) or "45 min".
    None for an empty cell; raises ValueError for anything else."""
    value = (text or "").strip().lower()
    if not value:
        return None
    if m := _MINUTES.fullmatch(value):
        return int(m.group(1))
    if m := _HM.fullmatch(value):
        minutes = int(m.group(2) or 0)
        if minutes > 59:
            raise ValueError(value)
        return int(m.group(1)) * 60 + minutes
    if m := _HOURS.fullmatch(value):
        return round(float(m.group(1).replace(",", ".")) * 60)
    raise ValueError(value)


def validate_duration(form, field) -> None:
    try:
        minutes = parse_duration(field.data)
    except ValueError:
        raise ValidationError("Write the time as 1:30, 1.5 or 90 min.") from None
    if minutes is None or minutes < 1:
        raise ValidationError("Enter the time spent.")
    if minutes > 24 * 60:
        raise ValidationError("At most 24 hours.")


class EntryForm(FlaskForm):
    date = DateField("Date", validators=[InputRequired(message="Enter the date of the activity.")])
    duration = StringField("Time", validators=[validate_duration], description="For example 1:30, 1.5 or 50 min.",
                           render_kw={"inputmode": "decimal", "autocomplete": "off", "placeholder": "1:30"})
    category = SelectField("Category", validators=[DataRequired()])
    description = TextAreaField("What you did (optional)", validators=[Optional(), Length(max=500)],
                                description="No client names or other identifiers; client codes are fine.",
                                render_kw={"rows": 3, "maxlength": 500})
    version = HiddenField()

    def set_categories(self, categories) -> None:
        self.category.choices = choices((c.code, f"{c.name} ({c.group})") for c in categories)



class ReasonForm(VersionForm):
    reason = TextAreaField("Reason", validators=[DataRequired(message="Give the trainee a reason."),
                                                 Length(min=3, max=1000)],
                           # The trainee reads it: warned about identifiers as it is typed, like a comment.
                           render_kw={"rows": 2, "maxlength": 1000, "class": "phi-warn"})


class WeekForm(FlaskForm):
    """The weekly grid: cells are read from the request by name (`m-<category>-<YYYY-MM-DD>`)."""

    description = StringField("Note for these entries (optional)", validators=[Optional(), Length(max=500)],
                              description="Applies to every entry saved from this grid.",
                              render_kw={"maxlength": 500})


class CategoryForm(FlaskForm):
    code = StringField("Code", validators=[Optional(), Length(max=40)],
                       description="Lower-case letters, digits and _; made from the name when empty. It never changes.",
                       render_kw={"autocomplete": "off", "spellcheck": "false"})
    name = StringField("Name", validators=[DataRequired(), Length(max=80)])
    group = SelectField("Group", choices=choices(GROUP_LABELS.items()))
    aapi = SelectField("APPIC AAPI category", choices=choices((a, a) for a in AAPI_CATEGORIES))
    active = BooleanField("In use", default=True)


class RuleSetForm(FlaskForm):
    name = StringField("Name", validators=[DataRequired(), Length(max=120)])
    rules = TextAreaField("Rules (JSON)", validators=[DataRequired()], render_kw={"rows": 12, "spellcheck": "false"})
    active = BooleanField("Tracked", default=True)


class FingerprintForm(FlaskForm):
    fingerprint = StringField("Fingerprint (SHA-256)", validators=[Optional(), Length(max=200)],
                              render_kw={"autocomplete": "off", "spellcheck": "false",
                                         "placeholder": "64 hexadecimal characters"})
    file = FileField("…or the PDF", validators=[FileSize(20 * 1024 * 1024, message="At most 20 MB.")])
