"""The audit log depends on no app above it: it names its subjects generically, and the pages
that show it live in oversight."""
import ast
from pathlib import Path

from django.conf import settings

FORBIDDEN = {"accounts", "oversight", "reviews", "screening"}


def test_audit_imports_nothing_of_the_other_apps():
    for path in (Path(settings.BASE_DIR) / "audit").rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Import):
                names = [alias.name for alias in node.names]
            elif isinstance(node, ast.ImportFrom):
                names = [node.module or ""]
            else:
                continue
            for name in names:
                assert name.split(".")[0] not in FORBIDDEN, f"{path.name} imports {name}"
