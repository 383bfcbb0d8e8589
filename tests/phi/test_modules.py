"""The detector's modules define each module-level name once: a second definition further down silently replaces the
first for every function that reads it at run time (two rules then share one pattern, and one of them is lost)."""
from __future__ import annotations

import ast
from collections import Counter
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[2] / "supervision" / "phi"


@pytest.mark.parametrize("module", sorted(p.name for p in PACKAGE.glob("*.py")))
def test_no_module_level_name_is_defined_twice(module):
    tree = ast.parse((PACKAGE / module).read_text())
    names = Counter()
    for node in tree.body:
        targets = node.targets if isinstance(node, ast.Assign) else [node.target] if isinstance(
            node, ast.AnnAssign) else []
        names.update(t.id for t in targets if isinstance(t, ast.Name))
        if isinstance(node, (ast.FunctionDef, ast.ClassDef)):
            names[node.name] += 1
    assert [name for name, count in names.items() if count > 1] == []
