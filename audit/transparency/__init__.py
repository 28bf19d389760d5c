"""The audit log as a transparency log (RFC 6962 / C2SP tlog-checkpoint): a Merkle tree over the
events (merkle), signed notes and checkpoints (notes), the signing key from outside the database
(keys), publishing (checkpoints, tasks), verification (verify) and inclusion proofs (proofs)."""
