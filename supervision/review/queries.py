"""The review queue as the pages show it: rows of the columns they print, with the counts they print computed by
the statement that reads the rows (a window over the queue), since each statement costs a round trip and a plan."""
from __future__ import annotations

from flask_sqlalchemy.pagination import Pagination
from sqlalchemy import Row, Select, func

from .. import access, clock
from ..auth.models import User
from ..extensions import db
from ..notes.models import Note
from ..views import count
from .stats import OVERDUE_AFTER

# A waiting note as the supervisor's dashboard lists it, and as the queue page does.
GLANCE_COLUMNS = (Note.id, Note.parent_id, Note.client_code, Note.submitted_at, User.name.label("trainee_name"))
QUEUE_COLUMNS = (*GLANCE_COLUMNS, Note.session_date, Note.duration_minutes, Note.revision_count)


def _rows(waiting: Select, *columns) -> Select:
    """`columns` of the waiting notes (with their trainee's name), in the queue's order."""
    return waiting.with_only_columns(*columns).join(User, User.id == Note.trainee_id)


class QueuePage(Pagination):
    """One page of the review queue (rows of QUEUE_COLUMNS) and the number waiting in all, counted by the statement
    that reads the page. Only a page past the end, which has no row to carry the count, counts apart."""

    def _query_items(self) -> list[Row]:
        waiting = self._query_args["waiting"]
        rows = db.session.execute(
            _rows(waiting, *QUEUE_COLUMNS, func.count().over().label("total"))
            .limit(self.per_page).offset(self._query_offset)
        ).all()
        self._total = rows[0].total if rows else (0 if self.page == 1 else None)
        return rows

    def _query_count(self) -> int:
        return count(self._query_args["waiting"]) if self._total is None else self._total


def queue_page(supervisor, page: int, per_page: int = 50) -> QueuePage:
    """Page `page` of the notes waiting for `supervisor`, oldest first; past the end, an empty page."""
    return QueuePage(page=page, per_page=per_page, max_per_page=None, error_out=False,
                     waiting=access.review_queue(supervisor))


def queue_glance(supervisor, limit: int = 10) -> tuple[list[Row], int, int]:
    """For the supervisor's dashboard: (the first `limit` notes waiting, how many wait, how many of those are
    overdue), in one statement. No note waiting means no row, and then both counts are 0."""
    overdue = Note.submitted_at < clock.now() - OVERDUE_AFTER
    rows = db.session.execute(
        _rows(access.review_queue(supervisor), *GLANCE_COLUMNS, func.count().over().label("waiting"),
              func.count().filter(overdue).over().label("overdue"))
        .limit(limit)
    ).all()
    return rows, (rows[0].waiting if rows else 0), (rows[0].overdue if rows else 0)
