"""OpenAPI parts for annotations (issue 4), the reflection log, peer groups and sharing (issue 5).
Merged into the document by `openapi.build_document`."""
from __future__ import annotations

from typing import Any

from .openapi import (API, DATETIME, ID, INTEGER, STRING, TEXT, VERSION, WRITE, _json, _op, nullable, obj, ref)

NOTE_ID = {"name": "note_id", "in": "path", "required": True, "schema": ID}
ANNOTATION_ID = {"name": "annotation_id", "in": "path", "required": True, "schema": ID}
ENTRY_ID = {"name": "entry_id", "in": "path", "required": True, "schema": ID}
GROUP_ID = {"name": "peer_group_id", "in": "path", "required": True, "schema": ID}
SOURCES = ["free", "comment", "annotation", "reply"]


def schemas() -> dict[str, Any]:
    offset = {"type": "integer", "minimum": 0}
    annotation = obj(
        {
            "id": INTEGER, "body": STRING, "body_html": STRING,
            "exact": {**STRING, "description": "The quoted text, as in the revision it was made on."},
            "prefix": STRING, "suffix": STRING,
            "start": nullable({**offset, "description": "Code-point offset into the note's current `body`; "
                                                        "null when outdated."}),
            "end": nullable(offset),
            "outdated": {"type": "boolean", "description": "The quoted text is no longer in the current body."},
            "resolved": {"type": "boolean"},
            "revision": {"type": "integer", "minimum": 1, "description": "The revision it was made on."},
            "anchored_revision": nullable(INTEGER),
            "confidence": nullable({"type": "number", "minimum": 0, "maximum": 1}),
            "suggestion": nullable(STRING),
            "suggestion_status": nullable({"type": "string", "enum": ["pending", "accepted", "declined", None]}),
            "author": ref("Author"),
            "created_at": DATETIME,
            "replies": {"type": "array", "items": ref("Comment")},
        },
        ["id", "body", "start", "end", "outdated", "resolved", "revision"],
    )
    created = {**annotation, "properties": {**annotation["properties"],
                                            "phi_warnings": {"type": "array", "items": ref("PhiWarning")}}}
    feedback = nullable(obj({
        "kind": {"type": "string", "enum": SOURCES}, "note_id": nullable(INTEGER), "comment_id": nullable(INTEGER),
        "annotation_id": nullable(INTEGER), "quote": nullable(STRING), "author": nullable(ref("Author")),
    }, ["kind", "note_id"]))
    entry = obj(
        {
            "id": INTEGER, "trainee_id": INTEGER, "body": STRING, "body_html": STRING,
            "competencies": {"type": "array", "items": STRING}, "shared": {"type": "boolean"},
            "source": {"type": "string", "enum": SOURCES}, "note_id": nullable(INTEGER),
            "comment_id": nullable(INTEGER), "annotation_id": nullable(INTEGER), "feedback": feedback,
            "version": INTEGER, "created_at": DATETIME, "updated_at": DATETIME,
            "answers": {"type": "array", "items": obj({"id": INTEGER, "body": STRING, "author": ref("Author"),
                                                       "created_at": DATETIME}, ["id", "body", "author", "created_at"])},
        },
        ["id", "body", "competencies", "shared", "source", "feedback", "created_at"],
    )
    return {
        "Author": obj({"id": INTEGER, "name": STRING, "role": STRING}, ["id", "name", "role"]),
        "Annotation": annotation,
        "CreatedAnnotation": created,
        "AnnotationList": obj({"items": {"type": "array", "items": ref("Annotation")}}, ["items"]),
        "Reflection": entry,
        "CreatedReflection": {**entry, "properties": {**entry["properties"],
                                                      "phi_warnings": {"type": "array", "items": ref("PhiWarning")}}},
        "ReflectionList": obj({"items": {"type": "array", "items": ref("Reflection")}, "page": INTEGER,
                               "per_page": INTEGER, "total": INTEGER}, ["items"]),
        "PeerGroup": obj({"id": INTEGER, "name": STRING, "members": {"type": "array", "items": INTEGER}},
                         ["id", "name", "members"]),
        "PeerGroupList": obj({"items": {"type": "array", "items": ref("PeerGroup")}}, ["items"]),
        "Shares": obj({"note_id": INTEGER, "shares": {"type": "array", "items": obj(
            {"peer_group_id": INTEGER, "name": STRING, "shared_at": DATETIME}, ["peer_group_id", "name"])}},
            ["note_id", "shares"]),
    }


def request_bodies() -> dict[str, Any]:
    def json_body(schema: dict[str, Any]) -> dict[str, Any]:
        return {"required": True, "content": {"application/json": {"schema": schema}}}

    text = {**TEXT, "maxLength": 20_000}
    return {
        "AnnotationCreate": json_body(obj({
            "exact": {**TEXT, "minLength": 1, "maxLength": 5_000, "description": "The passage, exactly."},
            "prefix": {**TEXT, "maxLength": 64}, "suffix": {**TEXT, "maxLength": 64},
            "start": {"type": "integer", "minimum": 0, "maximum": 100_000,
                      "description": "Code-point offset into the latest revision (a hint)."},
            "end": {"type": "integer", "minimum": 0, "maximum": 100_000},
            "body": {**text, "minLength": 1}, "suggestion": nullable({**TEXT, "maxLength": 5_000}),
        }, ["exact", "body"])),
        "AnnotationPatch": json_body(obj({
            "resolved": {"type": "boolean"},
            "suggestion": {"type": "string", "enum": ["accepted", "declined"],
                           "description": "The note's trainee answers a suggested edit."},
            "version": VERSION,
        })),
        "ReflectionCreate": json_body(obj({
            "body": {**text, "minLength": 1}, "competencies": {"type": "array", "items": STRING},
            "shared": {"type": "boolean"}, "comment_id": nullable(ID), "annotation_id": nullable(ID),
            "note_id": nullable(ID),
        }, ["body"])),
        "ShareCreate": json_body(obj({"peer_group_id": ID}, ["peer_group_id"])),
    }


def paths() -> dict[str, Any]:
    def query(name, schema, description):
        return {"name": name, "in": "query", "required": False, "schema": schema, "description": description}

    return {
        f"{API}/notes/{{note_id}}/annotations": {
            "parameters": [NOTE_ID],
            "get": _op("list_annotations", "Annotations of a note, placed in its current body",
                       {"200": _json("AnnotationList", "Outdated ones have null offsets.")}, (401, 404),
                       tags=("thread",)),
            "post": _op("create_annotation", "Annotate a passage of the latest revision (assigned supervisor or peer)",
                        {"201": _json("CreatedAnnotation", "The annotation.")}, (*WRITE, 403, 404, 409, 422),
                        body="AnnotationCreate", tags=("thread",)),
        },
        f"{API}/annotations/{{annotation_id}}": {
            "parameters": [ANNOTATION_ID],
            "get": _op("get_annotation", "An annotation", {"200": _json("Annotation", "The annotation.")},
                       (401, 404), tags=("thread",)),
            "patch": _op("update_annotation", "Resolve or reopen; or accept/decline its suggested edit",
                         {"200": _json("Annotation", "The annotation.")}, (*WRITE, 403, 404, 409, 422),
                         body="AnnotationPatch", tags=("thread",)),
        },
        f"{API}/reflections": {
            "get": _op("list_reflections", "Reflection entries: a trainee's own; a supervisor's trainees' shared ones",
                       {"200": _json("ReflectionList", "Newest first.")}, (401, 422),
                       parameters=[query("competency", STRING, "A competency code."),
                                   query("note_id", ID, "Entries about this note."),
                                   query("source", {"type": "string", "enum": SOURCES}, "How the entry was made."),
                                   query("from", {"type": "string", "format": "date"}, "Made on or after."),
                                   query("to", {"type": "string", "format": "date"}, "Made on or before."),
                                   query("q", STRING, "Words in the entry or the feedback it quotes."),
                                   query("trainee_id", ID, "A supervisor's filter."),
                                   query("page", ID, "From 1."),
                                   query("per_page", {"type": "integer", "minimum": 1, "maximum": 100}, "Items per page.")],
                       tags=("reflection",)),
            "post": _op("create_reflection", "Write an entry, optionally about a comment or annotation on one's own note",
                        {"201": _json("CreatedReflection", "The entry.")}, (*WRITE, 403, 422),
                        body="ReflectionCreate", tags=("reflection",)),
        },
        f"{API}/reflections/{{entry_id}}": {
            "parameters": [ENTRY_ID],
            "get": _op("get_reflection", "One entry", {"200": _json("Reflection", "The entry.")}, (401, 404),
                       tags=("reflection",)),
        },
        f"{API}/peer-groups": {"get": _op("list_peer_groups", "The caller's peer groups",
                                          {"200": _json("PeerGroupList", "Groups by name.")}, (401,),
                                          tags=("reflection",))},
        f"{API}/notes/{{note_id}}/share": {
            "parameters": [NOTE_ID],
            "get": _op("list_shares", "The peer groups a note is shared with (its trainee)",
                       {"200": _json("Shares", "Active shares.")}, (401, 403, 404), tags=("notes",)),
            "post": _op("share_note", "Share a note with one of the trainee's peer groups",
                        {"201": _json("Shares", "Active shares.")}, (*WRITE, 403, 404, 422), body="ShareCreate",
                        tags=("notes",)),
        },
        f"{API}/notes/{{note_id}}/share/{{peer_group_id}}": {
            "parameters": [NOTE_ID, GROUP_ID],
            "delete": _op("unshare_note", "Stop sharing a note with a peer group",
                          {"204": {"description": "No longer shared."}}, (400, 401, 403, 404), tags=("notes",)),
        },
    }
