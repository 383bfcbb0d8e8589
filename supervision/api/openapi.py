"""The OpenAPI 3.0 document of API v1, built as a plain dict and served at `GET /api/v1/openapi.json`.

It describes every path of the blueprint (a test compares it with `app.url_map`), the request bodies,
parameters, every status an operation can answer with and the schema of each answer, so that a fuzzer
(Schemathesis, issue 7) can hold the API to it. Keep it in step with `routes.py` and `serializers.py`.
"""
from __future__ import annotations

from typing import Any

from flask import current_app

from ..enums import NoteStatus, NoteTemplate, Role, SessionType, Setting

API = "/api/v1"
MAX_ID = 2**31 - 1


def _values(enum_cls) -> list[str]:
    return [m.value for m in enum_cls]


def ref(name: str) -> dict[str, str]:
    return {"$ref": f"#/components/schemas/{name}"}


def obj(properties: dict[str, Any], required: list[str] | None = None, **extra: Any) -> dict[str, Any]:
    schema: dict[str, Any] = {"type": "object", "properties": properties}
    if required:
        schema["required"] = required
    schema.update(extra)
    return schema


def nullable(schema: dict[str, Any]) -> dict[str, Any]:
    return {**schema, "nullable": True}


STRING = {"type": "string"}
INTEGER = {"type": "integer"}
ID = {"type": "integer", "minimum": 1, "maximum": MAX_ID}
DATETIME = {"type": "string", "format": "date-time"}
DATE = {"type": "string", "format": "date"}
SHA256 = {"type": "string", "pattern": "^[0-9a-f]{64}$"}
# Text the API stores or checks: any Unicode except NUL, which PostgreSQL cannot store (refused with 422).
TEXT = {"type": "string", "pattern": "^[^\\u0000]*$"}
FINDING_ID = {"type": "string", "pattern": "^[0-9a-f]{12}$", "description": "A finding's `id`."}
VERSION = {**ID, "description": "The `version` the client last read. A stale value is refused with 409."}

ERROR_DESCRIPTIONS = {
    400: "The body is not a JSON object (or not sent as application/json), or a cookie-session write came "
         "without its CSRF token (`X-CSRFToken` header).",
    401: "No valid sign-in: send `Authorization: Bearer <token>` (or use a web session).",
    403: "The note or resource is visible to the caller, but this action is not theirs to take.",
    404: "Not found, or outside the caller's scope (the API does not tell which).",
    409: "Conflict: `version` is stale (`error.current` holds the note as it is now), or the note's state "
         "does not allow this step (`code` is `invalid_transition`).",
    422: "Missing or ill-typed fields (`error.fields` maps each field to its messages), or, on submit, open "
         "PHI findings (`code` is `phi_findings`, listed in `error.findings`).",
    429: "Too many attempts; wait and try again.",
}


def _schemas() -> dict[str, Any]:
    finding = obj(
        {
            "id": {"type": "string", "description": "Stable for the same text at the same place."},
            "start": {"type": "integer", "minimum": 0, "description": "Code-point offset in `body`."},
            "end": {"type": "integer", "minimum": 0, "description": "Code-point offset, exclusive."},
            "kind": {"type": "string", "description": "NAME, PHONE, EMAIL, DATE, ..."},
            "text": STRING,
            "placeholder": {"type": "string", "description": "What redaction puts in its place, e.g. `[PHONE]`."},
        },
        ["id", "start", "end", "kind", "text"],
    )
    phi_warning = obj(
        {"start": finding["properties"]["start"], "end": finding["properties"]["end"], "kind": STRING,
         "text": STRING, "placeholder": STRING},
        ["start", "end", "kind", "text"],
    )
    dismissed = {**finding, "properties": {**finding["properties"], "reason": STRING},
                 "required": [*finding["required"], "reason"]}
    revision = obj({"number": {"type": "integer", "minimum": 1}, "sha256": SHA256, "submitted_at": DATETIME},
                   ["number", "sha256", "submitted_at"])
    approval = nullable(obj(
        {
            "by": {"type": "integer", "description": "The co-signing supervisor's user id."},
            "by_name": STRING,
            "at": DATETIME,
            "sha256": {**SHA256, "description": "SHA-256 hex digest of the UTF-8 text of the approved revision."},
            "attestation": {"type": "string", "description": "The wording the supervisor attested to."},
            "revision_number": nullable(INTEGER),
        },
        ["by", "by_name", "at", "sha256"],
    ))
    summary_properties = {
        "id": INTEGER,
        "status": {"type": "string", "enum": _values(NoteStatus)},
        "version": {"type": "integer", "minimum": 1, "description": "Send it back on every write."},
        "body": {"type": "string", "description": "The current Markdown text."},
        "client_code": STRING,
        "session_date": DATE,
        "duration_minutes": INTEGER,
        "session_type": {"type": "string", "enum": _values(SessionType)},
        "setting": {"type": "string", "enum": _values(Setting)},
        "template": {"type": "string", "enum": _values(NoteTemplate)},
        "hours_category": nullable(STRING),
        "trainee_id": INTEGER,
        "parent_id": nullable({**INTEGER, "description": "Set on an addendum: the co-signed note it amends."}),
        "created_at": DATETIME,
        "updated_at": DATETIME,
        "submitted_at": nullable(DATETIME),
        "changes_summary": nullable({**STRING, "description": "The supervisor's summary of requested changes."}),
        "revisions": {"type": "array", "items": ref("Revision")},
        "approval": ref("Approval"),
    }
    summary_required = ["id", "status", "version", "body", "client_code", "session_date", "duration_minutes",
                        "session_type", "revisions", "approval"]
    note = obj(
        {
            **summary_properties,
            "phi": {"type": "array", "items": ref("Finding"), "description": "Open PHI findings in `body`."},
            "phi_dismissed": {"type": "array", "items": ref("DismissedFinding"),
                              "description": "Findings the trainee dismissed as not PHI, with the reason."},
        },
        [*summary_required, "phi", "phi_dismissed"],
    )
    error = obj(
        {
            "error": obj(
                {
                    "code": {"type": "string", "description": "bad_request, csrf_failed, unauthorized, "
                             "invalid_credentials, forbidden, not_found, conflict, invalid_transition, "
                             "validation_failed, phi_findings, rate_limited, account_locked, ..."},
                    "message": {"type": "string", "description": "A sentence for people."},
                    "fields": {"type": "object", "additionalProperties": {"type": "array", "items": STRING}},
                    "findings": {"type": "array", "items": ref("Finding")},
                    "current": ref("Note"),
                    "retry_after": {"type": "integer", "minimum": 1,
                                    "description": "With account_locked: seconds until sign-in may be tried again."},
                },
                ["code", "message"],
            )
        },
        ["error"],
    )
    author = obj({"id": INTEGER, "name": STRING, "role": {"type": "string", "enum": _values(Role)}},
                 ["id", "name", "role"])
    comment = obj(
        {
            "id": INTEGER,
            "body": {"type": "string", "description": "Markdown source."},
            "body_html": {"type": "string", "description": "Sanitized HTML rendered from `body`."},
            "author": author,
            "parent_id": nullable(INTEGER),
            "created_at": DATETIME,
            "revision_number": nullable({**INTEGER, "description": "The revision the author was reading."}),
        },
        ["id", "body", "body_html", "author", "parent_id", "created_at", "revision_number"],
    )
    created_comment = {**comment, "properties": {**comment["properties"],
                                                 "phi_warnings": {"type": "array", "items": ref("PhiWarning")}},
                       "required": [*comment["required"], "phi_warnings"]}
    return {
        "Error": error,
        "Finding": finding,
        "DismissedFinding": dismissed,
        "PhiWarning": phi_warning,
        "Revision": revision,
        "Approval": approval,
        "NoteSummary": obj(summary_properties, summary_required),
        "Note": note,
        "NoteList": obj({"items": {"type": "array", "items": ref("NoteSummary")}, "page": INTEGER,
                         "per_page": INTEGER, "total": INTEGER, "pages": INTEGER},
                        ["items", "page", "per_page", "total"]),
        "RedactResult": {"allOf": [ref("Note"), obj({"redacted": {"type": "integer", "minimum": 0}},
                                                    ["redacted"])]},
        "Comment": comment,
        "CreatedComment": created_comment,
        "CommentList": obj({"items": {"type": "array", "items": ref("Comment")}}, ["items"]),
        "User": obj({"id": INTEGER, "email": STRING, "name": STRING,
                     "role": {"type": "string", "enum": _values(Role)},
                     "program": obj({"id": INTEGER, "name": STRING}, ["id", "name"])},
                    ["id", "email", "name", "role", "program"]),
        "Token": obj({"token": {"type": "string", "description": "Shown once; only its hash is stored."},
                      "id": INTEGER, "token_type": {"type": "string", "enum": ["Bearer"]},
                      "expires_at": nullable(DATETIME)},
                     ["token", "id"]),
        "AuditReport": obj({"ok": {"type": "boolean"}, "events": INTEGER, "first_bad_id": nullable(INTEGER),
                            "problem": nullable(STRING)},
                           ["ok", "events"]),
    }


def _request_bodies(client_code_pattern: str, attestation: str) -> dict[str, Any]:
    meta = {
        "client_code": {"type": "string", "maxLength": 16, "pattern": f"^(?:{client_code_pattern})$",
                        "description": "A client code such as C-014 (the program's pattern), never a name. "
                                       "Lower case is accepted and stored upper case.",
                        "example": "C-014"},
        "session_date": {**DATE, "description": "Not in the future."},
        "duration_minutes": {"type": "integer", "minimum": 1, "maximum": 24 * 60},
        "session_type": {"type": "string", "enum": _values(SessionType)},
        "setting": {"type": "string", "enum": _values(Setting)},
        # OpenAPI 3.0: a nullable enum lists null among its values.
        "hours_category": nullable({"type": "string", "maxLength": 40,
                                    "description": "The code of one of the program's active direct-service "
                                                   "categories (GET /api/v1/hours/categories); defaults to the "
                                                   "category of the session type."}),
    }
    body = {**TEXT, "maxLength": 100_000, "description": "Markdown text."}

    def json_body(schema: dict[str, Any], required: bool = True) -> dict[str, Any]:
        return {"required": required, "content": {"application/json": {"schema": schema}}}

    optional_version = obj({"version": VERSION})
    return {
        "TokenRequest": json_body(obj(
            {"email": {**TEXT, "format": "email", "maxLength": 254},
             "password": {**TEXT, "maxLength": 1024},
             "name": {**TEXT, "maxLength": 80, "description": "A label for the token."}},
            ["email", "password"],
        )),
        "NoteCreate": json_body(obj(
            {**meta, "template": {"type": "string", "enum": _values(NoteTemplate)},
             "body": {**body, "description": "Markdown text; the template's headings when omitted."}},
            ["client_code", "session_date", "duration_minutes", "session_type", "template"],
        )),
        "NotePatch": json_body(obj({"version": VERSION, "body": body, **meta}, ["version"])),
        "Redact": json_body(obj(
            {"all": {"type": "boolean", "description": "true: redact every open finding."},
             "ids": {"type": "array", "items": FINDING_ID, "minItems": 1,
                     "description": "Finding ids to redact (each text is redacted wherever it occurs)."},
             "version": VERSION},
            description='Either {"all": true} or {"ids": [...]}.',
            anyOf=[obj({"all": {"type": "boolean", "enum": [True]}}, ["all"]), obj({}, ["ids"])],
        )),
        "Dismiss": json_body(obj(
            {"id": FINDING_ID,
             "reason": {**TEXT, "minLength": 3, "description": "Why this is not PHI; the supervisor "
                                                                         "reads it."},
             "version": VERSION},
            ["id", "reason"],
        )),
        "Transition": json_body(optional_version, required=False),
        "RequestChanges": json_body(obj({"summary": {**TEXT, "minLength": 1, "maxLength": 10_000},
                                         "version": VERSION}, ["summary"])),
        "Approve": json_body(obj(
            {"attestation": {"type": "boolean", "enum": [True],
                             "description": f"Must be true: the supervisor attests: “{attestation}”"},
             "version": VERSION},
            ["attestation"],
        )),
        "CommentCreate": json_body(obj(
            {"body": {**TEXT, "minLength": 1, "maxLength": 20_000, "description": "Markdown text."},
             "parent_id": nullable({**ID, "description": "Reply to this comment of the same note."})},
            ["body"],
        )),
    }


def _json(schema_name: str, description: str) -> dict[str, Any]:
    return {"description": description, "content": {"application/json": {"schema": ref(schema_name)}}}


def _op(operation_id: str, summary: str, ok: dict[str, Any], errors: tuple[int, ...], *, body: str | None = None,
        parameters: list | None = None, public: bool = False, tags: tuple[str, ...] = ()) -> dict[str, Any]:
    responses = dict(ok)
    for status in errors:
        responses[str(status)] = {"$ref": f"#/components/responses/E{status}"}
    op: dict[str, Any] = {"operationId": operation_id, "summary": summary, "responses": responses}
    if tags:
        op["tags"] = list(tags)
    if body:
        op["requestBody"] = {"$ref": f"#/components/requestBodies/{body}"}
    if parameters:
        op["parameters"] = parameters
    if public:
        op["security"] = []
    return op


NOTE_ID = {"name": "note_id", "in": "path", "required": True, "schema": ID}
WRITE = (400, 401)  # every authenticated write: malformed body or missing CSRF token, then sign-in


def _note_action(operation_id: str, summary: str, body: str, *, forbidden: bool = True,
                 ok_schema: str = "Note") -> dict[str, Any]:
    errors = (*WRITE, *((403,) if forbidden else ()), 404, 409, 422)
    return _op(operation_id, summary, {"200": _json(ok_schema, "The note as it is now.")}, errors, body=body,
               tags=("notes",))


def _paths() -> dict[str, Any]:
    query = lambda name, schema, description: {  # noqa: E731
        "name": name, "in": "query", "required": False, "schema": schema, "description": description}
    return {
        f"{API}/tokens": {"post": _op(
            "create_token", "Exchange e-mail and password for a bearer token",
            {"201": _json("Token", "The token; send it as `Authorization: Bearer <token>`.")},
            (400, 401, 422, 429), body="TokenRequest", public=True, tags=("auth",),
        )},
        f"{API}/tokens/current": {"delete": _op(
            "revoke_current_token", "Revoke the bearer token this request is made with",
            {"204": {"description": "Revoked."}}, (400, 401), tags=("auth",),
        )},
        f"{API}/me": {"get": _op("me", "The caller", {"200": _json("User", "The signed-in user.")}, (401,),
                                 tags=("auth",))},
        f"{API}/notes": {
            "get": _op(
                "list_notes", "The notes the caller may see, most recently changed first",
                {"200": _json("NoteList", "A page of notes (items without PHI findings).")}, (401, 422),
                parameters=[
                    query("page", ID, "Page number, from 1."),
                    query("per_page", {"type": "integer", "minimum": 1, "maximum": 100}, "Items per page."),
                    query("status", {"type": "string", "enum": _values(NoteStatus)}, "Only notes in this state."),
                ],
                tags=("notes",),
            ),
            "post": _op(
                "create_note", "Start a draft (trainees)",
                {"201": {**_json("Note", "The new draft."),
                         "headers": {"Location": {"schema": STRING, "description": "The note's URL."}}}},
                (*WRITE, 403, 422), body="NoteCreate", tags=("notes",),
            ),
        },
        f"{API}/notes/{{note_id}}": {
            "parameters": [NOTE_ID],
            "get": _op("get_note", "A note", {"200": _json("Note", "The note.")}, (401, 404), tags=("notes",)),
            "patch": _note_action("patch_note", "Edit a draft's text or session details (the author)", "NotePatch"),
        },
        f"{API}/notes/{{note_id}}/redact": {
            "parameters": [NOTE_ID],
            "post": _note_action("redact", "Replace PHI findings by placeholders (the author)", "Redact",
                                 ok_schema="RedactResult"),
        },
        f"{API}/notes/{{note_id}}/dismiss": {
            "parameters": [NOTE_ID],
            "post": _note_action("dismiss", "Dismiss a finding as not PHI, with a reason (the author)", "Dismiss"),
        },
        f"{API}/notes/{{note_id}}/submit": {
            "parameters": [NOTE_ID],
            "post": _note_action("submit", "Submit for review; 422 lists open PHI findings (the author)",
                                 "Transition"),
        },
        f"{API}/notes/{{note_id}}/withdraw": {
            "parameters": [NOTE_ID],
            "post": _note_action("withdraw", "Take a submitted note back to draft before review (the author)",
                                 "Transition"),
        },
        f"{API}/notes/{{note_id}}/request-changes": {
            "parameters": [NOTE_ID],
            "post": _note_action("request_changes", "Send the note back with a summary (assigned supervisor)",
                                 "RequestChanges"),
        },
        f"{API}/notes/{{note_id}}/approve": {
            "parameters": [NOTE_ID],
            "post": _note_action("approve", "Co-sign the submitted revision (assigned supervisor)", "Approve"),
        },
        f"{API}/notes/{{note_id}}/comments": {
            "parameters": [NOTE_ID],
            "get": _op("list_comments", "The note's comments, flat (replies carry `parent_id`)",
                       {"200": _json("CommentList", "Oldest thread first, each followed by its replies.")},
                       (401, 404), tags=("thread",)),
            "post": _op("create_comment", "Comment or reply; possible identifiers come back as `phi_warnings`",
                        {"201": _json("CreatedComment", "The new comment.")}, (*WRITE, 403, 404, 422),
                        body="CommentCreate", tags=("thread",)),
        },
        f"{API}/audit/verify": {"get": _op(
            "audit_verify", "Check the audit chain (directors)",
            {"200": _json("AuditReport", "Whether every link verifies, and how many events.")}, (401, 403),
            tags=("audit",),
        )},
        f"{API}/openapi.json": {"get": _op(
            "openapi", "This document", {"200": {"description": "OpenAPI 3.0 document.",
                                                 "content": {"application/json": {"schema": {"type": "object"}}}}},
            (), public=True, tags=("meta",),
        )},
    }


# --- hours (issue 6; the views are in hours.py) --------------------------------------------------------------

HOURS_GROUPS = ["direct", "indirect", "supervision"]
AAPI = ["Intervention", "Assessment", "Supervision", "Support"]
HOURS_STATUS = ["pending", "verified", "rejected"]
RULE_KINDS = ["total", "weekly_average", "weekly_supervision"]
HOURS_WARNINGS = ["supervision_below_rule", "entries_waiting", "notes_waiting"]


def _hours_schemas() -> dict[str, Any]:
    category = obj({"code": STRING, "name": STRING, "group": {"type": "string", "enum": HOURS_GROUPS},
                    "aapi": {"type": "string", "enum": AAPI, "description": "The APPIC AAPI category."}},
                   ["code", "name", "group", "aapi"])
    entry = obj(
        {
            "id": INTEGER, "trainee_id": INTEGER, "date": {**DATE, "description": "In the program's time zone."},
            "minutes": {"type": "integer", "minimum": 1, "maximum": 24 * 60},
            "category": STRING, "category_name": STRING, "group": {"type": "string", "enum": HOURS_GROUPS},
            "aapi": {"type": "string", "enum": AAPI}, "description": STRING,
            "status": {"type": "string", "enum": HOURS_STATUS},
            "source": {"type": "string", "enum": ["note", "manual"],
                       "description": "`note`: the session of a co-signed note, verified by the co-signature."},
            "note_id": nullable(INTEGER),
            "version": {"type": "integer", "minimum": 1, "description": "Send it back on verify, reject, reopen."},
            "verified_by": nullable(INTEGER), "verified_by_name": nullable(STRING), "verified_at": nullable(DATETIME),
            "rejected_by": nullable(INTEGER), "rejected_at": nullable(DATETIME),
            "rejection_reason": nullable(STRING),
            "created_at": DATETIME, "updated_at": DATETIME,
            "submitted_at": {**DATETIME, "description": "When the entry last started waiting for verification."},
        },
        ["id", "trainee_id", "date", "minutes", "category", "description", "status", "source", "note_id", "version",
         "verified_by", "verified_at"],
    )
    progress = obj(
        {
            "name": {"type": "string", "description": "`<rule set>: <rule>`."}, "rule_set": STRING,
            "rule_set_code": STRING, "rule": STRING, "kind": {"type": "string", "enum": RULE_KINDS},
            "required_minutes": {"type": "integer", "description": "Weekly rules: required over the weeks with hours."},
            "verified_minutes": {"type": "integer", "description": "Verified minutes that count toward the rule."},
            "percent": {"type": "number", "minimum": 0, "maximum": 100}, "met": {"type": "boolean"},
            "forecast_date": nullable({**DATE, "description": "When a total is reached at the pace of the last "
                                                              "twelve weeks; null when met or without a pace."}),
            "group": nullable(STRING), "weekly_minutes": nullable(INTEGER),
            "weeks_active": INTEGER, "weeks_met": INTEGER,
        },
        ["name", "required_minutes", "verified_minutes", "percent", "forecast_date"],
    )
    warning = obj({"code": {"type": "string", "enum": HOURS_WARNINGS}, "message": STRING, "rule": STRING},
                  ["code", "message"])
    by_category = obj({**category["properties"], "verified_minutes": INTEGER, "pending_minutes": INTEGER},
                      ["code", "name", "group", "verified_minutes", "pending_minutes"])
    week = obj({"start": {**DATE, "description": "The week's Monday."}, "direct": INTEGER, "indirect": INTEGER,
                "supervision": INTEGER, "pending": INTEGER}, ["start", "direct", "indirect", "supervision", "pending"])
    return {
        "HoursCategory": category,
        "HoursCategoryList": obj({"items": {"type": "array", "items": ref("HoursCategory")}}, ["items"]),
        "HoursEntry": entry,
        "HoursEntryCreated": {"allOf": [ref("HoursEntry"), obj(
            {"phi_warnings": {"type": "array", "items": ref("PhiWarning"),
                              "description": "Possible identifiers in `description` (a warning, not a refusal)."}},
            ["phi_warnings"])]},
        "HoursEntryList": obj({"items": {"type": "array", "items": ref("HoursEntry")}, "page": INTEGER,
                               "per_page": INTEGER, "total": INTEGER, "pages": INTEGER},
                              ["items", "page", "per_page", "total"]),
        "HoursBulkResult": obj({"verified": {"type": "array", "items": INTEGER},
                                "skipped": {"type": "array", "items": INTEGER,
                                            "description": "Entries that were no longer waiting."}},
                               ["verified", "skipped"]),
        "HoursProgress": progress,
        "HoursWarning": warning,
        "HoursSummary": obj({"trainee_id": INTEGER, "verified_minutes": INTEGER, "pending_minutes": INTEGER,
                             "by_category": {"type": "array", "items": by_category},
                             "requirements": {"type": "array", "items": ref("HoursProgress")},
                             "warnings": {"type": "array", "items": ref("HoursWarning")},
                             "weeks": {"type": "array", "items": week}, "today": DATE, "as_of": DATETIME},
                            ["verified_minutes", "pending_minutes", "by_category", "requirements", "warnings"]),
        "HoursCohort": obj(
            {"rule_sets": {"type": "array", "items": obj({"code": STRING, "name": STRING}, ["code", "name"])},
             "items": {"type": "array", "items": obj(
                 {"trainee_id": INTEGER, "name": STRING, "verified_minutes": INTEGER, "pending_minutes": INTEGER,
                  "requirements": {"type": "array", "items": ref("HoursProgress")},
                  "warnings": {"type": "array", "items": ref("HoursWarning")}},
                 ["trainee_id", "name", "verified_minutes", "pending_minutes", "requirements", "warnings"])},
             "as_of": DATETIME},
            ["rule_sets", "items"]),
    }


def _hours_request_bodies() -> dict[str, Any]:
    def json_body(schema: dict[str, Any], required: bool = True) -> dict[str, Any]:
        return {"required": required, "content": {"application/json": {"schema": schema}}}

    reason = {**TEXT, "minLength": 3, "maxLength": 1000, "description": "The trainee reads it."}
    return {
        "HoursCreate": json_body(obj(
            {"date": {**DATE, "description": "The day of the activity in the program's time zone; not in the future."},
             "minutes": {"type": "integer", "minimum": 1, "maximum": 24 * 60,
                         "description": "A day holds at most 24 hours of entries."},
             "category": {"type": "string", "description": "A code from `GET /api/v1/hours/categories`."},
             "description": {**TEXT, "maxLength": 500, "description": "What was done; no identifiers."}},
            ["date", "minutes", "category"],
        )),
        "HoursVerify": json_body(obj({"version": VERSION}), required=False),
        "HoursReason": json_body(obj({"reason": reason, "version": VERSION}, ["reason"])),
        "HoursBulkVerify": json_body(obj({"ids": {"type": "array", "items": ID, "minItems": 1, "maxItems": 500}},
                                         ["ids"])),
    }


def _hours_paths() -> dict[str, Any]:
    def query(name, schema, description):
        return {"name": name, "in": "query", "required": False, "schema": schema, "description": description}

    entry_id = {"name": "entry_id", "in": "path", "required": True, "schema": ID}
    trainee = query("trainee_id", ID, "Only this trainee's entries (one the caller may see; 404 otherwise).")
    status = query("status", {"type": "string", "enum": HOURS_STATUS}, "Only entries in this state.")
    tags = ("hours",)
    decision = (*WRITE, 403, 404, 409, 422)
    return {
        f"{API}/hours": {
            "get": _op("list_hours", "The hours entries the caller may see, latest first",
                       {"200": _json("HoursEntryList", "A page of entries.")}, (401, 404, 422),
                       parameters=[trainee, status, query("page", ID, "Page number, from 1."),
                                   query("per_page", {"type": "integer", "minimum": 1, "maximum": 100},
                                         "Items per page.")], tags=tags),
            "post": _op("create_hours", "Log an activity of one's own, waiting for verification (trainees)",
                        {"201": {**_json("HoursEntryCreated", "The new entry (pending)."),
                                 "headers": {"Location": {"schema": STRING, "description": "The entry's URL."}}}},
                        (*WRITE, 403, 422), body="HoursCreate", tags=tags),
        },
        f"{API}/hours/categories": {"get": _op(
            "hours_categories", "The program's hours categories in use, with their APPIC AAPI category",
            {"200": _json("HoursCategoryList", "Categories in display order.")}, (401,), tags=tags)},
        f"{API}/hours/verify": {"post": _op(
            "verify_hours_bulk", "Verify several waiting entries at once (an assigned supervisor)",
            {"200": _json("HoursBulkResult", "Which entries were verified, which skipped.")}, decision,
            body="HoursBulkVerify", tags=tags)},
        f"{API}/hours/summary": {"get": _op(
            "hours_summary", "A trainee's hours: totals, progress toward each requirement with a forecast, warnings",
            {"200": _json("HoursSummary", "Verified minutes count toward requirements; pending ones do not.")},
            (401, 404, 422),
            parameters=[query("trainee_id", ID, "Required for supervisors and directors; a trainee may omit it "
                                                "(or name themself).")],
            tags=tags,
        )},
        f"{API}/hours.csv": {"get": _op(
            "hours_csv", "The entries the caller may see, as CSV (cells safe against formula injection)",
            {"200": {"description": "CSV, one entry a row, oldest first.",
                     "content": {"text/csv": {"schema": {"type": "string"}}}}},
            (401, 404, 422), parameters=[trainee, status], tags=tags)},
        f"{API}/hours/cohort": {"get": _op(
            "hours_cohort", "Every trainee's progress and warnings (directors)",
            {"200": _json("HoursCohort", "One item per active trainee, by name.")}, (401, 403), tags=tags)},
        # Templated paths last: a checker that matches paths in order must not take /hours/summary for one.
        f"{API}/hours/{{entry_id}}": {
            "parameters": [entry_id],
            "get": _op("get_hours", "An hours entry", {"200": _json("HoursEntry", "The entry.")}, (401, 404),
                       tags=tags),
        },
        f"{API}/hours/{{entry_id}}/verify": {
            "parameters": [entry_id],
            "post": _op("verify_hours", "Verify a waiting entry (an assigned supervisor)",
                        {"200": _json("HoursEntry", "The entry, verified.")}, decision, body="HoursVerify", tags=tags),
        },
        f"{API}/hours/{{entry_id}}/reject": {
            "parameters": [entry_id],
            "post": _op("reject_hours", "Do not verify a waiting entry, with a reason (an assigned supervisor)",
                        {"200": _json("HoursEntry", "The entry, rejected.")}, decision, body="HoursReason", tags=tags),
        },
        f"{API}/hours/{{entry_id}}/reopen": {
            "parameters": [entry_id],
            "post": _op("reopen_hours", "Send a verified or rejected entry back to waiting, with a reason "
                                        "(an assigned supervisor; not for co-signed notes)",
                        {"200": _json("HoursEntry", "The entry, waiting again.")}, decision, body="HoursReason",
                        tags=tags),
        },
    }


def build_document() -> dict[str, Any]:
    """The whole document, with the running configuration's client-code pattern and attestation wording."""
    from . import openapi_feedback as feedback

    config = current_app.config
    return {
        "openapi": "3.0.3",
        "info": {
            "title": "supervision API",
            "version": "1",
            "description": (
                "De-identified session notes, their PHI guard, review and co-signature, threads, hours and the "
                "audit chain. Sign in with `POST /api/v1/tokens`, then send `Authorization: Bearer <token>`. "
                "Errors are always `{\"error\": {\"code\", \"message\", \"fields\"?}}`. A note outside the "
                "caller's scope is 404; an action the caller may not take on a note they can see is 403. "
                "Web sessions may call the API too; their writes need the `X-CSRFToken` header."
            ),
        },
        "servers": [{"url": "/"}],
        "security": [{"bearerAuth": []}, {"cookieSession": []}],
        "tags": [{"name": name} for name in ("auth", "notes", "thread", "reflection", "hours", "audit", "meta")],
        "paths": {**_paths(), **_hours_paths(), **feedback.paths()},
        "components": {
            "securitySchemes": {
                "bearerAuth": {"type": "http", "scheme": "bearer",
                               "description": "A token from `POST /api/v1/tokens`."},
                "cookieSession": {"type": "apiKey", "in": "cookie", "name": config["SESSION_COOKIE_NAME"],
                                  "description": "The web session; writes also need the `X-CSRFToken` header."},
            },
            "schemas": {**_schemas(), **_hours_schemas(), **feedback.schemas()},
            "requestBodies": {**_request_bodies(config["CLIENT_CODE_PATTERN"], config["ATTESTATION"]),
                              **_hours_request_bodies(), **feedback.request_bodies()},
            "responses": {
                f"E{status}": _json("Error", description) for status, description in ERROR_DESCRIPTIONS.items()
            },
        },
    }
