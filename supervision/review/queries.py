"""The review queue as the pages show it: rows of the columns they print, with the counts they print computed by
the same statement (each statement costs a round trip and a plan, which is most of a list page's time)."""
from __future__ import annotations

from flask_sqlalchemy.pagination import Pagination
from sqlalchemy import Row, Select, func, select

from .. import access, clock
from ..auth.models import User
from ..extensions import db
from ..notes.models import Note
from .stats import OVERDUE_AFTER

QUEUE_COLUMNS = (
    Note.id, Note.parent_id, Note.client_code, Note.session_date, Note.duration_minutes, Note.submitted_at,
    Note.revision_count, User.name.label("trainee_name"),
)


def _count(query: Select):
    """`query`'s number of rows, as a sub-select that can ride along in another statement's columns."""
    return select(func.count()).select_from(query.order_by(None).subquery()).scalar_subquery()


def _rows(query: Select, *counts) -> Select:
    """The queue's columns, the trainee's name and `counts`, in the queue's order."""
    return query.with_only_columns(*QUEUE_COLUMNS, *counts).join(User, User.id == Note.trainee_id)


class QueuePage(Pagination):
    """One page of the review queue (rows of QUEUE_COLUMNS) with the number waiting in all, counted by the
    statement that reads the page. Only a page past the end, which has no row to carry the count, counts apart."""

    def _query_items(self) -> list[Row]:
        waiting = self._query_args["waiting"]
        rows = db.session.execute(
            _rows(waiting, _count(waiting).label("total")).limit(self.per_page).offset(self._query_offset)
        ).all()
        self._total = rows[0].total if rows else 0 if self.page == 1 else None
        return rows

    def _query_count(self) -> int:
        if self._total is None:
            return db.session.execute(select(_count(self._query_args["waiting"]))).scalar_one()
        return self._total


def queue_page(supervisor, page: int, per_page: int = 50) -> QueuePage:
    """Page `page` of the notes waiting for `supervisor`, oldest first; past the end, an empty page."""
    return QueuePage(page=page, per_page=per_page, max_per_page=None, error_out=False,
                     waiting=access.review_queue(supervisor))


def queue_glance(supervisor, limit: int = 10) -> tuple[list[Row], int, int]:
    """For the supervisor's dashboard: (the first `limit` notes waiting, how many wait, how many of those are
    overdue), in one statement. No note waiting means no row, and then both counts are 0."""
    waiting = access.review_queue(supervisor)
    overdue = waiting.where(Note.submitted_at < clock.now() - OVERDUE_AFTER)
    rows = db.session.execute(
        _rows(waiting, _count(waiting).label("waiting"), _count(overdue).label("overdue")).limit(limit)
    ).all()
    return rows, (rows[0].waiting if rows else 0), (rows[0].overdue if rows else 0)
