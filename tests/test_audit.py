from sqlalchemy import update

from supervision import audit
from supervision.audit import AuditEvent, verify_chain
from supervision.extensions import db
from tests import factories


def test_chain_verifies_and_holds_no_note_text(world):
    note = factories.note(world.trainee, body=factories.CLEAN_BODY)
    db.session.commit()
    report = verify_chain()
    assert report.ok and report.events > 5
    texts = [str(e.data) for e in db.session.execute(db.select(AuditEvent)).scalars()]
    assert not any("panic" in t for t in texts), "audit events must not carry note text"
    assert note.id


def test_editing_an_event_breaks_the_chain(world):
    victim = db.session.execute(db.select(AuditEvent).order_by(AuditEvent.id).offset(2).limit(1)).scalar_one()
    db.session.execute(update(AuditEvent).where(AuditEvent.id == victim.id).values(action="user.deleted"))
    db.session.commit()
    report = verify_chain()
    assert not report.ok and report.first_bad_id == victim.id


def test_deleting_an_event_breaks_the_chain(world):
    victim = db.session.execute(db.select(AuditEvent).order_by(AuditEvent.id).offset(3).limit(1)).scalar_one()
    db.session.delete(victim)
    db.session.commit()
    report = verify_chain()
    assert not report.ok and report.first_bad_id == victim.id + 1


def test_record_links_to_the_previous_event(world):
    last = db.session.execute(db.select(AuditEvent).order_by(AuditEvent.id.desc()).limit(1)).scalar_one()
    event = audit.record("test.event", actor=world.director, object_type="test", object_id=1, detail="x")
    db.session.commit()
    assert event.prev_hash == last.hash and event.hash == event.content_hash()
