"""The engine's sources themselves: a module constant is bound once.

A constant bound twice at module level silently applies its last value to every use (a reach
written for one rule had been overridden by another's of the same name)."""

import ast
from pathlib import Path

import pytest

from services.extractor import engine

MODULES = sorted(p for p in Path(engine.__file__).parent.glob("*.py"))


@pytest.mark.parametrize("path", MODULES, ids=lambda p: p.name)
def test_a_module_binds_each_constant_and_function_once(path: Path) -> None:
    seen: dict[str, int] = {}
    twice: list[str] = []
    for node in ast.parse(path.read_text("utf-8")).body:
        names: list[str] = []
        if isinstance(node, ast.Assign):
            names = [t.id for t in node.targets if isinstance(t, ast.Name) and t.id.isupper()]
        elif (
            isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name) and node.target.id.isupper()
        ):
            names = [node.target.id]
        elif isinstance(node, ast.FunctionDef | ast.ClassDef):
            names = [node.name]
        for name in names:
            if name in seen:
                twice.append(f"{name} (lines {seen[name]} and {node.lineno})")
            seen[name] = node.lineno
    assert not twice, f"{path.name} binds twice: {', '.join(twice)}"


def test_a_constant_bound_twice_is_found(tmp_path: Path) -> None:
    src = tmp_path / "m.py"
    src.write_text("REACH = 400\n\ndef f() -> int:\n    return REACH\n\nREACH = 240\n", "utf-8")
    with pytest.raises(AssertionError, match=r"REACH \(lines 1 and 6\)"):
        test_a_module_binds_each_constant_and_function_once(src)
