"""The OpenAPI document describes all of the API: every rule under /api/v1, every method, every reference.
(Every answer in the other API tests is also checked against it, in conftest.ApiClient.)"""
from __future__ import annotations

import json
import re

import pytest

from supervision.api.routes import PUBLIC_ENDPOINTS

IGNORED_METHODS = {"HEAD", "OPTIONS"}


def flask_rule_to_path(rule: str) -> str:
    return re.sub(r"<(?:[^:>]+:)?([^>]+)>", r"{\1}", rule)


def api_rules(app):
    return [rule for rule in app.url_map.iter_rules() if rule.rule.startswith("/api/v1")]


def test_the_document_is_public_json(anon):
    response = anon.get("/openapi.json")
    assert response.status_code == 200 and response.is_json
    document = response.get_json()
    assert document["openapi"].startswith("3.")
    assert document["components"]["securitySchemes"]["bearerAuth"] == {
        **document["components"]["securitySchemes"]["bearerAuth"], "type": "http", "scheme": "bearer"}


def test_every_api_rule_and_method_is_documented(app, openapi_doc):
    missing = []
    for rule in api_rules(app):
        item = openapi_doc["paths"].get(flask_rule_to_path(rule.rule))
        for method in sorted(rule.methods - IGNORED_METHODS):
            if item is None or method.lower() not in item:
                missing.append(f"{method} {rule.rule}")
    assert not missing, missing


def test_every_documented_operation_exists(app, openapi_doc):
    routed = {(flask_rule_to_path(rule.rule), method.lower())
              for rule in api_rules(app) for method in rule.methods - IGNORED_METHODS}
    documented = {(path, method) for path, item in openapi_doc["paths"].items()
                  for method in item if method != "parameters"}
    assert documented == routed


def test_operations_name_their_endpoints_and_declare_security(app, openapi_doc):
    endpoints = {}
    for rule in api_rules(app):
        for method in rule.methods - IGNORED_METHODS:
            endpoints[(flask_rule_to_path(rule.rule), method.lower())] = rule.endpoint
    for (path, method), endpoint in endpoints.items():
        op = openapi_doc["paths"][path][method]
        assert f"api.{op['operationId']}" == endpoint
        public = endpoint in PUBLIC_ENDPOINTS
        assert (op.get("security") == []) is public, endpoint
        if not public:
            assert "401" in op["responses"], endpoint
        if method in ("post", "patch", "put", "delete") and not public:
            assert "400" in op["responses"], f"{endpoint}: a cookie-session write without CSRF token is 400"
        for status in op["responses"]:
            assert status in {"200", "201", "204", "400", "401", "403", "404", "409", "422", "429"}, (endpoint, status)


def test_path_parameters_are_declared(openapi_doc):
    for path, item in openapi_doc["paths"].items():
        names = set(re.findall(r"{([^}]+)}", path))
        for method, op in item.items():
            if method == "parameters":
                continue
            declared = {p["name"] for p in item.get("parameters", []) + op.get("parameters", []) if p["in"] == "path"}
            assert declared == names, (path, method)


def test_every_reference_resolves(openapi_doc):
    text = json.dumps(openapi_doc)
    for ref in set(re.findall(r'"\$ref": "#/([^"]+)"', text)):
        node = openapi_doc
        for part in ref.split("/"):
            assert part in node, ref
            node = node[part]


@pytest.mark.parametrize("schema", ["Note", "NoteSummary"])
def test_the_note_schema_keeps_the_contract_fields(openapi_doc, schema):
    note = openapi_doc["components"]["schemas"][schema]
    contract = {"id", "status", "version", "body", "client_code", "session_date", "duration_minutes",
                "session_type", "revisions", "approval"}
    assert contract <= set(note["required"])
    assert set(note["properties"]["status"]["enum"]) == {"draft", "submitted", "changes_requested", "approved"}
    if schema == "Note":
        assert {"phi", "phi_dismissed"} <= set(note["required"])
