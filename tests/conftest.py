"""Shared fixtures: the named personas of the permission tests and helpers for the services.

Personas: alice applies for the Northshire Police (GB); bob is her colleague; carol applies for
another organisation; rita and sam are independent reviewers; olga is a reviewer who belongs to
alice's organisation (conflict of interest); audrey is an auditor; adam is an admin.
"""
import hashlib
import os

import pytest
from django.db import connection

from tests.factories import make_organization, make_user

IN_CI = os.environ.get("CI", "").lower() == "true"


def pytest_collection_modifyitems(config, items):
    for item in items:
        if "worker" in item.keywords and "redis" not in item.keywords:
            item.add_marker(pytest.mark.redis)


def require_service(what: str, reason: str) -> None:
    """Skip on a developer machine without the service; in CI, fail: a skipped check is no check."""
    if IN_CI:
        pytest.fail(f"{what} is required in CI: {reason}")
    pytest.skip(f"{what} not available: {reason}")


@pytest.fixture(autouse=True)
def _services_for_marked_tests(request):
    if request.node.get_closest_marker("postgres") and connection.vendor != "postgresql":
        require_service("PostgreSQL", "set DATABASE_URL=postgres://…")
    if request.node.get_closest_marker("redis"):
        import redis

        url = os.environ.get("REDIS_URL", "redis://127.0.0.1:6379/0")
        try:
            redis.Redis.from_url(url, socket_connect_timeout=1).ping()
        except redis.RedisError as exc:
            require_service("Redis", f"{url}: {exc}")


@pytest.fixture(autouse=True)
def _english_to_begin_with():
    """A request leaves its language active in the thread (nothing resets it; the next request
    picks its own), so a test calling a service directly would speak the previous test's language."""
    from django.conf import settings
    from django.utils import translation

    translation.activate(settings.LANGUAGE_CODE)
    yield
    translation.activate(settings.LANGUAGE_CODE)


@pytest.fixture(scope="session", autouse=True)
def _flush_past_the_audit_truncate_trigger():
    """Transactional tests end with a TRUNCATE of every table; the audit log's trigger rightly
    refuses that, so the test harness (and only it) is let through."""
    import pgtrigger
    from django.test import TransactionTestCase

    original = TransactionTestCase._fixture_teardown

    def teardown(self):
        if connection.vendor != "postgresql":
            return original(self)
        with pgtrigger.ignore("audit.AuditEvent:audit_no_truncate", "audit.Checkpoint:checkpoint_no_truncate"):
            return original(self)

    TransactionTestCase._fixture_teardown = teardown
    yield
    TransactionTestCase._fixture_teardown = original


@pytest.fixture(autouse=True)
def _checkpoint_directory(settings, tmp_path_factory, request):
    """Each test its own checkpoint directory: checkpoint files are never overwritten, and a
    flushed database starts the log again. Made only when a checkpoint is written."""
    base = tmp_path_factory.getbasetemp() / "checkpoints"
    settings.TRANSPARENCY_CHECKPOINT_DIR = str(base / hashlib.sha256(request.node.nodeid.encode()).hexdigest()[:16])


@pytest.fixture(autouse=True)
def _active_policy(request):
    """The migrations load policy v1, then load and activate v2, and create the state counters; a
    transactional test's flush removes them, so put them back as a fresh database has them."""
    if not {"db", "transactional_db"} & set(request.fixturenames) and not request.node.get_closest_marker("django_db"):
        return
    request.getfixturevalue("transactional_db" if _is_transactional(request) else "db")
    from reviews.models import StateCount
    from screening.models import PolicyVersion

    if not StateCount.objects.exists():
        StateCount.rebuild()
    if not PolicyVersion.objects.filter(is_active=True).exists():
        from django.conf import settings

        from screening.services import policy_version_activate, policy_version_load

        for version in ("v1", "v2"):
            source = (settings.BASE_DIR / "policies" / f"{version}.yaml").read_text(encoding="utf-8")
            policy_version_activate(policy_version=policy_version_load(source=source))


def _is_transactional(request) -> bool:
    marker = request.node.get_closest_marker("django_db")
    return "transactional_db" in request.fixturenames or bool(
        marker and (marker.kwargs.get("transaction") or (marker.args and marker.args[0]))
    )


@pytest.fixture
def northshire(db):
    return make_organization(name="Northshire Police", type="police_department", country="GB")


@pytest.fixture
def acme(db):
    return make_organization(name="Acme Logistics", type="commercial", country="DE")


@pytest.fixture
def alice(northshire):
    return make_user("alice@northshire-police.example", roles=["applicant"], organization=northshire)


@pytest.fixture
def bob(northshire):
    return make_user("bob@northshire-police.example", roles=["applicant"], organization=northshire)


@pytest.fixture
def carol(acme):
    return make_user("carol@acme-logistics.example", roles=["applicant"], organization=acme)


@pytest.fixture
def rita(db):
    return make_user("rita@usecase-review.example", roles=["reviewer"])


@pytest.fixture
def sam(db):
    return make_user("sam@usecase-review.example", roles=["reviewer"])


@pytest.fixture
def olga(northshire):
    return make_user("olga@northshire-police.example", roles=["reviewer"], organization=northshire)


@pytest.fixture
def audrey(db):
    return make_user("audrey@usecase-review.example", roles=["auditor"])


@pytest.fixture
def adam(db):
    return make_user("adam@usecase-review.example", roles=["admin"], is_staff=True)
