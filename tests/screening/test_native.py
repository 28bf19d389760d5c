"""The reader's compiled modules (screening/native.py): loaded only when built from the very
sources beside them, and reading every text exactly as the sources do."""
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from screening import evaluation, native, reading
from tests.screening.test_studied_corpora import STILL_WRONG

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
# The corpora the reader has been studied against (not the ones kept unread).
STUDIED = [HERE / name for name in sorted(STILL_WRONG)]


def _manifest(tmp_path, **changes) -> Path:
    built = {"compiled": True, "sources": native.digests(), **changes}
    path = tmp_path / "sources.json"
    path.write_text(json.dumps(built), encoding="utf-8")
    return path


def test_a_build_from_these_sources_is_used(tmp_path, monkeypatch):
    monkeypatch.delenv(native.DISABLE, raising=False)
    assert native.compiled_path(_manifest(tmp_path), tmp_path / "screening") == str(tmp_path / "screening")


def test_a_build_from_other_sources_is_never_used(tmp_path, monkeypatch):
    monkeypatch.delenv(native.DISABLE, raising=False)
    stale = {**native.digests(), "reading": "0" * 64}
    assert native.compiled_path(_manifest(tmp_path, sources=stale), tmp_path) is None
    fewer = {name: digest for name, digest in native.digests().items() if name != "languages"}
    assert native.compiled_path(_manifest(tmp_path, sources=fewer), tmp_path) is None


@pytest.mark.parametrize("content", ["", "not json", "[]", '{"sources": {}}'])
def test_a_failed_or_unreadable_build_is_not_used(tmp_path, monkeypatch, content):
    monkeypatch.delenv(native.DISABLE, raising=False)
    path = tmp_path / "sources.json"
    path.write_text(content, encoding="utf-8")
    assert native.compiled_path(path, tmp_path) is None
    assert native.compiled_path(_manifest(tmp_path, compiled=False), tmp_path) is None
    assert native.compiled_path(tmp_path / "missing.json", tmp_path) is None


def test_the_sources_can_be_asked_for(tmp_path, monkeypatch):
    monkeypatch.setenv(native.DISABLE, "0")
    assert native.compiled_path(_manifest(tmp_path), tmp_path) is None


def test_the_installed_reader_is_the_compiled_one():
    """`make install` compiles the reader (the throughput budget counts on it); in CI a build
    that did not happen, is stale, or is not loaded fails here instead of only slowing the benchmark."""
    if os.environ.get("CI") != "true" and native.compiled_path() is None:
        pytest.skip("the reader is not compiled from these sources here (make install compiles it)")
    assert native.compiled_path() is not None, "make install did not compile the reader from these sources"
    assert native.in_use()


_READ_ALL = """
import json, sys
from pathlib import Path
import django
django.setup()
from screening import evaluation, native, reading
items = evaluation.load_corpus([Path(path) for path in sys.argv[1:]])
json.dump({"compiled": native.in_use(),
           "spans": [reading.detect(evaluation.facts_of(item)) for item in items]}, sys.stdout)
"""


def test_the_compiled_reader_reads_as_its_sources():
    if not native.in_use():
        pytest.skip("the reader is not compiled here (make install compiles it)")
    items = evaluation.load_corpus(STUDIED)
    compiled = [reading.detect(evaluation.facts_of(item)) for item in items]
    env = {**os.environ, native.DISABLE: "0", "DJANGO_SETTINGS_MODULE": "config.settings", "DEBUG": "true"}
    run = subprocess.run([sys.executable, "-c", _READ_ALL, *map(str, STUDIED)], cwd=ROOT, env=env,
                         capture_output=True, text=True, check=True)
    source = json.loads(run.stdout)
    assert source["compiled"] is False
    assert len(items) > 2900
    differ = [item["id"] for item, a, b in zip(items, compiled, source["spans"], strict=True) if a != b]
    assert not differ, f"read differently when compiled: {differ[:20]}"


def test_without_a_compiler_installing_succeeds_and_the_sources_run(tmp_path, monkeypatch, capsys):
    from screening import build_reader

    monkeypatch.setattr(native, "BUILD", tmp_path)
    monkeypatch.setattr(native, "COMPILED", tmp_path / "screening")
    monkeypatch.setattr(native, "MANIFEST", tmp_path / "sources.json")

    def no_compiler():
        raise OSError("command 'gcc' failed: No such file or directory")

    monkeypatch.setattr(build_reader, "build", no_compiler)
    assert build_reader.main() == 0
    assert "not compiled" in capsys.readouterr().err
    built = json.loads((tmp_path / "sources.json").read_text(encoding="utf-8"))
    assert built == {"compiled": False, "sources": native.digests()}
    monkeypatch.delenv(native.DISABLE, raising=False)
    assert native.compiled_path(tmp_path / "sources.json", tmp_path / "screening") is None
