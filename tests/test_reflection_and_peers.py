"""Issue 5: the reflection log fed by the threads, and peer review that never approves."""
import pytest
from sqlalchemy import select

from supervision.errors import PermissionDenied, ValidationFailed
from supervision.extensions import db
from supervision.notes import services as notes
from supervision.programs.services import create_peer_group
from supervision.reflection import services as reflection
from supervision.reflection.models import Reflection, ReflectionPrompt
from supervision.review.services import approve_note, request_changes
from supervision.threads import services as threads
from tests import factories
from tests.conftest import csrf_token, login


@pytest.fixture
def peers(world):
    """trainee2 and trainee3 share a peer group with trainee; other_trainee is elsewhere."""
    group = create_peer_group(None, world.program, "Cohort A", [world.trainee, world.trainee2, world.trainee3])
    lonely = factories.user(world.program, "trainee", email="outsider@example.test", name="Olive Outsider")
    db.session.commit()
    world.group, world.outsider = group, lonely
    return world


# --- reflections -----------------------------------------------------------------------------------------

def test_feedback_becomes_a_linked_entry_quoting_it(world):
    note = factories.submitted_note(world.trainee)
    comment = threads.add_comment(note, world.supervisor, body="Separate report from observation.")
    entry = reflection.create_reflection(world.trainee, comment_id=comment.id, body="I will keep quotes in S.",
                                         competencies=["assessment"], shared=True)
    assert entry.source == "comment" and entry.note_id == note.id and entry.comment_id == comment.id
    assert entry.quote == "Separate report from observation." and entry.quote_author_id == world.supervisor.id
    assert [c.code for c in entry.competencies] == ["assessment"]


def test_annotation_feedback_and_own_reply(world):
    note = factories.submitted_note(world.trainee)
    annotation = threads.add_annotation(note, world.supervisor, exact="better sleep", body="How measured?")
    from_annotation = reflection.create_reflection(world.trainee, annotation_id=annotation.id, body="Use a sleep log.")
    assert from_annotation.source == "annotation" and "better sleep" in from_annotation.quote
    mine = threads.add_comment(note, world.trainee, body="I realise I assumed the sleep data.")
    own = reflection.create_reflection(world.trainee, comment_id=mine.id, body="I realise I assumed the sleep data.")
    assert own.source == "reply"


def test_cannot_reflect_on_someone_elses_note(world):
    note = factories.submitted_note(world.trainee2)
    comment = threads.add_comment(note, world.supervisor, body="x")
    with pytest.raises(ValidationFailed):
        reflection.create_reflection(world.trainee, comment_id=comment.id, body="mine now?")
    with pytest.raises(PermissionDenied):
        reflection.create_reflection(world.supervisor, body="supervisors do not keep this log")


def test_unknown_competency_is_refused(world):
    with pytest.raises(ValidationFailed):
        reflection.create_reflection(world.trainee, body="x", competencies=["astrology"])


def test_shared_entries_reach_supervisors_and_private_ones_never(world):
    shared = reflection.create_reflection(world.trainee, body="shared one", shared=True)
    private = reflection.create_reflection(world.trainee, body="private one", shared=False)
    db.session.commit()
    def ids(user):
        return {e.id for e in db.session.execute(reflection.visible_reflections(user)).scalars()}
    assert ids(world.trainee) == {shared.id, private.id}
    assert ids(world.supervisor) == {shared.id}
    for outsider in (world.supervisor2, world.director, world.trainee2, world.other_supervisor):
        assert ids(outsider) == set()


def test_edits_keep_history_and_stale_edits_conflict(world):
    entry = reflection.create_reflection(world.trainee, body="first", competencies=["ethics"])
    version = entry.version
    reflection.update_reflection(entry, world.trainee, version=version, body="second", competencies=["ethics", "diversity"])
    assert entry.body == "second" and entry.history[0].body == "first" and entry.history[0].competencies == ["ethics"]
    from supervision.errors import StaleNote
    with pytest.raises(StaleNote):
        reflection.update_reflection(entry, world.trainee, version=version, body="third")
    with pytest.raises(PermissionDenied):
        reflection.update_reflection(entry, world.supervisor, version=entry.version, body="not yours")


def test_supervisor_answers_a_shared_entry_only(world):
    shared = reflection.create_reflection(world.trainee, body="shared", shared=True)
    private = reflection.create_reflection(world.trainee, body="private")
    answer = reflection.answer_reflection(shared, world.supervisor, body="Good insight.")
    assert shared.answers == [answer]
    with pytest.raises(PermissionDenied):
        reflection.answer_reflection(private, world.supervisor, body="peek")


def test_prompts_open_after_feedback_and_close_on_reflection_or_dismissal(world):
    note = factories.submitted_note(world.trainee)
    request_changes(note, world.supervisor, summary="Add risk.")
    prompts = reflection.open_prompts(world.trainee)
    assert [p.note_id for p in prompts] == [note.id]
    reflection.create_reflection(world.trainee, note_id=note.id, body="About the risk screen.")
    assert reflection.open_prompts(world.trainee) == []

    other = factories.submitted_note(world.trainee)
    approve_note(other, world.supervisor, attestation=True, wording="x")
    assert reflection.open_prompts(world.trainee) == []  # approved without feedback: nothing to reflect on
    third = factories.submitted_note(world.trainee)
    threads.add_comment(third, world.supervisor, body="Nice work on the plan.")
    approve_note(third, world.supervisor, attestation=True, wording="x")
    (prompt,) = reflection.open_prompts(world.trainee)
    reflection.dismiss_prompt(prompt, world.trainee)
    assert prompt.outcome == "dismissed" and reflection.open_prompts(world.trainee) == []


def test_log_filters_and_search(world):
    note = factories.submitted_note(world.trainee)
    comment = threads.add_comment(note, world.supervisor, body="Feedback")
    a = reflection.create_reflection(world.trainee, comment_id=comment.id, body="Silence is useful", competencies=["relationships"])
    b = reflection.create_reflection(world.trainee, body="100% sure about ethics_code", competencies=["ethics"])
    db.session.commit()
    def run(**kw):
        query = reflection.filter_reflections(reflection.visible_reflections(world.trainee), **kw)
        return {e.id for e in db.session.execute(query).scalars()}
    assert run(competency="relationships") == {a.id}
    assert run(source="comment") == {a.id} and run(note_id=note.id) == {a.id}
    assert run(search="silence") == {a.id} and run(search="100%") == {b.id} and run(search="s_code") == {b.id}


def test_log_page_export_and_reflect_link(client, world):
    note = factories.submitted_note(world.trainee)
    comment = threads.add_comment(note, world.supervisor, body="Think about pacing.")
    db.session.commit()
    login(client, world.trainee)
    view = client.get(f"/notes/{note.id}").get_data(as_text=True)
    assert f"/reflections/new?comment={comment.id}" in view
    form = client.get(f"/reflections/new?comment={comment.id}").get_data(as_text=True)
    assert "Think about pacing." in form
    response = client.post("/reflections/new", data={
        "csrf_token": csrf_token(client, "/reflections/new"), "body": "I rush silences.", "competencies": ["relationships"],
        "shared": "y", "comment_id": str(comment.id)})
    assert response.status_code == 302
    entry = db.session.execute(select(Reflection)).scalar_one()
    assert entry.comment_id == comment.id and entry.shared
    log = client.get("/reflections/").get_data(as_text=True)
    assert "I rush silences." in log and "Relationships" in log
    md = client.get("/reflections/export.md")
    assert md.status_code == 200 and "I rush silences." in md.get_data(as_text=True) and "> Think about pacing." in md.get_data(as_text=True)
    pdf = client.get("/reflections/export.pdf")
    assert pdf.status_code == 200 and pdf.data.startswith(b"%PDF")


def test_rejected_entry_keeps_what_was_typed(client, world):
    login(client, world.trainee)
    response = client.post("/reflections/new", data={
        "csrf_token": csrf_token(client, "/reflections/new"), "body": "my words", "competencies": ["astrology"]})
    assert response.status_code == 422 and "my words" in response.get_data(as_text=True)


def test_private_entry_page_is_404_for_the_supervisor(client, world):
    entry = reflection.create_reflection(world.trainee, body="private")
    db.session.commit()
    login(client, world.supervisor)
    assert client.get(f"/reflections/{entry.id}").status_code == 404


# --- peer review -----------------------------------------------------------------------------------------

def test_peer_reads_and_comments_on_a_shared_note_but_never_approves(peers, client):
    note = factories.submitted_note(peers.trainee)
    notes.share_note(note, peers.trainee, peers.group)
    db.session.commit()
    login(client, peers.trainee2)
    assert client.get(f"/notes/{note.id}").status_code == 200
    response = client.post(f"/notes/{note.id}/comments", data={"csrf_token": csrf_token(client, f"/notes/{note.id}"), "body": "Peer view: clear plan."})
    assert response.status_code == 302
    approve = client.post(f"/review/{note.id}/approve", data={"csrf_token": csrf_token(client, "/dashboard"), "attestation": "y", "version": note.version})
    assert approve.status_code == 403
    db.session.refresh(note)
    assert note.status.value == "submitted" and note.approval is None


def test_peer_annotation_can_be_reflected_on(peers):
    note = factories.submitted_note(peers.trainee)
    notes.share_note(note, peers.trainee, peers.group)
    annotation = threads.add_annotation(note, peers.trainee2, exact="better sleep", body="Peer: how do you know?")
    entry = reflection.create_reflection(peers.trainee, annotation_id=annotation.id, body="Measure, do not assume.")
    assert entry.quote_author_id == peers.trainee2.id


@pytest.mark.parametrize("who", ["outsider", "other_trainee", "supervisor2"])
def test_unshared_or_outside_notes_are_404(peers, client, who):
    shared = factories.submitted_note(peers.trainee)
    notes.share_note(shared, peers.trainee, peers.group)
    unshared = factories.submitted_note(peers.trainee)
    db.session.commit()
    login(client, getattr(peers, who))
    assert client.get(f"/notes/{shared.id}").status_code == 404
    assert client.get(f"/notes/{unshared.id}").status_code == 404
    assert "Peer view" not in client.get("/notes/").get_data(as_text=True)


def test_peer_cannot_see_unshared_notes_and_revocation_ends_access(peers, client):
    note = factories.note(peers.trainee, body=factories.CLEAN_BODY)  # a draft, shared for early feedback
    other = factories.submitted_note(peers.trainee)
    notes.share_note(note, peers.trainee, peers.group)
    db.session.commit()
    login(client, peers.trainee3)
    assert client.get(f"/notes/{note.id}").status_code == 200
    assert client.get(f"/notes/{other.id}").status_code == 404
    assert client.get(f"/notes/{note.id}/edit").status_code == 403
    notes.revoke_share(note, peers.trainee, peers.group.id)
    db.session.commit()
    assert client.get(f"/notes/{note.id}").status_code == 404


def test_only_the_author_shares_and_only_with_own_groups(peers):
    note = factories.submitted_note(peers.trainee)
    with pytest.raises(PermissionDenied):
        notes.share_note(note, peers.supervisor, peers.group)
    mine_not = create_peer_group(None, peers.program, "Cohort B", [peers.trainee2])
    with pytest.raises(ValidationFailed):
        notes.share_note(note, peers.trainee, mine_not)


def test_supervisor_sees_peer_feedback(peers, client):
    note = factories.submitted_note(peers.trainee)
    notes.share_note(note, peers.trainee, peers.group)
    threads.add_comment(note, peers.trainee2, body="Peer says: nice goals.")
    db.session.commit()
    login(client, peers.supervisor)
    assert "Peer says: nice goals." in client.get(f"/notes/{note.id}").get_data(as_text=True)


def test_director_creates_groups_from_the_page(client, world):
    login(client, world.director)
    response = client.post("/program/peer-groups", data={
        "csrf_token": csrf_token(client, "/program/peer-groups"), "name": "Monday practicum",
        "members": [str(world.trainee.id), str(world.trainee2.id)]})
    assert response.status_code == 302
    from supervision.programs.models import PeerGroup
    group = db.session.execute(select(PeerGroup)).scalar_one()
    assert sorted(m.user_id for m in group.members) == sorted([world.trainee.id, world.trainee2.id])
    bad = client.post("/program/peer-groups", data={
        "csrf_token": csrf_token(client, "/program/peer-groups"), "name": "X", "members": [str(world.other_trainee.id)]})
    assert bad.status_code == 422


def test_create_peer_group_cli(runner, world):
    result = runner.invoke(args=["create-peer-group", "Cohort Z", "--program", world.program.name,
                                 world.trainee.email, world.trainee2.email])
    assert result.exit_code == 0, result.output
    refused = runner.invoke(args=["create-peer-group", "Cohort Y", "--program", world.program.name, world.supervisor.email])
    assert refused.exit_code != 0
