"""The audit log: append-only, hash-chained events with named types and generic subjects, and
its verification (chain and remembered head). It imports nothing of the other apps."""
