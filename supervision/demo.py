"""Demo data: a program with a director, two supervisors, four trainees, and notes in every state.

Idempotent: when the demo program exists, nothing is changed. Accounts share the password
`demo-password-2026` — demo only.
"""
from __future__ import annotations

from datetime import timedelta

from flask import current_app

from . import clock
from .auth.services import create_user
from .notes.services import create_note, share_note, submit_note, update_note
from .programs.services import create_peer_group
from .reflection.services import create_reflection
from .programs.services import assign_supervisor, create_program, program_by_name
from .review.services import approve_note, request_changes
from .threads.services import add_annotation, add_comment

PROGRAM = "Demo Counseling Program"
PASSWORD = "demo-password-2026"

PEOPLE = [
    ("director@demo.example", "Dr. Morgan Reyes", "director"),
    ("supervisor@demo.example", "Dr. Sam Okafor", "supervisor"),
    ("supervisor2@demo.example", "Dr. Lee Park", "supervisor"),
    ("trainee@demo.example", "Alex Rivera", "trainee"),
    ("trainee2@demo.example", "Jordan Blake", "trainee"),
    ("trainee3@demo.example", "Casey Nguyen", "trainee"),
    ("trainee4@demo.example", "Riley Adams", "trainee"),
]

SOAP_1 = """## Subjective
Client C-014 reported sleeping six hours most nights, up from four, and two panic episodes this week (down from five). She said the breathing exercise "sort of worked" at work.

## Objective
Arrived on time, casually dressed. Affect anxious but brighter than last session; speech normal rate. GAD-7 = 11 (was 15).

## Assessment
Generalized anxiety with panic features; improving. Engaged and completing homework.

## Plan
Continue interoceptive exposure; introduce a worry-time log. Next session in one week.
"""

DAP_1 = """## Data
Client C-027 discussed conflict with a coworker and described feeling "invisible" in team meetings. Reported drinking two to three beers most evenings to "unwind".

## Assessment
Interpersonal stress with possible avoidance through alcohol use. AUDIT-C to be administered next session.

## Plan
Assertiveness role-play; psychoeducation on alcohol and sleep. Client agreed to track evening drinks.
"""

BIRP_1 = """## Behavior
Client C-031 presented with flat affect and reported low motivation since the semester began. PHQ-9 = 14.

## Intervention
Behavioral activation: scheduled three valued activities; explored barriers.

## Response
Client identified walking with a friend and cooking as achievable; expressed some hope about the plan.

## Plan
Review the activity log next week; reassess PHQ-9.
"""

GIRP_DRAFT = """## Goals
Reduce conflict at home (treatment goal 2).

## Intervention
Introduced "I-statements" and time-outs.

## Response
Client said he tried this with his daughter Maya last Tuesday, March 3, and it went "okay".

## Plan
Practice I-statements twice before next session.
"""

NARRATIVE_SUBMITTED = """## Session narrative
Intake session with client C-052, who was referred by her primary-care provider for low mood following a job loss. She described disrupted sleep, reduced appetite and withdrawal from friends over the past two months. Denied suicidal ideation, intent or plan. Completed PHQ-9 (16) and GAD-7 (9). We discussed confidentiality and its limits, agreed on weekly sessions, and set initial goals around routine and social contact.
"""


def load_demo() -> bool:
    """Create the demo program; return False when it already exists."""
    if program_by_name(PROGRAM) is not None:
        return False
    program = create_program(PROGRAM)
    users = {email: create_user(program, email=email, name=name, role=role, password=PASSWORD)
             for email, name, role in PEOPLE}
    director = users["director@demo.example"]
    sup, sup2 = users["supervisor@demo.example"], users["supervisor2@demo.example"]
    alex, jordan = users["trainee@demo.example"], users["trainee2@demo.example"]
    casey, riley = users["trainee3@demo.example"], users["trainee4@demo.example"]
    for trainee in (alex, jordan):
        assign_supervisor(director, sup, trainee)
    for trainee in (casey, riley):
        assign_supervisor(director, sup2, trainee)
    assign_supervisor(director, sup2, alex, kind="faculty")

    today = clock.now().date()
    attest = current_app.config["ATTESTATION"]

    def note(trainee, template, body, days_ago, client, **kw):
        return create_note(trainee, template=template, body=body, client_code=client,
                           session_date=today - timedelta(days=days_ago), duration_minutes=kw.pop("minutes", 50),
                           session_type=kw.pop("session_type", "individual"), setting=kw.pop("setting", "in_person"), **kw)

    # Approved, with a thread.
    approved = note(alex, "soap", SOAP_1, 9, "C-014")
    submit_note(approved, alex)
    add_comment(approved, sup, body="Good use of measures. Next time, separate what she *said* from what you *observed* in the Subjective section.")
    add_comment(approved, alex, body="Thanks — I'll keep quotes in S and my observations in O.")
    approve_note(approved, sup, attestation=True, wording=attest)

    # Changes requested, then waiting for the trainee.
    changes = note(alex, "dap", DAP_1, 5, "C-027", setting="telehealth")
    submit_note(changes, alex)
    add_comment(changes, sup, body="Please add a risk screen: did you ask about drinking and driving?")
    add_annotation(changes, sup, exact="drinking two to three beers most evenings",
                   body="Quantify this in standard drinks per week; it makes the AUDIT-C comparison easier.",
                   suggestion="drinking about 15 standard drinks a week, mostly in the evenings")
    add_annotation(changes, sup, exact='feeling "invisible" in team meetings',
                   body="Good: the client's own words. Keep quotes like this in Data.")
    request_changes(changes, sup, summary="Add a brief risk assessment and the plan for the AUDIT-C.")

    # Submitted, waiting in the supervisor's queue.
    waiting = note(alex, "narrative", NARRATIVE_SUBMITTED, 2, "C-052", minutes=60, session_type="intake")
    submit_note(waiting, alex)
    waiting_b = note(jordan, "birp", BIRP_1, 3, "C-031")
    submit_note(waiting_b, jordan)

    # A draft with identifiers left in it, for the PHI guard.
    draft = note(alex, "girp", GIRP_DRAFT, 1, "C-063", session_type="family", minutes=75)
    update_note(draft, alex, version=draft.version, body=GIRP_DRAFT)

    # A resubmitted note with two revisions.
    second = note(casey, "soap", SOAP_1.replace("C-014", "C-088"), 12, "C-088")
    submit_note(second, casey)
    add_annotation(second, sup2, exact="GAD-7 = 11 (was 15)", body="Nice use of a measure to show change.")
    add_annotation(second, sup2, exact="casually dressed", body="Is appearance relevant here? If not, leave it out.")
    request_changes(second, sup2, summary="Add the session's interventions to the Plan.")
    revised = (second.body.replace("Next session in one week.", "Interventions: diaphragmatic breathing, cognitive restructuring. Next session in one week.")
               .replace("Arrived on time, casually dressed.", "Arrived on time."))
    update_note(second, casey, version=second.version, body=revised)
    submit_note(second, casey)
    approve_note(second, sup2, attestation=True, wording=attest)

    # A practicum peer group; Jordan's submitted note is shared with it and Alex has commented as a peer.
    group = create_peer_group(director, program, "Practicum cohort A", [alex, jordan, casey])
    share_note(waiting_b, jordan, group)
    add_comment(waiting_b, alex, body="I like how specific the activity plan is. How did you pick the three activities?")

    # Reflections: one from a supervisor's comment, one free entry.
    feedback = next(c for c in _comments(approved) if c.author_id == sup.id)
    create_reflection(alex, comment_id=feedback.id, shared=True, competencies=["assessment", "reflective_practice"],
                      body="I tend to mix the client's report with my own observations. Next notes: quotes and self-report "
                           "in S, what I saw in O. I will reread the Subjective section before submitting.")
    create_reflection(alex, competencies=["relationships"], body="Felt more confident pacing the intake today; "
                      "I let silences last longer instead of filling them.")
    return True


def _comments(note):
    from sqlalchemy import select

    from .extensions import db
    from .threads.models import Comment

    return db.session.execute(select(Comment).where(Comment.note_id == note.id).order_by(Comment.id)).scalars().all()
