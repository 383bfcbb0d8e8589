"""flask commands: programs and people, audit verification, PHI scanning, demo data."""
from __future__ import annotations

import sys

import click
from flask import Flask
from sqlalchemy import select

from .enums import AssignmentKind, Role
from .errors import ServiceError
from .extensions import db


def _fail(message: str) -> None:
    db.session.rollback()
    raise click.ClickException(message)


def register(app: Flask) -> None:
    @app.cli.command("create-program")
    @click.argument("name")
    @click.option("--timezone", default=None, help="IANA time zone, e.g. America/Chicago.")
    def create_program_cmd(name: str, timezone: str | None):
        """Create a training program (the tenant boundary)."""
        from .programs.services import create_program

        try:
            program = create_program(name, timezone=timezone)
            db.session.commit()
        except ServiceError as exc:
            _fail(f"{exc.message} {exc.details or ''}".strip())
        click.echo(f"Created program {program.name!r} (id {program.id}).")

    @app.cli.command("create-user")
    @click.argument("email")
    @click.option("--name", required=True)
    @click.option("--role", required=True, type=click.Choice([r.value for r in Role]))
    @click.option("--program", "program_name", required=True, help="Program name.")
    @click.option("--password", prompt=True, hide_input=True, confirmation_prompt=True,
                  help="Prompted for when omitted.")
    def create_user_cmd(email, name, role, program_name, password):
        """Create an account in a program."""
        from .auth.services import create_user
        from .programs.services import program_by_name

        program = program_by_name(program_name)
        if program is None:
            _fail(f"No program named {program_name!r}.")
        try:
            user = create_user(program, email=email, name=name, role=role, password=password)
            db.session.commit()
        except ServiceError as exc:
            problems = "; ".join(m for msgs in getattr(exc, "fields", {}).values() for m in msgs)
            _fail(f"{exc.message} {problems}".strip())
        click.echo(f"Created {user.role.value} {user.email} (id {user.id}).")

    @app.cli.command("assign-supervisor")
    @click.argument("supervisor_email")
    @click.argument("trainee_email")
    @click.option("--kind", default=AssignmentKind.PRIMARY.value, type=click.Choice([k.value for k in AssignmentKind]))
    def assign_supervisor_cmd(supervisor_email, trainee_email, kind):
        """Assign a supervisor to a trainee (same program)."""
        from .auth.services import find_user_by_email
        from .programs.services import assign_supervisor

        supervisor = find_user_by_email(supervisor_email)
        trainee = find_user_by_email(trainee_email)
        if supervisor is None or trainee is None:
            _fail("Both accounts must exist.")
        try:
            assign_supervisor(None, supervisor, trainee, kind=kind)
            db.session.commit()
        except ServiceError as exc:
            problems = "; ".join(m for msgs in getattr(exc, "fields", {}).values() for m in msgs)
            _fail(f"{exc.message} {problems}".strip())
        click.echo(f"{supervisor.email} now supervises {trainee.email} ({kind}).")

    @app.cli.command("create-peer-group")
    @click.argument("name")
    @click.option("--program", "program_name", required=True, help="Program name.")
    @click.argument("emails", nargs=-1, required=True)
    def create_peer_group_cmd(name, program_name, emails):
        """Create a peer group of trainees: create-peer-group NAME --program PROGRAM EMAIL..."""
        from .auth.services import find_user_by_email
        from .programs.services import create_peer_group, program_by_name

        program = program_by_name(program_name)
        if program is None:
            _fail(f"No program named {program_name!r}.")
        members = []
        for email in emails:
            user = find_user_by_email(email)
            if user is None:
                _fail(f"No account {email}.")
            members.append(user)
        try:
            group = create_peer_group(None, program, name, members)
            db.session.commit()
        except ServiceError as exc:
            problems = "; ".join(m for msgs in getattr(exc, "fields", {}).values() for m in msgs)
            _fail(f"{exc.message} {problems}".strip())
        click.echo(f"Created peer group {group.name!r} with {len(members)} trainee(s).")

    @app.cli.command("audit-verify")
    def audit_verify_cmd():
        """Check the audit chain; exit 1 when an event was altered or removed."""
        from .audit import verify_chain

        report = verify_chain()
        if report.ok:
            click.echo(f"Audit chain OK: {report.events} events.")
        else:
            click.echo(f"Audit chain BROKEN at event {report.first_bad_id}: {report.problem} "
                       f"({report.events} events verified before it).", err=True)
            sys.exit(1)

    @app.cli.command("phi-scan")
    @click.argument("files", nargs=-1, required=True, type=click.Path(exists=True, dir_okay=False))
    def phi_scan_cmd(files):
        """Print possible identifiers in FILES (kind, line, column, text); exit 1 when any are found."""
        from . import phi

        total = 0
        pattern = app.config["CLIENT_CODE_PATTERN"]
        for path in files:
            with open(path, encoding="utf-8", errors="replace") as fh:
                text = fh.read()
            line_starts = [0] + [i + 1 for i, c in enumerate(text) if c == "\n"]
            import bisect

            for finding in phi.scan(text, client_code_pattern=pattern):
                line = bisect.bisect_right(line_starts, finding.start)
                column = finding.start - line_starts[line - 1] + 1
                shown = finding.text.replace("\n", " ")
                click.echo(f"{path}:{line}:{column}: {finding.kind} {shown!r}")
                total += 1
        click.echo(f"{total} finding(s) in {len(files)} file(s).", err=True)
        sys.exit(1 if total else 0)

    @app.cli.command("send-notifications")
    @click.option("--loop", is_flag=True, help="Keep running, checking the outbox every --interval seconds.")
    @click.option("--interval", default=30, show_default=True)
    def send_notifications_cmd(loop: bool, interval: int):
        """Send pending notification e-mails (retrying failed ones with back-off)."""
        import time

        from .notifications.mailer import deliver_pending

        while True:
            result = deliver_pending()
            if result["sent"] or result["failed"] or not loop:
                click.echo(f"sent {result['sent']}, failed {result['failed']} (will retry)")
            if not loop:
                break
            time.sleep(interval)

    @app.cli.command("send-digest")
    def send_digest_cmd():
        """Send the daily digest (supervisors' queues; people who chose a daily digest)."""
        from .notifications.mailer import send_digests

        click.echo(f"sent {send_digests()['digests']} digest(s)")

    @app.cli.command("seed-bench")
    @click.option("--programs", default=1, show_default=True, help="Programs; people are shared out over them.")
    @click.option("--trainees", default=500, show_default=True, help="Trainees in all.")
    @click.option("--supervisors", default=100, show_default=True, help="Supervisors in all.")
    @click.option("--notes-per-trainee", default=200, show_default=True)
    @click.option("--comments-per-note", default=5, show_default=True)
    @click.option("--annotations-per-note", default=2, show_default=True)
    @click.option("--reflections-per-trainee", default=20, show_default=True)
    @click.option("--manual-hours-per-trainee", default=60, show_default=True)
    @click.option("--seed", default=9, show_default=True, help="Random seed (same numbers, same data).")
    @click.option("--prefix", default="bench", show_default=True, help="Names programs and e-mail domains.")
    def seed_bench_cmd(**options):
        """Bulk-load benchmark data (bench databases only): notes in every state, threads, reflections, hours."""
        from .seed import seed_bench

        try:
            result = seed_bench(echo=click.echo, **options)
        except ValueError as exc:
            _fail(str(exc))
        for table, n in sorted(result.rows.items()):
            click.echo(f"{table:24} {n:>10,}")
        click.echo(f"{sum(result.rows.values()):,} rows in {result.seconds:.1f} s; every account's password is "
                   f"{result.password!r}. Seeded rows carry no audit events (the programs and directors do).")

    @app.cli.command("demo")
    def demo_cmd():
        """Load the demo program (idempotent): a director, two supervisors, four trainees, notes in every state."""
        from .demo import load_demo

        created = load_demo()
        db.session.commit()
        click.echo("Demo data loaded." if created else "Demo data already present; nothing changed.")
        click.echo("Sign in as director@demo.example, supervisor@demo.example or trainee@demo.example "
                   "with the password demo-password-2026 (demo only).")

    @app.cli.command("list-users")
    @click.option("--program", "program_name", default=None)
    def list_users_cmd(program_name):
        """List accounts (e-mail, role, program, active)."""
        from .auth.models import User
        from .programs.models import Program

        query = select(User, Program.name).join(Program, Program.id == User.program_id).order_by(Program.name, User.email)
        if program_name:
            query = query.where(Program.name == program_name)
        for user, pname in db.session.execute(query):
            click.echo(f"{user.email:40} {user.role.value:10} {pname:30} {'active' if user.active else 'inactive'}")

    @app.cli.command("export-program")
    @click.argument("name")
    @click.argument("file", type=click.Path(dir_okay=False, writable=True))
    def export_program_cmd(name: str, file: str):
        """Write every row of program NAME (people with password hashes, notes, threads, reflections, hours,
        notifications, audit events) to FILE as JSON. The file holds clinical text: keep it as safe as the
        database."""
        import json
        import os

        from .backup import BackupError, export_program

        try:
            document = export_program(name)
        except BackupError as exc:
            _fail(exc.message)
        db.session.rollback()
        # Created readable by its owner only: the file is as sensitive as the database.
        fd = os.open(file, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            json.dump(document, fh, ensure_ascii=False, sort_keys=True, indent=1)
            fh.write("\n")
        rows = sum(len(t["rows"]) for t in document["tables"].values())
        chain = "verified" if document["audit_chain"]["verified"] else "BROKEN: " + str(document["audit_chain"]["problem"])
        click.echo(f"Exported {name!r}: {rows} rows in {len(document['tables'])} tables to {file} (audit chain {chain}).")

    @app.cli.command("import-program")
    @click.argument("file", type=click.Path(exists=True, dir_okay=False))
    def import_program_cmd(file: str):
        """Import a program exported by export-program into this database (which must not have it yet),
        in one transaction. Ids are kept where free, renumbered consistently otherwise."""
        import json

        from .audit import verify_chain
        from .backup import BackupError, import_program

        with open(file, encoding="utf-8") as fh:
            try:
                document = json.load(fh)
            except ValueError:
                _fail(f"{file} is not JSON.")
        from sqlalchemy.exc import IntegrityError

        try:
            written = import_program(document)
            db.session.commit()
        except BackupError as exc:
            _fail(exc.message)
        except IntegrityError as exc:
            _fail(f"Rows of the file clash with rows already in this database ({exc.orig.__class__.__name__}); "
                  "nothing was imported. Import into an empty database, or one without this program.")
        report = verify_chain()
        click.echo(f"Imported {document['program']['name']!r}: {sum(written.values())} rows in {len(written)} tables. "
                   f"Audit chain {'OK' if report.ok else 'BROKEN: ' + str(report.problem)} ({report.events} events).")
        if not report.ok:
            sys.exit(1)
