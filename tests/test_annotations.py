"""Annotations: made on a revision, followed to the next, outdated honestly, resolved, suggestions."""
import pytest
from sqlalchemy import select

from supervision.anchoring import codepoint_to_utf16
from supervision.errors import InvalidTransition, PermissionDenied, ValidationFailed
from supervision.extensions import db
from supervision.notes import services as notes
from supervision.review.services import request_changes
from supervision.threads import services as threads
from supervision.threads.models import AnnotationAnchor, Comment
from tests import factories
from tests.conftest import csrf_token, login

BODY = (
    "## Subjective\nClient C-014 reported sleeping six hours, up from four. She said the breathing "
    "exercise sort of worked at work. 😀 Café visits helped.\n\n## Objective\nArrived on time, casually dressed. "
    "GAD-7 = 11 (was 15).\n\n## Plan\nContinue exposure. Next session in one week.\n"
)


def annotated(world, *quotes):
    note = factories.submitted_note(world.trainee, body=BODY)
    made = [threads.add_annotation(note, world.supervisor, exact=q, body=f"About {q}") for q in quotes]
    return note, made


def revise(world, note, new_body):
    request_changes(note, world.supervisor, summary="Please revise.")
    notes.update_note(note, world.trainee, version=note.version, body=new_body)
    return notes.submit_note(note, world.trainee)


def test_annotation_stores_a_selector_on_the_latest_revision(world):
    note, (a,) = annotated(world, "casually dressed")
    assert a.exact == "casually dressed" and BODY[a.start:a.end] == "casually dressed"
    assert a.prefix.endswith("Arrived on time, ") and a.suffix.startswith(". GAD-7")
    assert len(a.prefix) <= 32 and len(a.suffix) <= 32
    assert a.anchors[0].method == "original" and a.revision_id == note.latest_revision.id


def test_browser_offsets_are_utf16_and_converted(world):
    note = factories.submitted_note(world.trainee, body=BODY)
    start = BODY.index("Café")
    a = threads.add_annotation(note, world.supervisor, exact="Café visits", body="x",
                               start=codepoint_to_utf16(BODY, start), end=codepoint_to_utf16(BODY, start + 11), utf16=True)
    assert (a.start, a.end) == (start, start + 11)  # the emoji before it is 2 UTF-16 units, 1 code point


def test_a_quote_without_offsets_is_found_by_its_context(world):
    body = "## Plan\nCall back. Later we will call back.\n"
    note = factories.submitted_note(world.trainee, body=body)
    a = threads.add_annotation(note, world.supervisor, exact="call back", prefix="Later we will ", body="x")
    assert body[a.start:a.end] == "call back" and a.start == body.index("will call") + 5


def test_a_quote_not_in_the_text_is_refused(world):
    note = factories.submitted_note(world.trainee, body=BODY)
    with pytest.raises(ValidationFailed):
        threads.add_annotation(note, world.supervisor, exact="not in the note", body="x")


def test_only_the_assigned_supervisor_annotates(world):
    note = factories.submitted_note(world.trainee, body=BODY)
    for person in (world.trainee, world.supervisor2, world.director):
        with pytest.raises(PermissionDenied):
            threads.add_annotation(note, person, exact="casually dressed", body="x")


def test_drafts_cannot_be_annotated(world):
    note = factories.note(world.trainee, body=BODY)
    with pytest.raises(InvalidTransition):
        threads.add_annotation(note, world.supervisor, exact="casually dressed", body="x")


def test_resubmission_moves_kept_spans_and_outdates_rewritten_ones(world):
    note, (kept, gone) = annotated(world, "GAD-7 = 11 (was 15)", "casually dressed")
    new_body = ("## Context\nA new paragraph at the top.\n\n"
                + BODY.replace("Arrived on time, casually dressed.", "Arrived on time and neatly groomed."))
    rev2 = revise(world, note, new_body)
    anchors = {a.annotation_id: a for a in db.session.execute(
        select(AnnotationAnchor).where(AnnotationAnchor.revision_id == rev2.id)).scalars()}
    moved = anchors[kept.id]
    assert new_body[moved.start:moved.end] == "GAD-7 = 11 (was 15)" and moved.start > kept.start
    assert anchors[gone.id].outdated and anchors[gone.id].start is None
    assert gone.exact == "casually dressed"  # the original quote stays


def test_outdated_stays_outdated_and_resolved_stays_behind(world):
    note, (gone, done) = annotated(world, "casually dressed", "Continue exposure")
    threads.set_annotation_resolved(done, note, world.trainee, True)
    revise(world, note, BODY.replace("casually dressed", "neatly groomed"))
    rev3 = revise(world, note, note.body.replace("neatly groomed", "casually dressed"))
    anchor = next(a for a in gone.anchors if a.revision_id == rev3.id)
    assert anchor.outdated  # never re-attached to a look-alike
    assert [a.revision_number for a in done.anchors] == [1]


def test_replies_resolve_and_reopen(world):
    note, (a,) = annotated(world, "casually dressed")
    reply = threads.add_comment(note, world.trainee, body="Removed it.", annotation_id=a.id)
    assert reply.annotation_id == a.id and a.replies[0].body == "Removed it."
    threads.set_annotation_resolved(a, note, world.trainee, True)
    assert a.resolved
    threads.set_annotation_resolved(a, note, world.supervisor, False)
    assert not a.resolved
    with pytest.raises(PermissionDenied):
        threads.set_annotation_resolved(a, note, world.supervisor2, True)


def test_general_threads_resolve_and_reopen(world):
    note = factories.submitted_note(world.trainee)
    top = threads.add_comment(note, world.supervisor, body="Think about the plan.")
    reply = threads.add_comment(note, world.trainee, body="OK", parent_id=top.id)
    threads.set_comment_resolved(top, note, world.trainee, True)
    assert top.resolved_at is not None
    with pytest.raises(ValidationFailed):
        threads.set_comment_resolved(reply, note, world.trainee, True)


def test_accepting_a_suggestion_edits_the_draft_and_is_recorded(world):
    note = factories.submitted_note(world.trainee, body=BODY)
    a = threads.add_annotation(note, world.supervisor, exact="sort of worked", body="Quote the client.",
                               suggestion='"sort of worked"')
    with pytest.raises(InvalidTransition):  # the note is with the supervisor, not being revised
        threads.respond_to_suggestion(a, note, world.trainee, accept=True)
    request_changes(note, world.supervisor, summary="See annotations.")
    notes.update_note(note, world.trainee, version=note.version, body="## Added\nA line first.\n\n" + note.body)
    threads.respond_to_suggestion(a, note, world.trainee, accept=True, version=note.version)
    assert 'said the breathing exercise "sort of worked" at work' in note.body
    assert note.body.startswith("## Added") and a.suggestion_status == "accepted"
    event = db.session.execute(select(Comment).where(Comment.annotation_id == a.id)).scalar_one()
    assert event.kind == "event" and "Accepted" in event.body
    with pytest.raises(InvalidTransition):
        threads.respond_to_suggestion(a, note, world.trainee, accept=True)


def test_declining_a_suggestion_is_recorded_and_only_the_author_answers(world):
    note = factories.submitted_note(world.trainee, body=BODY)
    a = threads.add_annotation(note, world.supervisor, exact="sort of worked", body="x", suggestion="helped")
    with pytest.raises(PermissionDenied):
        threads.respond_to_suggestion(a, note, world.supervisor, accept=False)
    threads.respond_to_suggestion(a, note, world.trainee, accept=False)
    assert a.suggestion_status == "declined" and "sort of worked" in note.body


def test_accepted_suggestion_with_an_identifier_is_caught_by_the_guard(world):
    note = factories.submitted_note(world.trainee, body=BODY)
    a = threads.add_annotation(note, world.supervisor, exact="Next session in one week.", body="x",
                               suggestion="Next session with her son Jayden, call 508-555-0142.")
    request_changes(note, world.supervisor, summary="See annotations.")
    threads.respond_to_suggestion(a, note, world.trainee, accept=True, version=note.version)
    assert notes.open_findings(note)


def test_annotate_through_the_page_with_browser_offsets(client, world):
    note = factories.submitted_note(world.trainee, body=BODY)
    db.session.commit()
    login(client, world.supervisor)
    start = BODY.index("Café")
    response = client.post(f"/threads/notes/{note.id}/annotations", data={
        "csrf_token": csrf_token(client, f"/notes/{note.id}"), "exact": "Café visits helped",
        "start": codepoint_to_utf16(BODY, start), "end": codepoint_to_utf16(BODY, start + 18), "prefix": "", "suffix": "",
        "body": "Is this relevant?", "suggestion": "",
    })
    assert response.status_code == 302 and "#annotation-" in response.headers["Location"]
    page = client.get(f"/notes/{note.id}").get_data(as_text=True)
    assert 'data-ids="1"' in page and "Is this relevant?" in page and "Café visits helped" in page


@pytest.mark.parametrize("who, expected", [("trainee", 403), ("supervisor2", 404), ("other_trainee", 404)])
def test_annotate_page_refusals(client, world, who, expected):
    note = factories.submitted_note(world.trainee, body=BODY)
    db.session.commit()
    login(client, getattr(world, who))
    response = client.post(f"/threads/notes/{note.id}/annotations", data={
        "csrf_token": csrf_token(client, "/dashboard"), "exact": "casually dressed", "body": "x"})
    assert response.status_code == expected
    assert db.session.execute(select(db.func.count()).select_from(AnnotationAnchor)).scalar_one() == 0


def test_outdated_annotation_is_shown_with_its_quote_and_origin(client, world):
    note, (gone,) = annotated(world, "casually dressed")
    revise(world, note, BODY.replace("casually dressed", "neatly groomed"))
    db.session.commit()
    login(client, world.supervisor)
    page = client.get(f"/notes/{note.id}").get_data(as_text=True)
    assert "outdated" in page and "casually dressed" in page and f"revision=1" in page


# --- the note page's discussion, loaded in a fixed number of queries (issue 9) ----------------------------

def test_discussion_sorts_every_reply_into_place(world):
    from supervision.threads.services import discussion_for

    note = factories.submitted_note(world.trainee)
    first = threads.add_comment(note, world.supervisor, body="First thought.")
    second = threads.add_comment(note, world.trainee, body="A question back.")
    reply = threads.add_comment(note, world.trainee, body="Answering the first.", parent_id=first.id)
    nested = threads.add_comment(note, world.supervisor, body="And on that answer.", parent_id=reply.id)
    annotation = threads.add_annotation(note, world.supervisor, exact="better sleep", body="How measured?")
    on_annotation = threads.add_comment(note, world.trainee, body="A sleep log.", annotation_id=annotation.id)
    db.session.commit()
    note_id, ids = note.id, (first.id, second.id, reply.id, nested.id, annotation.id, on_annotation.id)
    first_id, second_id, reply_id, nested_id, annotation_id, on_annotation_id = ids
    db.session.expunge_all()

    from supervision.notes.models import Note

    discussion = discussion_for(db.session.get(Note, note_id))
    assert [c.id for c in discussion.thread] == [first_id, second_id]
    assert [r.id for r in discussion.thread[0].replies] == [reply_id, nested_id]  # replies stay one level deep
    assert discussion.thread[0].replies[0].replies == []
    assert discussion.thread[1].replies == []
    assert [a.id for a in discussion.annotations] == [annotation_id]
    assert [r.id for r in discussion.annotations[0].replies] == [on_annotation_id]
    assert discussion.annotations[0].revision.number == 1
    assert discussion.thread[0].author.name == "Sam Supervisor"
    assert not db.session.dirty  # loading the replies into place changes nothing


def test_note_page_offers_reflection_to_the_author_only(client, world):
    note = factories.submitted_note(world.trainee)
    comment = threads.add_comment(note, world.supervisor, body="Separate report from observation.")
    mine = threads.add_comment(note, world.trainee, body="I will.", parent_id=comment.id)
    annotation = threads.add_annotation(note, world.supervisor, exact="better sleep", body="How measured?")
    db.session.commit()

    login(client, world.trainee)
    page = client.get(f"/notes/{note.id}").get_data(as_text=True)
    assert f"/reflections/new?comment={comment.id}\"" in page
    assert f"/reflections/new?comment={mine.id}&amp;mine=1" in page
    assert f"/reflections/new?annotation={annotation.id}" in page
    assert page.count(f'action="/notes/{note.id}/comments"') == 2  # the reply box and the new comment

    client.post("/logout", data={"csrf_token": csrf_token(client, "/dashboard")})
    login(client, world.supervisor)
    page = client.get(f"/notes/{note.id}").get_data(as_text=True)
    assert "/reflections/new" not in page
    assert "Separate report from observation." in page and "I will." in page and "How measured?" in page
