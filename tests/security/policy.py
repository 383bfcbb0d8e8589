"""The authorization policy of every route, as data: who may do what to which object (issue 7 item 1).

`POLICY` maps each endpoint of `app.url_map` to its requests, one per HTTP method: the object kind and
action, a path and a VALID body (placeholders such as `{note_shared}` or `{v_note_shared}` are filled from
the security world, see tests/security/conftest.py), and the expected outcome for every signed-in actor.
`PUBLIC` names the endpoints an anonymous caller may use; everything else answers anonymous callers with a
redirect to /login (pages) or 401 (API). test_matrix.py fails, naming the endpoint, when a route has no entry.

Outcomes: "ok" (2xx or 3xx, not to /login; for writes the database must change), "403", "404", "422".
Actors: owner (trainee who wrote the notes), peer (in the peer group the notes are shared with),
trainee_other (same program, neither), supervisor (assigned to owner), supervisor_other (same program,
not assigned), director, other_director and other_trainee (the other program).

To add a route: add ONE entry `"blueprint.endpoint": {"GET": Req(...)}` below, usually with a preset
(`note(...)`, `role(...)`, `program_object(...)`, ...).
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Mapping

from tests import factories

SIGNED_IN = ("owner", "trainee_other", "peer", "supervisor", "supervisor_other", "director", "other_director",
             "other_trainee")
TRAINEES = frozenset({"owner", "trainee_other", "peer", "other_trainee"})
SUPERVISORS = frozenset({"supervisor", "supervisor_other"})
DIRECTORS = frozenset({"director", "other_director"})
NOTE_VIEWERS = frozenset({"owner", "peer", "supervisor"})


@dataclass(frozen=True)
class Req:
    kind: str  # the object kind: note, annotation, comment, reflection, hours_entry, program, user, ...
    action: str  # view, edit, review, comment, ...
    path: str  # with {slot} placeholders
    expect: Mapping[str, str]  # signed-in actor -> "ok" | "403" | "404" | "422"
    body: Mapping[str, Any] | None = None  # form fields (pages) or JSON (API and `json=True`)
    json: bool = False  # a page endpoint that takes JSON (X-CSRFToken header)
    prefix: str | None = None  # the form's prefix (its CSRF field is `<prefix>-csrf_token`)
    mutates: bool | None | str = "auto"  # must an allowed request change the database? None: not checked;
    # "auto": writes must, reads are not checked
    own_session: bool = False  # changes who is signed in: run it on a throwaway client
    anonymous: str = "login"  # "login" (302 to /login, or 401 for the API) or an outcome for PUBLIC routes
    lists: bool = False  # answers with a list or export (see test_lists_are_exactly_the_allowed_set)


def outcomes(ok=(), forbidden=(), invalid=(), default: str = "404") -> dict[str, str]:
    out = {actor: default for actor in SIGNED_IN}
    out.update({a: "403" for a in forbidden})
    out.update({a: "422" for a in invalid})
    out.update({a: "ok" for a in ok})
    return out


# --- presets -----------------------------------------------------------------------------------------------

# Note actions (supervision.access.NOTE_PERMISSIONS), on a note of `owner` shared with the peer's group:
# out of scope (404) for everyone but the owner, the peer and the assigned supervisor.
NOTE_ACTIONS = {
    "view": NOTE_VIEWERS,
    "edit": {"owner"}, "submit": {"owner"}, "withdraw": {"owner"}, "redact": {"owner"}, "addendum": {"owner"},
    "share": {"owner"}, "respond_suggestion": {"owner"},
    "review": {"supervisor"},
    "comment": NOTE_VIEWERS,
    "annotate": {"supervisor", "peer"},
    "resolve": {"owner", "supervisor"},
}


def note(action: str, path: str, body=None, *, kind: str = "note", viewers=NOTE_VIEWERS, **kw) -> Req:
    ok = NOTE_ACTIONS[action]
    return Req(kind, action, path, outcomes(ok=ok, forbidden=set(viewers) - set(ok)), body, **kw)


def role(roles, action: str, path: str, body=None, *, kind: str = "page", **kw) -> Req:
    """Anyone of `roles` (in either program) may; everyone else signed in gets 403."""
    return Req(kind, action, path, outcomes(ok=roles, default="403"), body, **kw)


def signed_in(action: str, path: str, body=None, *, kind: str = "page", **kw) -> Req:
    return Req(kind, action, path, outcomes(ok=SIGNED_IN), body, **kw)


def program_object(kind: str, action: str, path: str, body=None, **kw) -> Req:
    """A director's administration of an object of their program: 403 for other roles (checked first),
    404 for the other program's director."""
    return Req(kind, action, path, outcomes(ok={"director"}, forbidden=set(SIGNED_IN) - DIRECTORS), body, **kw)


# Hours entries (supervision.hours.permissions): owner's entry, seen by owner, assigned supervisor, director.
HOURS_VIEWERS = frozenset({"owner", "supervisor", "director"})


def hours_entry(action: str, path: str, body=None, **kw) -> Req:
    ok = {"view": HOURS_VIEWERS, "edit": {"owner"}, "verify": {"supervisor"}}[action]
    return Req("hours_entry", action, path, outcomes(ok=ok, forbidden=HOURS_VIEWERS - ok), body, **kw)


# A page about the owner's hours chosen by ?trainee=: a trainee always gets their own (the parameter is
# ignored), the assigned supervisor and the director get the owner's, others 404.
HOURS_OF_OWNER = outcomes(ok=TRAINEES | {"supervisor", "director"})


def hours_of_owner(action: str, path: str, body=None, **kw) -> Req:
    return Req("hours", action, path, HOURS_OF_OWNER, body, **kw)


def api(req: Req) -> Req:
    return req  # API requests are recognised by their /api/ path; the preset reads better with a marker


NEW_PASSWORD = "a brand new passphrase for tests 42"
NOTE_META = {"client_code": "C-014", "session_date": "2026-11-02", "duration_minutes": "50",
             "session_type": "individual", "setting": "in_person", "hours_category": ""}
NEW_BODY = "## Subjective\nClient C-014 slept better.\n\n## Plan\nContinue.\n"


# --- the table ---------------------------------------------------------------------------------------------

POLICY: dict[str, dict[str, Req | tuple[Req, ...]]] = {
    # main
    # Not public: it sends anonymous callers to the sign-in page.
    "main.index": {"GET": Req("page", "view", "/", outcomes(ok=SIGNED_IN))},
    "main.help_page": {"GET": Req("page", "view", "/help", outcomes(ok=SIGNED_IN), anonymous="ok")},
    "main.dashboard": {"GET": signed_in("view", "/dashboard")},
    "main.notifications": {"GET": signed_in("view", "/notifications", kind="notification")},
    "main.mark_read": {"POST": signed_in("edit", "/notifications/read", {}, kind="notification", mutates=None)},

    # auth
    "auth.login": {
        "GET": Req("session", "view", "/login", outcomes(ok=SIGNED_IN), anonymous="ok"),
        "POST": Req("session", "create", "/login", outcomes(ok=SIGNED_IN),
                    {"email": "spare@example.test", "password": factories.PASSWORD},
                    anonymous="ok", own_session=True, mutates=None),
    },
    # Signing out ends on the sign-in page ("login").
    "auth.logout": {"POST": Req("session", "delete", "/logout", outcomes(default="login"), {}, own_session=True,
                                mutates=None)},
    "auth.session_status": {"GET": Req("session", "view", "/session", outcomes(ok=SIGNED_IN), anonymous="ok")},
    "auth.keepalive": {"POST": signed_in("edit", "/session/keepalive", {}, kind="session", json=True, mutates=False)},
    "auth.accept": {
        "GET": Req("invitation", "view", "/join/{invite_token}", outcomes(ok=SIGNED_IN), anonymous="ok"),
        "POST": Req("invitation", "accept", "/join/{invite_token}", outcomes(ok=SIGNED_IN),
                    {"name": "Nia Newcomer", "password": NEW_PASSWORD}, anonymous="ok", own_session=True),
    },
    "auth.account": {
        "GET": signed_in("view", "/account", kind="user"),
        "POST": signed_in("edit", "/account", {"current_password": factories.PASSWORD, "new_password": NEW_PASSWORD},
                          kind="user", own_session=True),
    },
    "auth.notification_preferences": {
        "POST": signed_in("edit", "/account/notifications", {"email_preference": "off"}, kind="user", prefix="prefs"),
    },

    # notes
    "notes.index": {"GET": role(TRAINEES | SUPERVISORS, "list", "/notes/", kind="note", lists=True)},
    "notes.new": {
        "GET": role(TRAINEES, "create", "/notes/new", kind="note"),
        "POST": role(TRAINEES, "create", "/notes/new", {**NOTE_META, "template": "soap"}, kind="note"),
    },
    "notes.view": {"GET": (note("view", "/notes/{note_shared}"),
                           Req("note", "view", "/notes/{note_private}",
                               outcomes(ok={"owner", "supervisor"}, default="404")))},
    "notes.edit": {
        "GET": note("edit", "/notes/{note_draft}/edit"),
        "POST": note("edit", "/notes/{note_draft}/edit",
                     {**NOTE_META, "version": "{v_note_draft}", "body": NEW_BODY}),
    },
    "notes.autosave": {"POST": note("edit", "/notes/{note_draft}/autosave",
                                    {"version": "{v_note_draft}", "body": NEW_BODY}, json=True)},
    "notes.phi_check": {"POST": note("edit", "/notes/{note_phi}/phi-check", {"body": NEW_BODY}, json=True,
                                     mutates=False)},
    "notes.preview": {"POST": signed_in("view", "/notes/preview", {"body": NEW_BODY}, kind="text", json=True,
                                        mutates=False)},
    "notes.phi_scan": {"POST": signed_in("view", "/notes/phi-scan", {"text": NEW_BODY}, kind="text", json=True,
                                         mutates=False)},
    "notes.redact": {"POST": note("redact", "/notes/{note_phi}/redact", {"scope": "all", "version": "{v_note_phi}"})},
    "notes.dismiss": {"POST": note("redact", "/notes/{note_phi}/dismiss",
                                   {"finding": "{finding}", "reason": "A character in a workbook",
                                    "version": "{v_note_phi}"})},
    "notes.submit": {"POST": note("submit", "/notes/{note_draft}/submit", {"version": "{v_note_draft}"})},
    "notes.withdraw": {"POST": note("withdraw", "/notes/{note_shared}/withdraw", {"version": "{v_note_shared}"})},
    "notes.addendum": {"POST": note("addendum", "/notes/{note_approved}/addendum", {"version": "{v_note_approved}"})},
    # The private note is not shared, so the peer does not even know it exists.
    "notes.share": {"POST": note("share", "/notes/{note_private}/share",
                                 {"peer_group_id": "{group}", "version": "{v_note_private}"},
                                 viewers={"owner", "supervisor"})},
    "notes.revoke_share": {"POST": note("share", "/notes/{note_shared}/share/{group}/revoke",
                                        {"version": "{v_note_shared}"})},
    "notes.revisions": {"GET": note("view", "/notes/{note_shared}/revisions?a=1&b=2", kind="revision")},
    "notes.revision": {"GET": note("view", "/notes/{note_shared}/revisions/1", kind="revision")},
    "notes.comment": {"POST": note("comment", "/notes/{note_shared}/comments", {"body": "A fair point."},
                                   kind="comment")},

    # review
    "review.queue": {"GET": role(SUPERVISORS, "list", "/review/", kind="note")},
    "review.approve": {"POST": note("review", "/review/{note_shared}/approve",
                                    {"attestation": "y", "version": "{v_note_shared}"})},
    "review.changes": {"POST": note("review", "/review/{note_shared}/request-changes",
                                    {"summary": "Add the plan.", "version": "{v_note_shared}"})},

    # threads
    "threads.annotate": {"POST": note("annotate", "/threads/notes/{note_shared}/annotations",
                                      {"exact": "fewer panic episodes", "body": "Which ones?"}, kind="annotation")},
    "threads.reply": {"POST": note("comment", "/threads/annotations/{annotation}/replies", {"body": "Agreed."},
                                   kind="annotation")},
    "threads.resolve_annotation": {"POST": note("resolve", "/threads/annotations/{annotation}/resolve", {},
                                                kind="annotation")},
    "threads.resolve_comment": {"POST": note("resolve", "/threads/comments/{comment}/resolve", {}, kind="comment")},
    "threads.suggestion": {"POST": note("respond_suggestion", "/threads/annotations/{annotation_suggest}/suggestion/decline",
                                        {"version": "{v_note_changes}"}, kind="annotation")},

    # reflection
    "reflection.log": {"GET": role(TRAINEES | SUPERVISORS, "list", "/reflections/", kind="reflection", lists=True)},
    "reflection.export": {"GET": role(TRAINEES | SUPERVISORS, "export", "/reflections/export.md", kind="reflection",
                                      lists=True)},
    "reflection.new": {
        "GET": role(TRAINEES, "create", "/reflections/new", kind="reflection"),
        "POST": role(TRAINEES, "create", "/reflections/new", {"body": "What I learnt this week."}, kind="reflection"),
    },
    "reflection.entry": {"GET": (
        Req("reflection", "view", "/reflections/{refl_private}", outcomes(ok={"owner"})),
        Req("reflection", "view", "/reflections/{refl_shared}", outcomes(ok={"owner", "supervisor"})),
    )},
    "reflection.edit": {
        "GET": Req("reflection", "edit", "/reflections/{refl_shared}/edit", outcomes(ok={"owner"}, forbidden={"supervisor"})),
        "POST": Req("reflection", "edit", "/reflections/{refl_shared}/edit", outcomes(ok={"owner"}, forbidden={"supervisor"}),
                    {"body": "Rewritten.", "shared": "y", "version": "{v_refl_shared}"}),
    },
    "reflection.answer": {"POST": Req("reflection", "answer", "/reflections/{refl_shared}/answers",
                                      outcomes(ok={"owner", "supervisor"}), {"body": "Thanks for this."})},
    "reflection.dismiss_prompt": {"POST": Req("reflection_prompt", "dismiss", "/reflections/prompts/{prompt}/dismiss",
                                              outcomes(ok={"owner"}), {})},

    # hours
    "hours.summary": {"GET": hours_of_owner("view", "/hours/?trainee={user_owner}")},
    "hours.aapi": {"GET": hours_of_owner("view", "/hours/aapi?trainee={user_owner}")},
    "hours.aapi_csv": {"GET": hours_of_owner("export", "/hours/aapi.csv?trainee={user_owner}")},
    "hours.export_csv": {"GET": hours_of_owner("export", "/hours/export.csv?trainee={user_owner}", lists=True)},
    "hours.export_pdf": {"POST": hours_of_owner("export", "/hours/log.pdf", {"trainee": "{user_owner}"})},
    "hours.new_entry": {
        "GET": role(TRAINEES, "create", "/hours/entries/new", kind="hours_entry"),
        "POST": role(TRAINEES, "create", "/hours/entries/new",
                     {"date": "{yesterday}", "duration": "1:00", "category": "consultation", "description": "Consult"},
                     kind="hours_entry"),
    },
    "hours.week": {
        "GET": role(TRAINEES, "create", "/hours/week", kind="hours_entry"),
        "POST": role(TRAINEES, "create", "/hours/week?start={yesterday}",
                     {"m-consultation-{yesterday}": "1:00", "description": "Consults"}, kind="hours_entry"),
    },
    "hours.entry": {"GET": hours_entry("view", "/hours/entries/{entry}")},
    "hours.edit_entry": {
        "GET": hours_entry("edit", "/hours/entries/{entry}/edit"),
        "POST": hours_entry("edit", "/hours/entries/{entry}/edit",
                            {"date": "{yesterday}", "duration": "1:30", "category": "consultation",
                             "description": "Longer consult", "version": "{v_entry}"}),
    },
    "hours.delete_entry": {"POST": hours_entry("edit", "/hours/entries/{entry}/delete", {"version": "{v_entry}"})},
    "hours.verify": {"POST": hours_entry("verify", "/hours/entries/{entry}/verify", {"version": "{v_entry}"})},
    "hours.reject": {"POST": hours_entry("verify", "/hours/entries/{entry}/reject",
                                         {"reason": "Not in this week.", "version": "{v_entry}"}, prefix="reject")},
    "hours.reopen": {"POST": hours_entry("verify", "/hours/entries/{entry_verified}/reopen",
                                         {"reason": "Wrong category.", "version": "{v_entry_verified}"}, prefix="reopen")},
    # Bulk verification of the owner's entry: the unassigned supervisor may not even see it.
    "hours.verify_selected": {"POST": Req("hours_entry", "verify", "/hours/verify",
                                          outcomes(ok={"supervisor"}, forbidden=set(SIGNED_IN) - SUPERVISORS),
                                          {"ids": "{entry}"})},
    "hours.queue": {"GET": role(SUPERVISORS, "list", "/hours/queue", kind="hours_entry")},
    "hours.cohort_view": {"GET": role(DIRECTORS, "view", "/hours/cohort", kind="hours")},
    "hours.cohort_csv": {"GET": role(DIRECTORS, "export", "/hours/cohort.csv", kind="hours")},
    "hours.fingerprint": {
        "GET": role(DIRECTORS, "view", "/hours/fingerprint", kind="hours_log"),
        "POST": role(DIRECTORS, "check", "/hours/fingerprint", {"fingerprint": "0" * 64}, kind="hours_log",
                     mutates=None),
    },
    "hours.settings": {"GET": role(DIRECTORS, "view", "/hours/settings", kind="hours_settings")},
    "hours.add_category": {"POST": role(DIRECTORS, "create", "/hours/settings/categories",
                                        {"name": "Outreach work", "group": "indirect", "aapi": "Support"},
                                        kind="hours_settings")},
    "hours.edit_category": {
        "GET": role(DIRECTORS, "edit", "/hours/settings/categories/consultation", kind="hours_settings"),
        "POST": role(DIRECTORS, "edit", "/hours/settings/categories/consultation",
                     {"name": "Consultation (case)", "group": "indirect", "aapi": "Support", "active": "y"},
                     kind="hours_settings"),
    },
    "hours.edit_rule_set": {
        "GET": (role(DIRECTORS, "edit", "/hours/settings/requirements/cacrep_practicum", kind="hours_settings"),
                role(DIRECTORS, "create", "/hours/settings/requirements/new", kind="hours_settings")),
        "POST": role(DIRECTORS, "edit", "/hours/settings/requirements/cacrep_practicum",
                     {"name": "Practicum", "active": "y",
                      "rules": '[{{"kind": "total", "name": "Total hours", "hours": 120}}]'}, kind="hours_settings"),
    },

    # programs (director administration)
    "programs.people": {"GET": role(DIRECTORS, "list", "/program/people", kind="user")},
    "programs.invite": {"POST": role(DIRECTORS, "create", "/program/invitations",
                                     {"email": "another@example.test", "name": "Ann Other", "role": "trainee"},
                                     kind="invitation")},
    "programs.renew_invitation": {"POST": program_object("invitation", "renew",
                                                         "/program/invitations/{invitation}/renew", {})},
    "programs.revoke_invitation": {"POST": program_object("invitation", "revoke",
                                                          "/program/invitations/{invitation}/revoke", {})},
    # The other program's director cannot pick people of this program: the form refuses them (422).
    "programs.assign": {"POST": Req("assignment", "create", "/program/assignments",
                                    outcomes(ok={"director"}, forbidden=set(SIGNED_IN) - DIRECTORS,
                                             invalid={"other_director"}),
                                    {"supervisor_id": "{user_supervisor_other}", "trainee_id": "{user_owner}",
                                     "kind": "site"})},
    "programs.unassign": {"POST": program_object("assignment", "end", "/program/assignments/{assignment}/end", {})},
    "programs.set_active": {"POST": program_object("user", "deactivate", "/program/people/{spare}/deactivate", {})},
    "programs.audit_log": {"GET": role(DIRECTORS, "view", "/program/audit", kind="audit_event")},
    "programs.peer_groups": {"GET": role(DIRECTORS, "list", "/program/peer-groups", kind="peer_group")},
    "programs.create_peer_group": {"POST": Req("peer_group", "create", "/program/peer-groups",
                                               outcomes(ok={"director"}, forbidden=set(SIGNED_IN) - DIRECTORS,
                                                        invalid={"other_director"}),
                                               {"name": "Cohort B", "members": "{user_owner}"})},
    "programs.set_peer_group_members": {"POST": program_object(
        "peer_group", "edit", "/program/peer-groups/{group}/members", {"members": "{user_trainee_other}"},
        prefix="g{group}")},

    # API v1 (bearer token or cookie session with X-CSRFToken)
    "api.openapi": {"GET": Req("document", "view", "/api/v1/openapi.json", outcomes(ok=SIGNED_IN), anonymous="ok")},
    "api.create_token": {"POST": Req("api_token", "create", "/api/v1/tokens", outcomes(ok=SIGNED_IN),
                                     {"email": "spare@example.test", "password": factories.PASSWORD},
                                     anonymous="ok")},
    "api.revoke_current_token": {"DELETE": signed_in("revoke", "/api/v1/tokens/current", kind="api_token",
                                                     mutates=None)},
    "api.me": {"GET": signed_in("view", "/api/v1/me", kind="user")},
    "api.list_notes": {"GET": signed_in("list", "/api/v1/notes?per_page=100", kind="note", lists=True)},
    "api.create_note": {"POST": role(TRAINEES, "create", "/api/v1/notes",
                                     {**NOTE_META, "duration_minutes": 50, "hours_category": None, "template": "soap",
                                      "body": NEW_BODY}, kind="note")},
    "api.get_note": {"GET": (note("view", "/api/v1/notes/{note_shared}"),
                             Req("note", "view", "/api/v1/notes/{note_private}", outcomes(ok={"owner", "supervisor"})))},
    "api.patch_note": {"PATCH": note("edit", "/api/v1/notes/{note_draft}", {"version": "{v_note_draft}", "body": NEW_BODY})},
    "api.redact": {"POST": note("redact", "/api/v1/notes/{note_phi}/redact", {"all": True, "version": "{v_note_phi}"})},
    "api.dismiss": {"POST": note("redact", "/api/v1/notes/{note_phi}/dismiss",
                                 {"id": "{finding}", "reason": "A character in a workbook", "version": "{v_note_phi}"})},
    "api.submit": {"POST": note("submit", "/api/v1/notes/{note_draft}/submit", {"version": "{v_note_draft}"})},
    "api.withdraw": {"POST": note("withdraw", "/api/v1/notes/{note_shared}/withdraw", {"version": "{v_note_shared}"})},
    "api.request_changes": {"POST": note("review", "/api/v1/notes/{note_shared}/request-changes",
                                         {"summary": "Add the plan.", "version": "{v_note_shared}"})},
    "api.approve": {"POST": note("review", "/api/v1/notes/{note_shared}/approve",
                                 {"attestation": True, "version": "{v_note_shared}"})},
    "api.list_comments": {"GET": note("view", "/api/v1/notes/{note_shared}/comments", kind="comment")},
    "api.create_comment": {"POST": note("comment", "/api/v1/notes/{note_shared}/comments", {"body": "A fair point."},
                                        kind="comment")},
    "api.audit_verify": {"GET": role(DIRECTORS, "verify", "/api/v1/audit/verify", kind="audit_event")},
    "api.hours_categories": {"GET": signed_in("list", "/api/v1/hours/categories", kind="hours_category")},
    "api.list_hours": {"GET": signed_in("list", "/api/v1/hours?per_page=100", kind="hours_entry", lists=True)},
    "api.hours_csv": {"GET": signed_in("export", "/api/v1/hours.csv", kind="hours_entry", lists=True)},
    "api.create_hours": {"POST": role(TRAINEES, "create", "/api/v1/hours",
                                      {"date": "{yesterday}", "minutes": 30, "category": "consultation",
                                       "description": "Consult"}, kind="hours_entry")},
    "api.get_hours": {"GET": hours_entry("view", "/api/v1/hours/{entry}")},
    "api.verify_hours": {"POST": hours_entry("verify", "/api/v1/hours/{entry}/verify", {"version": "{v_entry}"})},
    "api.reject_hours": {"POST": hours_entry("verify", "/api/v1/hours/{entry}/reject",
                                             {"reason": "Not in this week.", "version": "{v_entry}"})},
    "api.reopen_hours": {"POST": hours_entry("verify", "/api/v1/hours/{entry_verified}/reopen",
                                             {"reason": "Wrong category.", "version": "{v_entry_verified}"})},
    "api.verify_hours_bulk": {"POST": Req("hours_entry", "verify", "/api/v1/hours/verify",
                                          outcomes(ok={"supervisor"}, forbidden={"owner", "director"}),
                                          {"ids": ["{entry}"]})},
    "api.hours_summary": {"GET": Req("hours", "view", "/api/v1/hours/summary?trainee_id={user_owner}",
                                     outcomes(ok=HOURS_VIEWERS))},
    "api.hours_cohort": {"GET": role(DIRECTORS, "view", "/api/v1/hours/cohort", kind="hours")},

    # API v1: annotations, reflections, peer groups and sharing
    "api.list_annotations": {"GET": note("view", "/api/v1/notes/{note_shared}/annotations", kind="annotation")},
    "api.create_annotation": {"POST": note("annotate", "/api/v1/notes/{note_shared}/annotations",
                                           {"exact": "fewer panic episodes", "body": "Which ones?"}, kind="annotation")},
    "api.get_annotation": {"GET": note("view", "/api/v1/annotations/{annotation}", kind="annotation")},
    "api.update_annotation": {"PATCH": (
        note("resolve", "/api/v1/annotations/{annotation}", {"resolved": True}, kind="annotation"),
        note("respond_suggestion", "/api/v1/annotations/{annotation_suggest}",
             {"suggestion": "declined", "version": "{v_note_changes}"}, kind="annotation"),
    )},
    "api.create_reflection": {"POST": role(TRAINEES, "create", "/api/v1/reflections", {"body": "What I learnt."},
                                           kind="reflection")},
    "api.list_reflections": {"GET": signed_in("list", "/api/v1/reflections?per_page=100", kind="reflection",
                                              lists=True)},
    "api.get_reflection": {"GET": (
        Req("reflection", "view", "/api/v1/reflections/{refl_private}", outcomes(ok={"owner"})),
        Req("reflection", "view", "/api/v1/reflections/{refl_shared}", outcomes(ok={"owner", "supervisor"})),
    )},
    "api.list_peer_groups": {"GET": signed_in("list", "/api/v1/peer-groups", kind="peer_group", lists=True)},
    "api.share_note": {"POST": note("share", "/api/v1/notes/{note_private}/share", {"peer_group_id": "{group}"},
                                    viewers={"owner", "supervisor"})},
    "api.list_shares": {"GET": note("share", "/api/v1/notes/{note_shared}/share")},
    "api.unshare_note": {"DELETE": note("share", "/api/v1/notes/{note_shared}/share/{group}")},

    # --- accounts and security (issue 7, items 3/7/8) ---
    # Add the routes of password reset, token lists, the access log, ... here, one entry per endpoint.
    # A new API token for oneself, after the password again (201, the secret shown once).
    "auth.create_api_token": {"POST": signed_in("create", "/account/tokens",
                                                {"name": "matrix script", "current_password": factories.PASSWORD},
                                                kind="api_token", prefix="token")},
    # Revoking names a token: a token not one's own is not found. (The owner revoking their own is in
    # tests/test_accounts.py: the security world has no slot for a token id.)
    "auth.revoke_api_token": {"POST": Req("api_token", "revoke", "/account/tokens/2147483647/revoke", outcomes(), {})},
    # Forgotten password: public, one answer for every address (an e-mail only to a real, active account).
    "auth.forgot_password": {
        "GET": Req("password_reset", "view", "/password/forgot", outcomes(ok=SIGNED_IN), anonymous="ok"),
        "POST": Req("password_reset", "create", "/password/forgot", outcomes(ok=SIGNED_IN),
                    {"email": "spare@example.test"}, anonymous="ok", mutates=None),
    },
    # Without a valid link (in the URL, then in the session) there is nothing to reset: 404 for everyone.
    "auth.reset_password_link": {"GET": Req("password_reset", "use", "/password/reset/not-a-valid-token",
                                            outcomes(), anonymous="404")},
    "auth.reset_password": {
        "GET": Req("password_reset", "use", "/password/reset", outcomes(), anonymous="404"),
        "POST": Req("password_reset", "use", "/password/reset", outcomes(), {"new_password": NEW_PASSWORD},
                    anonymous="404"),
    },
    # Who opened which note: the director of the program only (their own program's openings).
    "programs.note_reads": {"GET": role(DIRECTORS, "view", "/program/audit/reads?user={user_owner}", kind="note_read")},
}

# Endpoints an anonymous caller may use (everything else: 302 to /login, or 401 for the API).
PUBLIC = frozenset({
    "main.help_page", "auth.login", "auth.session_status", "auth.accept", "api.openapi",
    "api.create_token",
    # --- accounts and security (issue 7, items 3/7/8) ---
    "auth.forgot_password", "auth.reset_password_link", "auth.reset_password",
})

# Known gaps: case id (see test_matrix.Case.id) -> what is wrong. Each is an expected failure (strict), so
# fixing the app makes the suite say so.
KNOWN_GAPS: dict[str, str] = {}

# Endpoints the matrix does not call: files served from disk.
NOT_ROUTES = frozenset({"static", "hours.static"})
