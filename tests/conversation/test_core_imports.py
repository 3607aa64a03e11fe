"""The conversation core stands on its own: it never imports Rasa, Sanic, Telegram or an adapter."""
from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

from bot.settings import REPO_ROOT

CORE = REPO_ROOT / "bot" / "conversation"
#: Platforms, and the adapters that stand on the core (never the other way round).
FORBIDDEN = ("rasa", "rasa_sdk", "sanic", "telegram", "bot.actions", "bot.web", "bot.nlu", "bot.cli",
             "bot.services", "bot.channels", "channels")


def _imports(path: Path) -> list[str]:
    names: list[str] = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"), filename=str(path))):
        if isinstance(node, ast.Import):
            names += [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.append(node.module)
            names += [f"{node.module}.{alias.name}" for alias in node.names]
    return names


def _forbidden(name: str) -> bool:
    return any(name == f or name.startswith(f + ".") for f in FORBIDDEN)


def test_the_core_imports_no_platform_and_no_adapter() -> None:
    files = sorted(CORE.rglob("*.py"))
    assert len(files) >= 5, files
    bad = [f"{path.relative_to(REPO_ROOT)}: {name}" for path in files for name in _imports(path) if _forbidden(name)]
    assert not bad, "the core imports a platform or an adapter:\n" + "\n".join(bad)


def test_the_check_would_catch_a_forbidden_import(tmp_path: Path) -> None:
    sample = tmp_path / "sample.py"
    sample.write_text("from rasa_sdk import Tracker\nimport bot.actions.base\nfrom bot.storage import repository\n")
    assert [n for n in _imports(sample) if _forbidden(n)] == ["rasa_sdk", "rasa_sdk.Tracker", "bot.actions.base"]


def test_importing_the_core_loads_no_platform_even_indirectly() -> None:
    modules = [f"bot.conversation.{p.stem}" for p in sorted(CORE.glob("*.py")) if p.stem != "__init__"]
    code = (
        "import importlib, sys\n"
        f"for m in {modules!r}: importlib.import_module(m)\n"
        "print(' '.join(sorted({k.split('.')[0] for k in sys.modules} & {'rasa', 'rasa_sdk', 'sanic', 'telegram'})))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], cwd=REPO_ROOT, capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "", out.stdout


def _actions_graph(actions: Path) -> dict[str, set[str]]:
    """Which bot.actions modules each one imports, anywhere in it (function bodies included)."""
    modules = {p.stem for p in actions.glob("*.py") if p.stem != "__init__"}
    return {
        module: {name.split(".")[2] for name in _imports(actions / f"{module}.py")
                 if name.startswith("bot.actions.") and name.split(".")[2] in modules} - {module}
        for module in modules
    }


def _cycle(graph: dict[str, set[str]]) -> list[str] | None:
    """One import cycle in the graph, or None (depth-first search)."""
    state: dict[str, int] = {}  # 1 = on the current path, 2 = done

    def visit(node: str, path: list[str]) -> list[str] | None:
        state[node] = 1
        for nxt in sorted(graph.get(node, ())):
            if state.get(nxt) == 1:
                return [*path, node, nxt]
            if nxt not in state and (found := visit(nxt, [*path, node])):
                return found
        state[node] = 2
        return None

    for start in sorted(graph):
        if start not in state and (found := visit(start, [])):
            return found
    return None


def test_no_import_cycle_among_the_actions() -> None:
    """Actions stand on base.py and the core, never on each other in a circle (hidden imports included)."""
    graph = _actions_graph(REPO_ROOT / "bot" / "actions")
    assert "base" in graph and graph["base"] == set()
    assert _cycle(graph) is None, _cycle(graph)


def test_the_cycle_check_would_catch_a_circle() -> None:
    assert _cycle({"base": {"safeguarding"}, "safeguarding": {"questions"}, "questions": {"base"}}) == [
        "base", "safeguarding", "questions", "base"]
    assert _cycle({"questions": {"base"}, "steering": {"base"}, "base": set()}) is None
