"""The authorization matrix (issue 7 item 1): every route of `app.url_map` × every kind of actor, over pages
and the API (bearer token and cookie session), reads and writes, each write with a valid CSRF token and a
valid body, so that a 400 or 422 cannot hide a missing permission check.

For every case: the status is the one `policy.py` expects (302 to /login or 401 for anonymous callers, 404 out
of scope, 403 visible but not allowed, never a 500); no response carries a sentinel word of a note, comment,
reflection, hours entry or person the actor may not see; a refused request leaves every row of the database
as it was, and an allowed write changes it (then the database is put back, so every case starts from the
same world). Lists and exports return exactly the allowed set.

Size when written (test_matrix_size prints the current figure): 117 endpoints, 136 (endpoint, method, object)
requests, 1,593 cases (requests × 9 actors; API requests twice, with a bearer token and on a cookie session).
"""
from __future__ import annotations

import csv
import io
import json
import re
from dataclasses import dataclass
from urllib.parse import urlsplit

import pytest

from tests.security import policy
from tests.security.conftest import (
    ACTORS, TABLES_ALLOWED_TO_CHANGE_ON_REFUSAL, restore_rows, signed_in_client, table_digests,
)

MODULE_WORLD = True
PLACEHOLDER = re.compile(r"^\{(\w+)\}$")


@dataclass(frozen=True)
class Case:
    endpoint: str
    method: str
    index: int
    req: policy.Req
    actor: str
    channel: str  # page | bearer | cookie

    @property
    def id(self) -> str:
        suffix = f"#{self.index}" if self.index else ""
        return f"{self.endpoint}{suffix}-{self.method}-{self.channel}-{self.actor}"

    @property
    def is_api(self) -> bool:
        return self.req.path.startswith("/api/")

    @property
    def expected(self) -> str:
        if self.actor == "anonymous":
            return self.req.anonymous
        return self.req.expect[self.actor]


def _requests():
    for endpoint in sorted(policy.POLICY):
        for method, reqs in sorted(policy.POLICY[endpoint].items()):
            for index, req in enumerate(reqs if isinstance(reqs, tuple) else (reqs,)):
                yield endpoint, method, index, req


def _cases() -> list[Case]:
    cases = []
    for endpoint, method, index, req in _requests():
        if req.path.startswith("/api/"):
            channels = ("bearer",) if endpoint == "api.revoke_current_token" else ("bearer", "cookie")
        else:
            channels = ("page",)
        for channel in channels:
            for actor in ACTORS:
                cases.append(Case(endpoint, method, index, req, actor, channel))
    return cases


CASES = _cases()


# --- the table covers the application ------------------------------------------------------------------------

def test_every_route_has_a_policy(app):
    """A new route without an entry in policy.POLICY (or a stale entry) fails here, by name."""
    missing, stale = [], []
    routed = set()
    for rule in app.url_map.iter_rules():
        if rule.endpoint in policy.NOT_ROUTES:
            continue
        for method in sorted(rule.methods - {"HEAD", "OPTIONS"}):
            routed.add((rule.endpoint, method))
            if method not in policy.POLICY.get(rule.endpoint, {}):
                missing.append(f"{method} {rule.rule} (endpoint {rule.endpoint})")
    for endpoint, method, _, _ in _requests():
        if (endpoint, method) not in routed:
            stale.append(f"{endpoint} {method}")
    assert not missing, ("routes without an authorization policy; add them to tests/security/policy.py:\n  "
                         + "\n  ".join(sorted(set(missing))))
    assert not stale, "policy entries for routes that do not exist: " + ", ".join(stale)


def test_every_policy_path_reaches_its_endpoint(app, sec_world):
    adapter = app.url_map.bind("localhost")
    wrong = []
    for endpoint, method, _, req in _requests():
        path = urlsplit(sec_world.fill(req.path)).path
        found, _ = adapter.match(path, method=method)
        if found != endpoint:
            wrong.append(f"{method} {path} reaches {found}, not {endpoint}")
    assert not wrong, "\n".join(wrong)


def test_public_list_matches_the_table():
    """PUBLIC is exactly the set of endpoints whose anonymous outcome is not a sign-in."""
    anonymous_ok = {e for e, _, _, r in _requests() if r.anonymous != "login"}
    assert anonymous_ok == set(policy.PUBLIC)


def test_matrix_size():
    endpoints = {c.endpoint for c in CASES}
    requests = {(c.endpoint, c.method, c.index) for c in CASES}
    print(f"\nauthorization matrix: {len(endpoints)} endpoints, {len(requests)} requests, {len(CASES)} cases")
    assert len(CASES) >= 1000, f"{len(endpoints)} endpoints × {len(ACTORS)} actors gave only {len(CASES)} cases"


# --- the matrix ----------------------------------------------------------------------------------------------

def _fill_value(value, world, keep_types: bool):
    if isinstance(value, str):
        match = PLACEHOLDER.match(value)
        if match and keep_types:
            filled = world.fill(value)
            return int(filled) if filled.isdigit() else filled
        return world.fill(value)
    if isinstance(value, list):
        return [_fill_value(v, world, keep_types) for v in value]
    return value


def _body(req: policy.Req, world, json_body: bool) -> dict:
    body = {world.fill(k): _fill_value(v, world, json_body) for k, v in (req.body or {}).items()}
    if req.prefix and not json_body:
        body = {f"{world.fill(req.prefix)}-{k}": v for k, v in body.items()}
    return body


def send(case: Case, world, app, client=None, csrf: str | None = None):
    """Make the case's request as its actor, the way a browser or an API client would."""
    req = case.req
    path = world.fill(req.path)
    method = case.method
    if case.channel == "bearer":
        client = app.test_client()
        headers = {}
        if case.actor != "anonymous":
            headers["Authorization"] = f"Bearer {world.tokens[case.actor]}"
        body = _body(req, world, json_body=True) if req.body is not None else None
        return client.open(path, method=method, json=body, headers=headers)
    client = client or world.clients[case.actor]
    csrf = csrf or world.csrf[case.actor]
    if case.channel == "cookie" or req.json:
        body = _body(req, world, json_body=True) if req.body is not None else None
        headers = {"X-CSRFToken": csrf} if method != "GET" else {}
        return client.open(path, method=method, json=body if method != "GET" else None, headers=headers)
    if method == "GET":
        return client.get(path)
    data = _body(req, world, json_body=False)
    data["csrf_token"] = csrf
    if req.prefix:
        data[f"{world.fill(req.prefix)}-csrf_token"] = csrf
    return client.open(path, method=method, data=data)


def _is_login_redirect(response) -> bool:
    return response.status_code == 302 and urlsplit(response.headers.get("Location", "")).path == "/login"


def check_outcome(case: Case, response) -> None:
    status = response.status_code
    expected = case.expected
    where = f"{case.method} {case.req.path} as {case.actor} ({case.channel})"
    assert status < 500, f"{where}: server error {status}"
    if expected == "login":
        if case.is_api and case.actor == "anonymous":
            assert status == 401, f"{where}: expected 401, got {status}"
        else:
            assert _is_login_redirect(response), f"{where}: expected a redirect to /login, got {status} " \
                                                 f"{response.headers.get('Location')}"
    elif expected == "ok":
        assert 200 <= status < 400 and not _is_login_redirect(response), \
            f"{where}: expected success, got {status} {response.headers.get('Location', '')}\n" \
            f"{response.get_data(as_text=True)[:600]}"
    else:
        assert status == int(expected), f"{where}: expected {expected}, got {status}\n" \
                                        f"{response.get_data(as_text=True)[:400]}"


def check_no_leak(case: Case, response, world) -> None:
    if (response.mimetype or "").startswith("application/pdf"):
        return
    text = response.get_data(as_text=True) + " " + response.headers.get("Location", "")
    leaked = [s.text for s in world.hidden_from(case.actor) if s.text in text]
    assert not leaked, f"{case.method} {case.req.path} as {case.actor} ({case.channel}) shows {leaked}"


def _marked(case: Case):
    gap = policy.KNOWN_GAPS.get(case.id)
    return pytest.param(case, id=case.id, marks=pytest.mark.xfail(reason=gap, strict=True)) if gap else \
        pytest.param(case, id=case.id)


@pytest.mark.parametrize("case", [_marked(c) for c in CASES])
def test_matrix(case: Case, app, sec_world):
    world = sec_world
    client = csrf = None
    before = world.digests
    after = None
    if case.req.own_session:
        email = world.emails.get(case.actor)
        client, csrf = signed_in_client(app, email)
        before = table_digests()
    try:
        response = send(case, world, app, client, csrf)
        check_outcome(case, response)
        check_no_leak(case, response, world)
        after = table_digests()
        changed = sorted(t for t in after if after[t] != before.get(t))
        refused = case.expected in ("403", "404", "422") or (case.expected == "login" and case.actor == "anonymous")
        mutates = case.req.mutates
        if mutates == "auto":
            mutates = True if case.method != "GET" else None
        if refused:
            unexpected = [t for t in changed if t not in TABLES_ALLOWED_TO_CHANGE_ON_REFUSAL]
            assert not unexpected, f"{case.id}: refused with {response.status_code} but changed {unexpected}"
        elif mutates is True:
            assert changed, f"{case.id}: allowed ({response.status_code}) but nothing changed: is the body valid?\n" \
                            f"{response.get_data(as_text=True)[:600]}"
        elif mutates is False:
            assert not changed, f"{case.id}: should change nothing but changed {changed}"
    finally:
        now = after if after is not None else table_digests()
        changed_since_snapshot = {t for t in now if now[t] != world.digests.get(t)}
        if changed_since_snapshot:
            restore_rows(world.snapshot, changed_since_snapshot)


# --- lists and exports: exactly the allowed set ---------------------------------------------------------------

NOTE_SLOTS_OF = {
    # actor -> the notes of the world it may list
    "owner": {"note_shared", "note_draft", "note_phi", "note_changes", "note_approved", "note_private"},
    "peer": {"note_shared", "note_draft", "note_phi", "note_changes", "note_approved"},
    "supervisor": {"note_shared", "note_draft", "note_phi", "note_changes", "note_approved", "note_private"},
    "trainee_other": {"note_t3"},
    "supervisor_other": {"note_t3"},
    "director": set(),
    "other_director": set(),
    "other_trainee": {"note_other"},
}
REFLECTIONS_OF = {
    "owner": {"refl_private", "refl_shared"}, "supervisor": {"refl_shared"}, "peer": set(),
    "trainee_other": {"refl_t3"}, "supervisor_other": {"refl_t3"}, "other_trainee": {"refl_other"},
}
HOURS_OF = {
    "owner": {"entry", "entry_verified", "entry_note"}, "supervisor": {"entry", "entry_verified", "entry_note"},
    "director": {"entry", "entry_verified", "entry_note", "entry_t3"}, "peer": set(),
    "trainee_other": {"entry_t3"}, "supervisor_other": {"entry_t3"}, "other_trainee": {"entry_other"},
    "other_director": {"entry_other"},
}


def _note_ids(world, actor):
    return {world.ids[s] for s in NOTE_SLOTS_OF[actor]}


def _bearer(app, world, actor, path):
    response = app.test_client().get(path, headers={"Authorization": f"Bearer {world.tokens[actor]}"})
    assert response.status_code == 200, (path, actor, response.status_code)
    return response


@pytest.mark.parametrize("actor", [a for a in ACTORS if a != "anonymous"])
def test_note_lists_are_exactly_the_allowed_set(actor, app, sec_world):
    world = sec_world
    listed = {item["id"] for item in _bearer(app, world, actor, "/api/v1/notes?per_page=100").get_json()["items"]}
    assert listed == _note_ids(world, actor)
    if actor in ("director", "other_director"):
        assert world.clients[actor].get("/notes/").status_code == 403
        return
    page = world.clients[actor].get("/notes/").get_data(as_text=True)
    linked = {int(n) for n in re.findall(r'href="/notes/(\d+)(?:/edit)?"', page)}
    assert linked == _note_ids(world, actor)


def _reflection_ids(world, actor):
    from supervision.extensions import db
    from supervision.reflection.models import Reflection

    ids = {k: v for k, v in world.ids.items()}
    if "refl_t3" not in ids:
        user = world.users["trainee_other"]
        ids["refl_t3"] = db.session.execute(db.select(Reflection.id).where(Reflection.trainee_id == user)).scalar_one()
        world.ids["refl_t3"] = ids["refl_t3"]
    return {ids[s] for s in REFLECTIONS_OF[actor]}


@pytest.mark.parametrize("actor", sorted(REFLECTIONS_OF))
def test_reflection_log_and_export_are_exactly_the_allowed_set(actor, app, sec_world):
    world = sec_world
    expected = _reflection_ids(world, actor)
    page = world.clients[actor].get("/reflections/").get_data(as_text=True)
    assert {int(n) for n in re.findall(r'href="/reflections/(\d+)"', page)} == expected
    export = world.clients[actor].get("/reflections/export.md").get_data(as_text=True)
    for slot, sentinel_name in (("refl_private", "reflprivate"), ("refl_shared", "reflshared"),
                                ("refl_other", "reflotherprogram"), ("refl_t3", "refltraineeother")):
        shown = world.sentinels[sentinel_name].text in export
        assert shown == (world.ids[slot] in expected), (slot, actor)


def _hours_ids(world, actor):
    from supervision.extensions import db
    from supervision.hours.models import HoursEntry

    if "entry_note" not in world.ids:
        world.ids["entry_note"] = db.session.execute(
            db.select(HoursEntry.id).where(HoursEntry.note_id == world.ids["note_approved"])).scalar_one()
    return {world.ids[s] for s in HOURS_OF[actor]}


@pytest.mark.parametrize("actor", sorted(HOURS_OF))
def test_hours_lists_and_csv_are_exactly_the_allowed_set(actor, app, sec_world):
    world = sec_world
    expected = _hours_ids(world, actor)
    listed = {i["id"] for i in _bearer(app, world, actor, "/api/v1/hours?per_page=100").get_json()["items"]}
    assert listed == expected
    rows = list(csv.reader(io.StringIO(_bearer(app, world, actor, "/api/v1/hours.csv").get_data(as_text=True))))
    assert len(rows) - 1 == len(expected), rows[:3]
    descriptions = {"entry": "hoursdesc", "entry_t3": "hourstraineeother", "entry_other": "hoursotherprogram"}
    text = json.dumps(rows)
    for slot, name in descriptions.items():
        assert (world.sentinels[name].text in text) == (world.ids[slot] in expected), (slot, actor)
    if actor in ("owner", "supervisor", "director"):
        from tests.security.conftest import sentinel

        page_csv = world.clients[actor].get(f"/hours/export.csv?trainee={world.users['owner']}").get_data(as_text=True)
        assert sentinel("hoursdesc") in page_csv
        assert len(list(csv.reader(io.StringIO(page_csv)))) - 1 == 3


# --- the leak check is not vacuous: allowed readers do see the sentinels ------------------------------------

SEEN = [
    ("/notes/{note_shared}", ("owner", "peer", "supervisor"), ("noteshared", "supcomment", "annotationbody", "peerreply")),
    ("/notes/{note_private}", ("owner", "supervisor"), ("noteprivate",)),
    ("/reflections/{refl_shared}", ("owner", "supervisor"), ("reflshared", "reflanswer")),
    ("/reflections/{refl_private}", ("owner",), ("reflprivate",)),
    ("/hours/entries/{entry}", ("owner", "supervisor", "director"), ("hoursdesc",)),
    ("/notes/{note_t3}", ("trainee_other", "supervisor_other"), ("notetraineeother",)),
    ("/dashboard", ("other_trainee",), ("othertraineename",)),
]


@pytest.mark.parametrize("path,actors,names", SEEN, ids=[s[0] for s in SEEN])
def test_allowed_readers_see_the_sentinels(path, actors, names, sec_world):
    for actor in actors:
        text = sec_world.clients[actor].get(sec_world.fill(path)).get_data(as_text=True)
        for name in names:
            assert sec_world.sentinels[name].text in text, (path, actor, name)
