"""Test data, made through the services so that tests see what real use makes."""
from __future__ import annotations

import itertools
from datetime import date

from supervision.auth.models import User
from supervision.auth.services import create_user
from supervision.enums import NoteStatus
from supervision.extensions import db
from supervision.programs.models import Program
from supervision.programs.services import assign_supervisor, create_program

PASSWORD = "correct horse battery staple"
_seq = itertools.count(1)

CLEAN_BODY = (
    "## Subjective\nClient C-014 reported better sleep this week and fewer panic episodes.\n\n"
    "## Objective\nCalm, good eye contact. PHQ-9 = 9.\n\n"
    "## Assessment\nProgress toward goal 1.\n\n## Plan\nContinue exposure hierarchy; next session in one week.\n"
)
PHI_BODY = (
    "## Subjective\nClient reports her son Jayden was suspended. Called from 508-555-0142 on March 3.\n\n"
    "## Plan\nFollow up next week.\n"
)


def program(name: str | None = None) -> Program:
    return create_program(name or f"Program {next(_seq)}")


def user(prog: Program, role: str = "trainee", *, email: str | None = None, name: str | None = None) -> User:
    n = next(_seq)
    return create_user(prog, email=email or f"{role}{n}@example.test", name=name or f"{role.title()} {n}",
                       role=role, password=PASSWORD)


def assign(supervisor: User, trainee: User, kind: str = "primary"):
    return assign_supervisor(None, supervisor, trainee, kind=kind)


def note(trainee: User, *, body: str = CLEAN_BODY, template: str = "soap", **meta):
    from supervision.notes.services import create_note

    values = dict(client_code="C-014", session_date=date(2026, 11, 2), duration_minutes=50,
                  session_type="individual", setting="in_person")
    values.update(meta)
    return create_note(trainee, template=template, body=body, **values)


def submitted_note(trainee: User, **kw):
    from supervision.notes.services import submit_note

    n = note(trainee, **kw)
    submit_note(n, trainee)
    return n


def approved_note(trainee: User, supervisor: User, **kw):
    from supervision.review.services import approve_note

    n = submitted_note(trainee, **kw)
    approve_note(n, supervisor, attestation=True, wording="I attest.")
    assert n.status == NoteStatus.APPROVED
    return n


def commit():
    db.session.commit()
