"""Signed checkpoints of the audit log's Merkle tree (see audit/transparency/).

A row is a copy, not the authority: the same signed note is written to a directory outside the
database, and verification compares the two and recomputes each root from the events. The table
is append-only on PostgreSQL, like the events; its owner can still bypass that, which is why
nothing here is trusted without the signature and the outside copy.
"""
from django.db import models

from audit.models import append_only_triggers


class Checkpoint(models.Model):
    tree_size = models.BigIntegerField(unique=True, editable=False)
    root_hash = models.CharField(max_length=64, editable=False, help_text="Hex; the signed note is authoritative.")
    note = models.TextField(editable=False, help_text="The signed note, exactly as written to the checkpoint directory.")
    key_id = models.CharField(max_length=8, editable=False)
    file_name = models.CharField(max_length=64, editable=False)
    published_at = models.DateTimeField(editable=False)

    class Meta:
        ordering = ["tree_size"]
        triggers = append_only_triggers("checkpoint", "Checkpoints are")

    def __str__(self) -> str:
        return f"checkpoint at tree size {self.tree_size}"
