"""The review queue: what each row shows (the revision count is counted, not loaded), its total and its pages."""
import re

from supervision.extensions import db
from supervision.notes.services import create_addendum, submit_note
from supervision.review.services import request_changes
from tests import factories
from tests.conftest import login

ROW = re.compile(r'<tr>\s*<td><a href="/notes/(\d+)">#\d+( addendum)?</a></td>\s*<td>([^<]*)</td>\s*<td>([^<]*)</td>'
                 r'\s*<td>[^<]*</td>\s*<td>(\d+)</td>')


def rows(page: str) -> dict[int, tuple[bool, str, str, int]]:
    """note id -> (addendum, trainee, client, revisions)"""
    return {int(m[1]): (bool(m[2]), m[3], m[4], int(m[5])) for m in ROW.finditer(page)}


def test_queue_rows_show_trainee_client_addendum_and_revision_count(client, world, clock):
    once = factories.submitted_note(world.trainee, client_code="C-101")
    clock.advance(minutes=5)
    twice = factories.submitted_note(world.trainee2, client_code="C-202")
    request_changes(twice, world.supervisor, summary="More detail.")
    clock.advance(minutes=5)
    submit_note(twice, world.trainee2)
    approved = factories.approved_note(world.trainee, world.supervisor)
    addendum = create_addendum(approved, world.trainee)
    submit_note(addendum, world.trainee)
    factories.submitted_note(world.trainee3)  # someone else's trainee
    db.session.commit()
    login(client, world.supervisor)
    page = client.get("/review/").get_data(as_text=True)
    assert rows(page) == {once.id: (False, "Tara Trainee", "C-101", 1), twice.id: (False, "Theo Trainee", "C-202", 2),
                          addendum.id: (True, "Tara Trainee", "C-014", 1)}
    assert list(rows(page)) == [once.id, twice.id, addendum.id]  # oldest submission first
    assert 'Review queue <span class="count">3</span>' in page


def test_queue_pages_count_everything_waiting(client, world, clock):
    ids = []
    for _ in range(53):
        clock.advance(minutes=1)
        ids.append(factories.submitted_note(world.trainee).id)
    db.session.commit()
    login(client, world.supervisor)
    first = client.get("/review/").get_data(as_text=True)
    second = client.get("/review/?page=2").get_data(as_text=True)
    assert list(rows(first)) == ids[:50] and list(rows(second)) == ids[50:]
    for page in (first, second):
        assert 'Review queue <span class="count">53</span>' in page and "(53)" in page
    past_the_end = client.get("/review/?page=4").get_data(as_text=True)
    assert not rows(past_the_end) and 'Review queue <span class="count">53</span>' in past_the_end


def test_empty_queue(client, world):
    login(client, world.supervisor)
    page = client.get("/review/").get_data(as_text=True)
    assert 'Review queue <span class="count">0</span>' in page and "Nothing waiting." in page
