"""API fuzzing (issue 7 item 4): Schemathesis generates requests from /api/v1/openapi.json and sends them to the
WSGI app in-process, as a trainee, a supervisor and a director (bearer tokens). Every answer must be no 5xx,
have a documented status code and content type, and match the documented schema.

Left out: `DELETE /api/v1/tokens/current` (it would revoke the fuzzer's own token), and the
`positive_data_acceptance` check (schema-valid requests are refused for reasons of data and role: a trainee
may not approve, a note id may not exist).

Bounded and repeatable: MAX_EXAMPLES per operation and role, derandomized. The figure of cases run is printed.
"""
from __future__ import annotations

import pytest
import schemathesis
from hypothesis import HealthCheck, Phase, given, settings
from schemathesis.checks import (
    content_type_conformance, not_a_server_error, response_schema_conformance, status_code_conformance,
)

from supervision.auth.services import issue_token
from supervision.extensions import db
from tests import factories

MAX_EXAMPLES = 12
CHECKS = [not_a_server_error, status_code_conformance, content_type_conformance, response_schema_conformance]
EXCLUDED = {("DELETE", "/api/v1/tokens/current")}
CASES_RUN: dict[str, int] = {}


@pytest.fixture
def fuzz_world(world):
    """The shared world plus notes, comments and hours, so that generated ids sometimes hit real rows."""
    from supervision.hours import services as hours
    from supervision.threads import services as threads

    note = factories.submitted_note(world.trainee)
    threads.add_comment(note, world.supervisor, body="Comment")
    threads.add_annotation(note, world.supervisor, exact="better sleep", body="Measured how?")
    factories.note(world.trainee)
    hours.log_hours(world.trainee, date=hours.program_today(world.program), minutes=30, category="consultation")
    db.session.commit()
    return world


def _operations(schema):
    for result in schema.get_all_operations():
        operation = result.ok()
        if (operation.method.upper(), operation.full_path) in EXCLUDED or \
                (operation.method.upper(), "/api/v1" + operation.path) in EXCLUDED:
            continue
        yield operation


@pytest.mark.parametrize("role", ["trainee", "supervisor", "director"])
def test_fuzz_api(role, app, fuzz_world):
    user = getattr(fuzz_world, role)
    _, raw = issue_token(user, name="fuzzer")
    db.session.commit()
    headers = {"Authorization": f"Bearer {raw}"}
    schema = schemathesis.openapi.from_wsgi("/api/v1/openapi.json", app)
    count = 0
    operations = list(_operations(schema))
    assert len(operations) >= 30, [f"{o.method} {o.path}" for o in operations]
    failures = []
    for operation in operations:
        @settings(max_examples=MAX_EXAMPLES, derandomize=True, deadline=None, database=None,
                  phases=[Phase.explicit, Phase.generate], suppress_health_check=list(HealthCheck))
        @given(case=operation.as_strategy())
        def run(case):
            nonlocal count
            count += 1
            response = case.call(headers=headers)
            case.validate_response(response, checks=CHECKS)

        try:
            run()
        except Exception as exc:  # collect, so one run names every failing operation
            failures.append(f"{operation.method.upper()} {operation.path}: {str(exc)[:1500]}")
    CASES_RUN[role] = count
    print(f"\nfuzz {role}: {count} cases over {len(operations)} operations")
    assert not failures, "\n\n".join(failures)
