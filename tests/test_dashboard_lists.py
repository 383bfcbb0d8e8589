"""What each dashboard lists and counts: the first ten of each list in its order, the totals beyond ten, and
nothing from outside the user's scope."""
import re

from supervision.extensions import db
from supervision.notes.models import Note
from supervision.notes.services import create_addendum, share_note, submit_note
from supervision.programs.services import create_peer_group, invite_person, revoke_invitation, set_active
from supervision.review.services import request_changes
from tests import factories
from tests.conftest import login

SECTION = re.compile(r'<h2 id="(\w+)-title">[^<]*(?:<span class="count">(\d+)</span>)?</h2>(.*?)</section>', re.S)
NOTE_LINK = re.compile(r'<a href="/notes/(\d+)(?:/edit)?">')


def sections(page: str) -> dict[str, tuple[int | None, list[int], str]]:
    """section id -> (the count in its heading, the ids of the notes it links to in order, its HTML)"""
    return {m[1]: (int(m[2]) if m[2] else None, [int(i) for i in NOTE_LINK.findall(m[3])], m[3])
            for m in SECTION.finditer(page)}


def test_trainee_dashboard_lists_the_first_ten_of_each_status_and_counts_all(client, world, clock):
    drafts, changes, waiting = [], [], []
    for i in range(12):
        clock.advance(minutes=10)
        drafts.append(factories.note(world.trainee, client_code=f"D-{i:03d}").id)
    for i in range(11):
        clock.advance(minutes=10)
        note = factories.submitted_note(world.trainee)
        clock.advance(minutes=1)
        request_changes(note, world.supervisor, summary="More detail.")
        changes.append(note.id)
    for i in range(13):
        clock.advance(minutes=10)
        waiting.append(factories.submitted_note(world.trainee).id)
    factories.note(world.trainee2)  # another trainee's draft
    group = create_peer_group(None, world.program, "Cohort A", [world.trainee, world.trainee2])
    peer_draft = factories.note(world.trainee2, client_code="P-001")
    share_note(peer_draft, world.trainee2, group)
    own_shared = db.session.get(Note, drafts[0])
    share_note(own_shared, world.trainee, group)
    db.session.commit()
    login(client, world.trainee)
    found = sections(client.get("/dashboard").get_data(as_text=True))
    assert found["drafts"][:2] == (12, drafts[::-1][:10])  # latest change first
    assert found["changes"][:2] == (11, changes[::-1][:10])
    assert found["waiting"][:2] == (13, waiting[:10])  # oldest submission first
    count, ids, html = found["shared"]
    assert (count, ids) == (2, [peer_draft.id, drafts[0]])  # latest change first; their own shared note too
    assert f"Note #{peer_draft.id} by Theo Trainee</a> <span class=\"muted\">draft</span>" in html
    assert f"Note #{drafts[0]} by Tara Trainee</a>" in html


def test_trainee_dashboard_without_notes(client, world):
    login(client, world.trainee)
    found = sections(client.get("/dashboard").get_data(as_text=True))
    assert [found[name][:2] for name in ("changes", "drafts", "waiting")] == [(0, [])] * 3
    assert "shared" not in found


def test_supervisor_dashboard_counts_waiting_and_overdue(client, world, clock):
    old = [factories.submitted_note(world.trainee).id for _ in range(3)]
    clock.advance(days=8)
    approved = factories.approved_note(world.trainee2, world.supervisor)
    addendum = create_addendum(approved, world.trainee2)
    submit_note(addendum, world.trainee2)
    recent = []
    for _ in range(9):
        clock.advance(minutes=5)
        recent.append(factories.submitted_note(world.trainee2).id)
    factories.submitted_note(world.trainee3)  # supervised by someone else
    db.session.commit()
    login(client, world.supervisor)
    page = client.get("/dashboard").get_data(as_text=True)
    assert "<h1>Review queue: 13 waiting</h1>" in page
    assert '<span class="num">13</span><span class="label">waiting for you</span>' in page
    assert '<span class="num">3</span><span class="label">overdue (over 7 days)</span>' in page
    count, ids, html = sections(page)["queue"]
    assert ids == old + [addendum.id] + recent[:6]
    assert html.count("· overdue") == 3 and f"#{addendum.id} addendum" in html and "Theo Trainee" in html
    assert 'All 13</a>' in page
    trainees = sections(page)["trainees"][2]
    assert trainees.index("Tara Trainee") < trainees.index("Theo Trainee") and "Tia Trainee" not in trainees


def test_supervisor_dashboard_with_nothing_waiting(client, world):
    login(client, world.supervisor2)
    page = client.get("/dashboard").get_data(as_text=True)
    assert "<h1>Review queue: 0 waiting</h1>" in page and "Nothing waiting." in page
    assert '<span class="num">0</span><span class="label">overdue (over 7 days)</span>' in page


def test_director_dashboard_figures(client, world):
    factories.submitted_note(world.trainee)
    factories.submitted_note(world.trainee3)
    factories.note(world.trainee2)
    factories.submitted_note(world.other_trainee)  # another program
    invite_person(world.director, email="new1@example.test", name="New One", role="trainee")
    revoked, _ = invite_person(world.director, email="new2@example.test", name="New Two", role="trainee")
    revoke_invitation(world.director, revoked)
    set_active(world.director, world.trainee2, False)
    db.session.commit()
    login(client, world.director)
    page = client.get("/dashboard").get_data(as_text=True)
    stats = re.findall(r'<span class="num">(\d+)</span><span class="label">([^<]+)', page)
    assert {label: int(n) for n, label in stats} == {"trainees": 2, "supervisors": 2, "notes waiting for review": 2,
                                                     "pending invitations": 1}
