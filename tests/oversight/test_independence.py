"""The oversight pages sit on top: no other app imports them (only the URL configuration
includes their URL modules)."""
import ast
from pathlib import Path

from django.conf import settings

APPS = ("accounts", "audit", "reviews", "screening")


def test_no_other_app_imports_oversight():
    for app in APPS:
        for path in (Path(settings.BASE_DIR) / app).rglob("*.py"):
            for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
                if isinstance(node, ast.Import):
                    names = [alias.name for alias in node.names]
                elif isinstance(node, ast.ImportFrom):
                    names = [node.module or ""]
                else:
                    continue
                assert not any(name.split(".")[0] == "oversight" for name in names), f"{path} imports oversight"
