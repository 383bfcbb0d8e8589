"""The one clock. Code asks `clock.now()`; tests replace it instead of sleeping."""
from __future__ import annotations

from datetime import datetime, timezone


def now() -> datetime:
    """The current time, timezone-aware UTC."""
    return datetime.now(timezone.utc)
