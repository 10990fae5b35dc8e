"""Every finding the checks can make is worded by a template that names only values it gives."""

from __future__ import annotations

import ast
import string
from pathlib import Path

import agenda_editor
from agenda_editor.core.findings import TEMPLATES

PACKAGE = Path(agenda_editor.__file__).parent
CHECKS = ["core/rules.py", "core/style.py", "export/gate.py"]


def _made() -> list[tuple[str, str, set[str]]]:
    """(where, template key, params given) for each call of ``make`` in the checks."""
    found = []
    for name in CHECKS:
        tree = ast.parse((PACKAGE / name).read_text(encoding="utf-8"))
        for call in ast.walk(tree):
            if not (
                isinstance(call, ast.Call) and getattr(call.func, "id", "") in ("make", "_make")
            ):
                continue
            literal = call.args[1]
            assert isinstance(literal, ast.Constant) and isinstance(literal.value, str), (
                f"{name}:{call.lineno}: code is not a literal"
            )
            code: str = literal.value
            params = {k.arg for k in call.keywords if k.arg and k.arg != "variant"}
            variant = next((k.value for k in call.keywords if k.arg == "variant"), None)
            if variant is None:
                variants = [""]
            else:
                values = [n.value for n in ast.walk(variant) if isinstance(n, ast.Constant)]
                variants = [v for v in values if isinstance(v, str)]
                if not isinstance(variant, ast.Constant | ast.IfExp):  # a name: every variant
                    variants = [k.removeprefix(f"{code}-") for k in TEMPLATES
                                if k.startswith(f"{code}-")]  # fmt: skip
                    assert variants, f"{name}:{call.lineno}: no template for {code}"
            for v in variants:
                key = f"{code}-{v}" if v else code
                found.append((f"{name}:{call.lineno}", key, params))
    return found


def _placeholders(template: str) -> set[str]:
    return {field for _, field, _, _ in string.Formatter().parse(template) if field}


def test_every_finding_has_a_template_naming_its_params() -> None:
    made = _made()
    assert len(made) > 30
    for where, key, params in made:
        assert key in TEMPLATES, f"{where}: no template {key!r}"
        assert _placeholders(TEMPLATES[key]) <= params, f"{where}: {key} names a value not given"


def test_every_template_is_used() -> None:
    assert {key for _, key, _ in _made()} == set(TEMPLATES)
