"""The oversight tests' little history (applications decided in several ways, with their events)
serves the verifier tests too: a log written by the real services, not only by test helpers."""
from tests.oversight.conftest import history  # noqa: F401
