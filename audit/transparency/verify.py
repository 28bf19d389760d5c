"""Checking every checkpoint against the log as it is now.

For each checkpoint, in tree-size order, from the database and from the checkpoint directory:
both copies exist and are the same note; the note is signed by a trusted key and names this log;
the root it signs is the root of the tree recomputed from the current events at its size; and it
is consistent (RFC 6962 consistency proof) with the checkpoint before it. The first checkpoint
that fails is named: a rewritten event contradicts the first checkpoint that covered it, however
carefully every later hash was recomputed, because the rewriter cannot sign.
"""
from dataclasses import dataclass, field
from pathlib import Path

from django.conf import settings
from django.core.exceptions import ImproperlyConfigured

from audit.models_transparency import Checkpoint
from audit.transparency import keys
from audit.transparency.checkpoints import LogTree, checkpoint_file_name, log_tree, read_checkpoint_files
from audit.transparency.merkle import ProofError, verify_consistency
from audit.transparency.notes import CheckpointBody, NoteError, Verifier, open_note, parse_checkpoint


@dataclass(frozen=True)
class CheckpointProblem:
    tree_size: int
    file_name: str
    problem: str

    def __str__(self) -> str:
        return f"checkpoint at tree size {self.tree_size} ({self.file_name}): {self.problem}"


@dataclass(frozen=True)
class CheckpointStatus:
    events: int
    checked: int
    problems: list[CheckpointProblem] = field(default_factory=list)
    latest_tree_size: int | None = None

    @property
    def intact(self) -> bool:
        return not self.problems

    @property
    def first_contradicted(self) -> CheckpointProblem | None:
        return self.problems[0] if self.problems else None

    def __str__(self) -> str:
        if self.intact:
            if not self.checked:
                return f"no checkpoints yet ({self.events} events)"
            return (f"{self.checked} checkpoint{'s' if self.checked != 1 else ''} verified, the latest at tree size {self.latest_tree_size} "
                    f"of {self.events} events: signatures valid, roots match, consistent")
        more = f" (and {len(self.problems) - 1} more)" if len(self.problems) > 1 else ""
        return f"first contradicted {self.first_contradicted}{more}"


def _open(note: str, verifiers: list[Verifier], origin: str) -> CheckpointBody:
    text, _ = open_note(note, verifiers)
    body = parse_checkpoint(text)
    if body.origin != origin:
        raise NoteError(f"it is a checkpoint of {body.origin!r}, not of {origin!r}")
    return body


@dataclass(frozen=True)
class PublishedCheckpoints:
    directory: Path
    rows: dict[int, Checkpoint]
    files: dict[int, tuple[str, str]]


def checkpoint_snapshot(directory: Path | None = None) -> PublishedCheckpoints | None:
    """Every checkpoint, from the database and the directory. Read it before the events: a
    checkpoint published meanwhile would otherwise look larger than the log ("events deleted").
    None when no directory is configured (verify_checkpoints then says so)."""
    if directory is None:
        try:
            directory = keys.checkpoint_directory()
        except ImproperlyConfigured:
            return None
    return PublishedCheckpoints(
        directory=directory,
        rows={row.tree_size: row for row in Checkpoint.objects.order_by("tree_size")},
        files=read_checkpoint_files(directory),
    )


def verify_checkpoints(
    *, verifiers: list[Verifier] | None = None, directory: Path | None = None, log: LogTree | None = None,
    published: PublishedCheckpoints | None = None,
) -> CheckpointStatus:
    verifiers = keys.verifiers() if verifiers is None else verifiers
    origin = settings.TRANSPARENCY_LOG_ORIGIN
    if published is None:
        published = checkpoint_snapshot(keys.checkpoint_directory() if directory is None else directory)
    if log is None:
        log = log_tree()
    directory, rows, files = published.directory, published.rows, published.files

    problems: list[CheckpointProblem] = []
    previous: CheckpointBody | None = None
    checked = 0
    for size in sorted(rows.keys() | files.keys()):
        row, (file_name, file_note) = rows.get(size), files.get(size, (checkpoint_file_name(size), None))

        def fail(problem: str, size=size, file_name=file_name) -> None:
            problems.append(CheckpointProblem(size, file_name, problem))

        if file_note is None:
            fail(f"it is in the database but not in the checkpoint directory {directory}")
            continue
        try:
            body = _open(file_note, verifiers, origin)
        except NoteError as exc:
            fail(f"the copy in the checkpoint directory does not verify: {exc}")
            continue
        if row is None:
            fail("it is in the checkpoint directory but missing from the database (deleted?)")
        elif row.note != file_note:
            try:
                _open(row.note, verifiers, origin)
                fail("the database copy differs from the copy in the checkpoint directory")
            except NoteError as exc:
                fail(f"the database copy was altered: {exc}")
        elif row.root_hash != body.root_hash.hex() or row.file_name != file_name:
            fail("the database row's root or file name differs from its signed note")
        if body.tree_size != size:
            fail(f"its note is for tree size {body.tree_size}")
            continue
        if size > log.size:
            fail(f"it covers {size} events but the log now holds only {log.size}: events were deleted")
        elif log.tree.root(size) != body.root_hash:
            after = f"after event #{previous.tree_size} " if previous is not None else ""
            fail(f"its root does not match the events now in the log: an event {after}up to #{size} was "
                 "changed, removed or reordered since it was signed")
        if previous is not None:
            try:
                proof = log.tree.consistency_proof(previous.tree_size, size) if size <= log.size else []
                verify_consistency(previous.tree_size, size, proof, previous.root_hash, body.root_hash)
            except ProofError as exc:
                fail(f"it is not consistent with the checkpoint at tree size {previous.tree_size}: {exc}")
        previous = body
        checked += 1
    return CheckpointStatus(
        events=log.size, checked=checked, problems=problems,
        latest_tree_size=previous.tree_size if previous is not None else None,
    )
