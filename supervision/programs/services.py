"""Program administration: programs, invitations, supervision assignments, deactivation."""
from __future__ import annotations

import hashlib
import secrets
from datetime import date

from flask import current_app
from sqlalchemy import select

from .. import access, audit, clock
from ..auth.models import User
from ..auth.services import create_user, normalise_email
from ..enums import AssignmentKind, Role
from ..errors import InvalidTransition, PermissionDenied, ValidationFailed
from ..extensions import db
from .models import Invitation, Program, SupervisionAssignment


def create_program(name: str, *, timezone: str | None = None) -> Program:
    name = (name or "").strip()
    if not name:
        raise ValidationFailed("A program needs a name.", {"name": ["Required."]})
    if db.session.execute(select(Program.id).where(Program.name == name)).first():
        raise ValidationFailed("A program with that name exists.", {"name": ["Already taken."]})
    program = Program(name=name, timezone=timezone or current_app.config["PROGRAM_TIMEZONE"])
    db.session.add(program)
    db.session.flush()
    from ..reflection.services import seed_competencies

    seed_competencies(program)
    from ..hours.services import seed_program_hours

    seed_program_hours(program)
    audit.record("program.created", program, program_id=program.id)
    return program


def program_by_name(name: str) -> Program | None:
    return db.session.execute(select(Program).where(Program.name == name)).scalar_one_or_none()


def _token_hash(raw: str) -> str:
    return hashlib.sha256(raw.encode()).hexdigest()


def invite_person(director: User, *, email: str, name: str, role: Role | str) -> tuple[Invitation, str]:
    """Create an invitation; return it and the raw token for the sign-up link (shown once, e-mailed)."""
    access.require_role(director, Role.DIRECTOR)
    email = normalise_email(email)
    name = (name or "").strip()
    errors = {}
    if not name:
        errors["name"] = ["Enter the person's name."]
    try:
        role = Role(role)
    except ValueError:
        errors["role"] = ["Choose trainee, supervisor or director."]
    if db.session.execute(select(User.id).where(User.email == email)).first():
        errors["email"] = ["This address already has an account."]
    if errors:
        raise ValidationFailed("The invitation could not be created.", errors)
    raw = secrets.token_urlsafe(32)
    now = clock.now()
    invitation = Invitation(program_id=director.program_id, email=email, name=name[:120], role=role,
                            token_hash=_token_hash(raw), invited_by_id=director.id, created_at=now,
                            expires_at=now + current_app.config["INVITATION_LIFETIME"])
    db.session.add(invitation)
    db.session.flush()
    audit.record("invitation.created", invitation, actor=director, role=role.value)
    return invitation, raw


def renew_invitation(director: User, invitation: Invitation) -> str:
    """Issue a fresh link for an open or expired invitation; the old link stops working."""
    access.require_role(director, Role.DIRECTOR)
    if invitation.program_id != director.program_id:
        raise PermissionDenied("Not your program's invitation.")
    if invitation.accepted_at is not None:
        raise InvalidTransition("This invitation was already accepted.")
    raw = secrets.token_urlsafe(32)
    now = clock.now()
    invitation.token_hash = _token_hash(raw)
    invitation.revoked_at = None
    invitation.expires_at = now + current_app.config["INVITATION_LIFETIME"]
    audit.record("invitation.renewed", invitation, actor=director)
    return raw


def revoke_invitation(director: User, invitation: Invitation) -> None:
    access.require_role(director, Role.DIRECTOR)
    if invitation.program_id != director.program_id:
        raise PermissionDenied("Not your program's invitation.")
    if invitation.accepted_at is None and invitation.revoked_at is None:
        invitation.revoked_at = clock.now()
        audit.record("invitation.revoked", invitation, actor=director)


def open_invitation(raw: str) -> Invitation | None:
    """The invitation behind a sign-up token, if it is still open."""
    if not raw or len(raw) > 100:
        return None
    invitation = db.session.execute(
        select(Invitation).where(Invitation.token_hash == _token_hash(raw))
    ).scalar_one_or_none()
    if invitation is None or not invitation.is_open(clock.now()):
        return None
    return invitation


def accept_invitation(invitation: Invitation, *, name: str, password: str) -> User:
    """Create the invited account. Raises ValidationFailed (weak password), InvalidTransition (used/expired)."""
    if not invitation.is_open(clock.now()):
        raise InvalidTransition("This invitation link has expired or was already used.")
    program = db.session.get(Program, invitation.program_id)
    user = create_user(program, email=invitation.email, name=name or invitation.name, role=invitation.role,
                       password=password)
    invitation.accepted_at = clock.now()
    audit.record("invitation.accepted", invitation, actor=user)
    return user


def assign_supervisor(director: User | None, supervisor: User, trainee: User, *,
                      kind: AssignmentKind | str = AssignmentKind.PRIMARY, starts_on: date | None = None,
                      ends_on: date | None = None) -> SupervisionAssignment:
    """Assign a supervisor to a trainee. `director` None is the command line."""
    if director is not None:
        access.require_role(director, Role.DIRECTOR)
    program_id = director.program_id if director is not None else trainee.program_id
    errors = {}
    if supervisor.role != Role.SUPERVISOR or supervisor.program_id != program_id:
        errors["supervisor_id"] = ["Choose a supervisor of this program."]
    if trainee.role != Role.TRAINEE or trainee.program_id != program_id:
        errors["trainee_id"] = ["Choose a trainee of this program."]
    try:
        kind = AssignmentKind(kind)
    except ValueError:
        errors["kind"] = ["Choose primary, site or faculty."]
    today = clock.now().date()
    starts_on = starts_on or today
    if ends_on is not None and ends_on <= starts_on:
        errors["ends_on"] = ["The end date must be after the start date."]
    if errors:
        raise ValidationFailed("The assignment could not be made.", errors)
    existing = db.session.execute(
        select(SupervisionAssignment).where(
            SupervisionAssignment.supervisor_id == supervisor.id,
            SupervisionAssignment.trainee_id == trainee.id,
            access.current_assignment_clause(today),
        )
    ).scalar_one_or_none()
    if existing is not None:
        raise ValidationFailed("Already assigned.", {"supervisor_id": [f"{supervisor.name} already supervises {trainee.name}."]})
    assignment = SupervisionAssignment(program_id=program_id, supervisor_id=supervisor.id, trainee_id=trainee.id,
                                       kind=kind, starts_on=starts_on, ends_on=ends_on)
    db.session.add(assignment)
    db.session.flush()
    audit.record("assignment.created", assignment, actor=director, kind=kind.value,
                 supervisor=supervisor.id, trainee=trainee.id)
    return assignment


def end_assignment(director: User, assignment: SupervisionAssignment) -> None:
    """Unassign from today on; the history stays."""
    access.require_role(director, Role.DIRECTOR)
    if assignment.program_id != director.program_id:
        raise PermissionDenied("Not your program's assignment.")
    today = clock.now().date()
    if not assignment.is_current(today):
        raise InvalidTransition("This assignment has already ended.")
    assignment.ends_on = max(today, assignment.starts_on)
    audit.record("assignment.ended", assignment, actor=director)


def set_active(director: User, person: User, active: bool) -> None:
    """Deactivate (or reactivate) an account. Deactivation ends its sessions and stops its tokens working."""
    access.require_role(director, Role.DIRECTOR)
    if person.program_id != director.program_id:
        raise PermissionDenied("Not your program's account.")
    if person.id == director.id and not active:
        raise InvalidTransition("You cannot deactivate your own account.")
    if person.active == active:
        return
    person.active = active
    if not active:
        person.session_version += 1
    audit.record("user.activated" if active else "user.deactivated", person, actor=director)


def people(director: User) -> list[User]:
    return list(db.session.execute(
        select(User).where(User.program_id == director.program_id).order_by(User.role, User.name)
    ).scalars())


# --- peer groups -----------------------------------------------------------------------------------------

def create_peer_group(director: User | None, program: Program, name: str, members: list[User]) -> "PeerGroup":
    """A named group of trainees of the program. `director` None is the command line."""
    from .models import PeerGroup, PeerGroupMember

    if director is not None:
        access.require_role(director, Role.DIRECTOR)
        if director.program_id != program.id:
            raise PermissionDenied("Not your program.")
    name = (name or "").strip()
    if not name:
        raise ValidationFailed("A group needs a name.", {"name": ["Required."]})
    if db.session.execute(select(PeerGroup.id).where(PeerGroup.program_id == program.id, PeerGroup.name == name)).first():
        raise ValidationFailed("A group with that name exists.", {"name": ["Already taken."]})
    _check_members(program, members)
    group = PeerGroup(program_id=program.id, name=name[:120])
    group.members = [PeerGroupMember(user_id=m.id) for m in dict.fromkeys(members)]
    db.session.add(group)
    db.session.flush()
    audit.record("peer_group.created", group, actor=director, members=[m.id for m in members])
    return group


def _check_members(program: Program, members: list[User]) -> None:
    bad = [m.email for m in members if m.role != Role.TRAINEE or m.program_id != program.id]
    if bad:
        raise ValidationFailed("Peer groups are made of trainees of the program.", {"members": [f"Not a trainee here: {', '.join(bad)}"]})


def set_peer_group_members(director: User, group, members: list[User]) -> None:
    """Replace the members of a group (notes stay shared with the group; new members see them)."""
    from .models import PeerGroupMember

    access.require_role(director, Role.DIRECTOR)
    if group.program_id != director.program_id:
        raise PermissionDenied("Not your program's group.")
    program = db.session.get(Program, group.program_id)
    _check_members(program, members)
    wanted = {m.id for m in members}
    for member in list(group.members):
        if member.user_id not in wanted:
            group.members.remove(member)
    have = {m.user_id for m in group.members}
    for user_id in sorted(wanted - have):
        group.members.append(PeerGroupMember(user_id=user_id))
    db.session.flush()
    audit.record("peer_group.members_set", group, actor=director, members=sorted(wanted))


def peer_groups_of(user: User) -> list:
    """The groups a trainee belongs to; every group of the program for a director."""
    from .models import PeerGroup, PeerGroupMember

    query = select(PeerGroup).where(PeerGroup.program_id == user.program_id).order_by(PeerGroup.name)
    if user.role != Role.DIRECTOR:
        query = query.where(PeerGroup.id.in_(select(PeerGroupMember.group_id).where(PeerGroupMember.user_id == user.id)))
    from sqlalchemy.orm import selectinload

    return list(db.session.execute(query.options(selectinload(PeerGroup.members))).scalars())
