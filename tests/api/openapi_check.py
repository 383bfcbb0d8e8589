"""A small checker for the subset of OpenAPI 3.0 schemas our document uses ($ref, type, nullable, enum,
required, properties, additionalProperties, items, allOf, anyOf, pattern, formats date and date-time, and
bounds). It lets every API test hold each answer to the document, without a schema library."""
from __future__ import annotations

import re
from datetime import date, datetime
from typing import Any

TYPES = {
    "object": lambda x: isinstance(x, dict),
    "array": lambda x: isinstance(x, list),
    "string": lambda x: isinstance(x, str),
    "integer": lambda x: isinstance(x, int) and not isinstance(x, bool),
    "number": lambda x: isinstance(x, (int, float)) and not isinstance(x, bool),
    "boolean": lambda x: isinstance(x, bool),
}


def resolve(schema: dict, doc: dict) -> dict:
    while "$ref" in schema:
        node: Any = doc
        for part in schema["$ref"].removeprefix("#/").split("/"):
            node = node[part]
        schema = node
    return schema


def validate(instance: Any, schema: dict, doc: dict, where: str = "$") -> list[str]:
    """Every way `instance` breaks `schema`, as readable strings (empty when it conforms)."""
    errors: list[str] = []
    _check(instance, schema, doc, where, errors)
    return errors


def _check(x: Any, schema: dict, doc: dict, where: str, errors: list[str]) -> None:
    schema = resolve(schema, doc)
    for part in schema.get("allOf", []):
        _check(x, part, doc, where, errors)
    if "anyOf" in schema and not any(not validate(x, part, doc, where) for part in schema["anyOf"]):
        errors.append(f"{where}: matches none of anyOf")
    if x is None:
        if schema.get("type") and not schema.get("nullable"):
            errors.append(f"{where}: null is not allowed")
        return
    kind = schema.get("type")
    if kind and not TYPES[kind](x):
        errors.append(f"{where}: expected {kind}, got {type(x).__name__} {x!r:.60}")
        return
    if "enum" in schema and x not in schema["enum"]:
        errors.append(f"{where}: {x!r:.60} not in {schema['enum']}")
    if isinstance(x, dict):
        for name in schema.get("required", []):
            if name not in x:
                errors.append(f"{where}: missing {name!r}")
        props = schema.get("properties", {})
        extra = schema.get("additionalProperties", True)
        for name, value in x.items():
            if name in props:
                _check(value, props[name], doc, f"{where}.{name}", errors)
            elif extra is False:
                errors.append(f"{where}: unexpected {name!r}")
            elif isinstance(extra, dict):
                _check(value, extra, doc, f"{where}.{name}", errors)
    elif isinstance(x, list):
        if len(x) < schema.get("minItems", 0):
            errors.append(f"{where}: fewer than {schema['minItems']} items")
        if "items" in schema:
            for i, item in enumerate(x):
                _check(item, schema["items"], doc, f"{where}[{i}]", errors)
    elif isinstance(x, str):
        if "pattern" in schema and not re.search(schema["pattern"], x):
            errors.append(f"{where}: {x!r:.60} does not match {schema['pattern']}")
        if len(x) < schema.get("minLength", 0) or len(x) > schema.get("maxLength", len(x)):
            errors.append(f"{where}: length {len(x)} out of bounds")
        fmt = schema.get("format")
        try:
            if fmt == "date-time" and datetime.fromisoformat(x).tzinfo is None:
                errors.append(f"{where}: date-time without an offset: {x}")
            if fmt == "date":
                date.fromisoformat(x)
        except ValueError:
            errors.append(f"{where}: not a {fmt}: {x!r}")
    elif isinstance(x, (int, float)) and not isinstance(x, bool):
        if "minimum" in schema and x < schema["minimum"]:
            errors.append(f"{where}: {x} < minimum {schema['minimum']}")
        if "maximum" in schema and x > schema["maximum"]:
            errors.append(f"{where}: {x} > maximum {schema['maximum']}")


def path_pattern(template: str) -> re.Pattern:
    return re.compile("^" + re.sub(r"\\\{[^}]+\\\}", "[^/]+", re.escape(template)) + "$")


def find_operation(doc: dict, path: str, method: str) -> tuple[str, dict] | None:
    for template, item in doc["paths"].items():
        if path_pattern(template).match(path) and method.lower() in item:
            return template, item[method.lower()]
    return None


def response_problems(doc: dict, path: str, method: str, status: int, content_type: str | None,
                      body: Any) -> list[str]:
    """Whether an answer is one the document promises for this operation."""
    found = find_operation(doc, path, method)
    if found is None:
        return [f"{method} {path} is not in the document"]
    template, op = found
    spec = op["responses"].get(str(status))
    if spec is None:
        return [f"{method} {template} answered {status}, which is not documented ({sorted(op['responses'])})"]
    spec = resolve(spec, doc)
    content = spec.get("content")
    if not content:
        return [] if body in (None, b"", "") else [f"{method} {template} {status}: undocumented body"]
    if not (content_type or "").startswith("application/json"):
        return [f"{method} {template} {status}: content type {content_type}, documented application/json"]
    schema = content["application/json"]["schema"]
    return [f"{method} {template} {status}: {e}" for e in validate(body, schema, doc)]
