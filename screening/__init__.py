"""Screening: the facts of an application checked against a versioned policy.

The engine knows facts and policies, never applications; the workflow calls it.
"""
