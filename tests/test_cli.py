"""The command-line contract: flask --app wsgi <command>."""
from sqlalchemy import select

from supervision.audit import AuditEvent
from supervision.auth.models import User
from supervision.extensions import db
from supervision.programs.models import SupervisionAssignment


def test_program_user_and_assignment_commands(runner):
    assert runner.invoke(args=["create-program", "Eastfield MFT"]).exit_code == 0
    for email, role in (("sup@east.test", "supervisor"), ("Trainee@East.test", "trainee")):
        result = runner.invoke(args=["create-user", email, "--name", "Pat Lee", "--role", role,
                                     "--program", "Eastfield MFT", "--password", "saffron-kettle-drum-9"])
        assert result.exit_code == 0, result.output
    user = db.session.execute(select(User).where(User.email == "trainee@east.test")).scalar_one()
    assert user.role.value == "trainee"
    result = runner.invoke(args=["assign-supervisor", "sup@east.test", "TRAINEE@east.test", "--kind", "site"])
    assert result.exit_code == 0, result.output
    assert db.session.execute(select(SupervisionAssignment)).scalar_one().kind.value == "site"


def test_create_user_prompts_for_the_password(runner):
    runner.invoke(args=["create-program", "P"])
    result = runner.invoke(args=["create-user", "a@p.test", "--name", "A", "--role", "director", "--program", "P"],
                           input="saffron-kettle-drum-9\nsaffron-kettle-drum-9\n")
    assert result.exit_code == 0, result.output


def test_create_user_refuses_weak_password_and_unknown_program(runner):
    runner.invoke(args=["create-program", "P"])
    weak = runner.invoke(args=["create-user", "a@p.test", "--name", "A", "--role", "trainee", "--program", "P", "--password", "password"])
    assert weak.exit_code != 0 and "12 characters" in weak.output
    missing = runner.invoke(args=["create-user", "b@p.test", "--name", "B", "--role", "trainee", "--program", "Nope", "--password", "saffron-kettle-drum-9"])
    assert missing.exit_code != 0 and "No program" in missing.output


def test_audit_verify_reports_ok_and_tampering(runner, world):
    ok = runner.invoke(args=["audit-verify"])
    assert ok.exit_code == 0 and "Audit chain OK" in ok.output
    event = db.session.execute(select(AuditEvent).order_by(AuditEvent.id).limit(1)).scalar_one()
    event.actor_id = world.other_director.id
    db.session.commit()
    broken = runner.invoke(args=["audit-verify"])
    assert broken.exit_code == 1 and "BROKEN" in broken.output


def test_demo_is_idempotent(runner):
    first = runner.invoke(args=["demo"])
    assert first.exit_code == 0 and "loaded" in first.output
    users = db.session.execute(select(db.func.count()).select_from(User)).scalar_one()
    second = runner.invoke(args=["demo"])
    assert second.exit_code == 0 and "already present" in second.output
    assert db.session.execute(select(db.func.count()).select_from(User)).scalar_one() == users == 7


def test_phi_scan_reports_findings_and_exit_code(runner, tmp_path):
    dirty = tmp_path / "note.md"
    dirty.write_text("Client C-014 is fine.\nCall her at 508-555-0142 tomorrow.\n", encoding="utf-8")
    clean = tmp_path / "clean.md"
    clean.write_text("Client C-014 reported better sleep. PHQ-9 = 9.\n", encoding="utf-8")
    found = runner.invoke(args=["phi-scan", str(dirty)])
    assert found.exit_code == 1 and f"{dirty}:2:" in found.output and "PHONE" in found.output
    assert runner.invoke(args=["phi-scan", str(clean)]).exit_code == 0
