"""Test settings: the production settings with a fixed secret and a fast password hasher."""
import os
import uuid

os.environ.setdefault("SECRET_KEY", "tests-only-secret-key")
os.environ.setdefault("ALLOWED_HOSTS", "testserver,127.0.0.1,localhost")
os.environ.setdefault("SECURE_COOKIES", "False")
os.environ.setdefault("DISABLE_RATE_LIMITS", "True")
os.environ.setdefault("REQUIRE_STAFF_MFA", "False")
# A signing key for the transparency log's checkpoints, for tests only (it signs nothing real).
os.environ.setdefault(
    "TRANSPARENCY_SIGNING_KEY",
    "PRIVATE+KEY+usecase-review.example/audit-log+7ec02799+AQ9IVFsK+paWeGzldsG8jcousG8Fsc7Ie5nuqZ+h4T8Q",
)
# The test client speaks plain HTTP.
os.environ.setdefault("SECURE_SSL_REDIRECT", "False")
# Test runs share one Redis with each other and with development: a prefix of this run's own
# (inherited by the worker processes some tests start) keeps their caches apart.
os.environ.setdefault("TEST_CACHE_PREFIX", f"test-{uuid.uuid4().hex[:12]}")

from config.settings import *  # noqa: E402,F403

PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
STORAGES["staticfiles"]["BACKEND"] = "django.contrib.staticfiles.storage.StaticFilesStorage"  # noqa: F405
# The suite runs tasks in-process; tests about the real worker configure their own broker.
CELERY_TASK_ALWAYS_EAGER = True
CELERY_BROKER_URL = "memory://"
CACHES["default"]["KEY_PREFIX"] = os.environ["TEST_CACHE_PREFIX"]  # noqa: F405
# Local webhook receivers in tests.
WEBHOOK_ALLOW_HTTP = True
