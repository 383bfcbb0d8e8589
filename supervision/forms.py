"""Form helpers shared by the features."""
from __future__ import annotations

from collections.abc import Iterable

from flask_wtf import FlaskForm
from wtforms import HiddenField, SelectChoice


def choices(pairs: Iterable[tuple[object, str]]) -> list[SelectChoice]:
    """(value, label) pairs as WTForms select choices."""
    return [SelectChoice(value, label) for value, label in pairs]


class VersionForm(FlaskForm):
    """An action button on a note or an hours entry: CSRF plus the version the person was looking at."""

    version = HiddenField()
