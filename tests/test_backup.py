"""export-program / import-program: a program round-trips exactly, into an empty database and into one
that already holds another program (ids renumbered), and the audit chain verifies afterwards."""
import json

import pytest
from sqlalchemy import func, select, text

from supervision import backup
from supervision.audit import AuditEvent, verify_chain
from supervision.extensions import db
from tests import factories
from tests.program_data import fill_program

PROGRAM = "Northfield Counseling Program"


def empty_database():
    db.session.rollback()
    db.session.remove()
    tables = list(reversed(db.metadata.sorted_tables))
    with db.engine.begin() as conn:
        if conn.dialect.name == "postgresql":
            conn.execute(text(f"TRUNCATE {', '.join(chr(34) + t.name + chr(34) for t in tables)} RESTART IDENTITY CASCADE"))
        else:
            for table in tables:
                conn.execute(table.delete())


def export(runner, tmp_path, name="export.json"):
    path = tmp_path / name
    result = runner.invoke(args=["export-program", PROGRAM, str(path)])
    assert result.exit_code == 0, result.output
    return path, json.loads(path.read_text(encoding="utf-8"))


def test_every_table_is_exported_or_excluded_on_purpose(app):
    names = {t.name for t in db.metadata.sorted_tables}
    exported = {t.name for t in backup.program_tables()}
    assert names == exported | (set(backup.EXCLUDED) & names)
    for table in backup.program_tables():
        backup._scope(table, 1)  # raises for a table that cannot be tied to a program


def test_round_trip_into_an_empty_database_is_exact(app, runner, world, tmp_path):
    fill_program(world)
    path, before = export(runner, tmp_path)
    tables = before["tables"]
    empty = [name for name, t in tables.items() if not t["rows"]]
    assert empty == [], f"the test program should fill every table: {empty}"
    assert before["audit_chain"]["verified"]
    # Nothing of the other program is in the file.
    other_emails = {world.other_trainee.email, world.other_director.email}
    assert not other_emails & {dict(zip(tables["user"]["columns"], r))["email"] for r in tables["user"]["rows"]}
    assert (path.stat().st_mode & 0o777) == 0o600

    empty_database()
    result = runner.invoke(args=["import-program", str(path)])
    assert result.exit_code == 0, result.output
    assert "Audit chain OK" in result.output
    _, after = export(runner, tmp_path, "again.json")
    assert backup.canonical(after) == backup.canonical(before)

    # The restored program works: people sign in with their old passwords, new rows get new ids, the chain
    # keeps verifying, and an audit-verify from the command line agrees.
    from supervision.auth.models import User
    from supervision.auth.services import authenticate

    trainee = authenticate("trainee1@example.test", factories.PASSWORD)
    assert trainee is not None
    note = factories.note(trainee)
    db.session.commit()
    assert note.id > max(r[0] for r in tables["note"]["rows"])
    assert verify_chain().ok
    verify = runner.invoke(args=["audit-verify"])
    assert verify.exit_code == 0 and "OK" in verify.output
    assert db.session.execute(select(func.count()).select_from(User)).scalar_one() == len(tables["user"]["rows"])


def test_round_trip_with_renumbered_ids_and_tamper_detection(app, runner, world, tmp_path):
    fill_program(world)
    path, before = export(runner, tmp_path)
    empty_database()
    # Another program takes the low ids first.
    busy = factories.program("Busy Program")
    t = factories.user(busy, "trainee", email="busy-t@example.test")
    s = factories.user(busy, "supervisor", email="busy-s@example.test")
    factories.assign(s, t)
    for _ in range(3):
        factories.approved_note(t, s)
    db.session.commit()
    result = runner.invoke(args=["import-program", str(path)])
    assert result.exit_code == 0, result.output
    _, after = export(runner, tmp_path, "again.json")
    assert after["tables"]["user"]["rows"] != before["tables"]["user"]["rows"]  # ids did move
    assert backup.canonical(after, renumber=True) == backup.canonical(before, renumber=True)
    assert verify_chain().ok

    # An imported event altered afterwards is caught, though it is not linked to its neighbours here.
    imported = db.session.execute(select(AuditEvent).where(AuditEvent.action == "note.approved")
                                  .order_by(AuditEvent.id.desc())).scalars().first()
    imported.data = {**imported.data, "revision": 99}
    db.session.commit()
    report = verify_chain()
    assert not report.ok and "imported" in report.problem


def test_import_refuses_a_program_already_here_and_an_altered_file(app, runner, world, tmp_path):
    fill_program(world)
    path, document = export(runner, tmp_path)
    again = runner.invoke(args=["import-program", str(path)])
    assert again.exit_code != 0 and "already has a program" in again.output

    empty_database()
    audit_rows = document["tables"]["audit_event"]
    columns = audit_rows["columns"]
    audit_rows["rows"][0][columns.index("action")] = "note.deleted"
    altered = tmp_path / "altered.json"
    altered.write_text(json.dumps(document), encoding="utf-8")
    result = runner.invoke(args=["import-program", str(altered)])
    assert result.exit_code != 0 and "does not match its hash" in result.output
    assert db.session.execute(select(func.count()).select_from(AuditEvent)).scalar_one() == 0


def test_export_of_an_unknown_program_fails_cleanly(app, runner, tmp_path):
    result = runner.invoke(args=["export-program", "Nobody", str(tmp_path / "x.json")])
    assert result.exit_code != 0 and "No program named" in result.output
