"""Screening: the facts of an application checked against a versioned policy.

The engine knows facts and policies, never applications; the workflow calls it.
"""
from screening import native as _native

# The reader's compiled modules, when built from these very sources, are found before them.
_compiled = _native.compiled_path()
if _compiled:
    __path__.insert(0, _compiled)
