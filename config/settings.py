"""Settings for Use-Case Review, read from environment variables only.

With nothing set, the app runs in the embedded mode: SQLite, Celery tasks run in-process, email
printed to the console. Production (DEBUG off) refuses to start without a SECRET_KEY and hosts.
"""
import os
from pathlib import Path

import dj_database_url
from django.core.exceptions import ImproperlyConfigured
from django.utils.translation import gettext_lazy as _

BASE_DIR = Path(__file__).resolve().parent.parent


def env(name: str, default: str = "") -> str:
    """The variable's value; empty counts as unset (docker compose passes `${VAR:-}` as "")."""
    return os.getenv(name, "").strip() or default


def envbool(name: str, default: str = "False") -> bool:
    return env(name, default).lower() in ("1", "true", "yes", "on")


def envint(name: str, default: int) -> int:
    return int(env(name, str(default)))


def envlist(name: str, default: str = "") -> list[str]:
    return [item.strip() for item in env(name, default).split(",") if item.strip()]


DEBUG = envbool("DEBUG")
SECRET_KEY = env("SECRET_KEY", "")
if not SECRET_KEY:
    if not DEBUG:
        raise ImproperlyConfigured("SECRET_KEY must be set when DEBUG is off.")
    SECRET_KEY = "insecure-development-key-do-not-use-in-production"  # noqa: S105 (DEBUG only)

ALLOWED_HOSTS = envlist("ALLOWED_HOSTS", "127.0.0.1,localhost" if DEBUG else "")
if not DEBUG and not ALLOWED_HOSTS:
    raise ImproperlyConfigured("ALLOWED_HOSTS must be set when DEBUG is off.")
CSRF_TRUSTED_ORIGINS = envlist("CSRF_TRUSTED_ORIGINS")
SITE_URL = env("SITE_URL", "http://127.0.0.1:8000").rstrip("/")
# The product's name in emails (allauth's subject prefix and greeting), never the request's host.
SITE_NAME = "Use-Case Review"

INSTALLED_APPS = [
    "config.admin_site.AuditedAdminConfig",  # the Django admin, every change audited
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.humanize",
    "rules.apps.AutodiscoverRulesConfig",
    "pgtrigger",
    "allauth",
    "allauth.account",
    "allauth.mfa",
    "accounts",
    "audit",
    "screening",
    "reviews",
    "oversight",
    "public",
    "rest_framework",
    "rest_framework_api_key",
    "drf_spectacular",
    "drf_spectacular_sidecar",
    "api",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "csp.middleware.CSPMiddleware",
    "config.request_hygiene.RequestHygieneMiddleware",  # no control characters past this point
    "django.contrib.sessions.middleware.SessionMiddleware",
    # The language: the switcher's cookie, else the browser's Accept-Language, else LANGUAGE_CODE.
    "django.middleware.locale.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "accounts.language.UserLanguageMiddleware",  # a signed-in person's saved language, when no cookie says one
    "api.language.EnglishAPIMiddleware",  # the JSON API (/api/) answers in English whatever the reader's language
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "allauth.account.middleware.AccountMiddleware",
    "accounts.middleware.StaffMFARequiredMiddleware",
    "audit.context.AuditActorMiddleware",
]

ROOT_URLCONF = "config.urls"
WSGI_APPLICATION = "config.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "accounts.context_processors.roles",
            ],
        },
    },
]

DATABASES = {
    "default": dj_database_url.parse(
        env("DATABASE_URL", f"sqlite:///{BASE_DIR / 'db.sqlite3'}"),
        conn_max_age=envint("DB_CONN_MAX_AGE", 0),
    )
}
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    # The embedded mode has one writer at a time; wait for it rather than failing at once.
    DATABASES["default"].setdefault("OPTIONS", {})["timeout"] = 20
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

AUTH_USER_MODEL = "accounts.User"
AUTHENTICATION_BACKENDS = [
    "rules.permissions.ObjectPermissionBackend",
    "django.contrib.auth.backends.ModelBackend",
    "allauth.account.auth_backends.AuthenticationBackend",
]
AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator", "OPTIONS": {"min_length": 10}},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]
LOGIN_URL = "account_login"
LOGIN_REDIRECT_URL = "home"

# django-allauth: email is the login, and it must be verified.
ACCOUNT_LOGIN_METHODS = {"email"}
ACCOUNT_SIGNUP_FIELDS = ["email*", "password1*", "password2*"]
ACCOUNT_USER_MODEL_USERNAME_FIELD = None
ACCOUNT_EMAIL_VERIFICATION = "mandatory"
ACCOUNT_LOGIN_ON_EMAIL_CONFIRMATION = True
ACCOUNT_ADAPTER = "accounts.adapter.AccountAdapter"
ACCOUNT_LOGOUT_ON_PASSWORD_CHANGE = True
ACCOUNT_EMAIL_SUBJECT_PREFIX = f"[{SITE_NAME}] "
# allauth's rate limits live in the cache below, shared by every web process; `False` (not `{}`,
# which keeps allauth's defaults) switches them off.
ACCOUNT_RATE_LIMITS = False if envbool("DISABLE_RATE_LIMITS") else {"login_failed": "10/m/ip,5/5m/key"}
MFA_SUPPORTED_TYPES = ["totp", "recovery_codes"]
MFA_TOTP_ISSUER = "Use-Case Review"
# Reviewers, auditors and admins must enrol a TOTP authenticator before doing anything else.
REQUIRE_STAFF_MFA = envbool("REQUIRE_STAFF_MFA", "False" if DEBUG else "True")

# The interface's languages; English is the source and the default. Each request's language is the
# switcher's cookie, else a signed-in person's saved choice (accounts.language), else the
# browser's Accept-Language.
LANGUAGE_CODE = "en"
LANGUAGES = [
    ("en", _("English")),
    ("es", _("Spanish")),
    ("fr", _("French")),
    ("de", _("German")),
    ("pt", _("Portuguese")),
]
# locale/ is the project's catalogue, written by makemessages. locale_overrides/ comes first, so it
# wins: it holds entries for other apps' messages (allauth's, in the formal register), which
# makemessages would mark obsolete in locale/ since they are not in this project's source.
LOCALE_PATHS = [BASE_DIR / "locale_overrides", BASE_DIR / "locale"]
# English dates as the product has always written them ("5 January 2026"), not Django's US ones.
FORMAT_MODULE_PATH = ["config.formats"]
TIME_ZONE = env("TIME_ZONE", "UTC")
USE_I18N = True
USE_TZ = True

STATIC_URL = "static/"
STATIC_ROOT = BASE_DIR / "staticfiles"
STATICFILES_DIRS = [BASE_DIR / "static"]
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {
        "BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"
        if DEBUG
        else "whitenoise.storage.CompressedManifestStaticFilesStorage"
    },
}
MEDIA_ROOT = Path(env("MEDIA_ROOT", str(BASE_DIR / "media")))

# Email: printed to the console unless an SMTP host is configured.
EMAIL_HOST = env("EMAIL_HOST", "")
EMAIL_BACKEND = env(
    "EMAIL_BACKEND",
    "django.core.mail.backends.smtp.EmailBackend" if EMAIL_HOST else "django.core.mail.backends.console.EmailBackend",
)
EMAIL_PORT = envint("EMAIL_PORT", 587)
EMAIL_HOST_USER = env("EMAIL_HOST_USER", "")
EMAIL_HOST_PASSWORD = os.getenv("EMAIL_HOST_PASSWORD", "")  # as given: spaces may belong to it
EMAIL_USE_TLS = envbool("EMAIL_USE_TLS", "True")
DEFAULT_FROM_EMAIL = env("DEFAULT_FROM_EMAIL", "Use-Case Review <no-reply@usecase-review.invalid>")

# One cache shared by every process: rate limits (sign-in throttling), used TOTP codes. With
# a per-process cache each gunicorn worker would count failed sign-ins on its own. The database
# cache needs `manage.py createcachetable`, run beside `migrate`.
CACHES = {
    "default": {"BACKEND": "django.core.cache.backends.redis.RedisCache", "LOCATION": env("REDIS_URL"),
                "KEY_PREFIX": "ucr"}
    if env("REDIS_URL")
    else {"BACKEND": "django.core.cache.backends.db.DatabaseCache", "LOCATION": "django_cache"}
}

# Celery: without a broker, tasks run eagerly in-process (the embedded mode).
REDIS_URL = env("REDIS_URL", "")
CELERY_BROKER_URL = REDIS_URL or "memory://"
CELERY_RESULT_BACKEND = None
CELERY_TASK_ALWAYS_EAGER = not REDIS_URL
CELERY_TASK_EAGER_PROPAGATES = True
CELERY_TASK_ACKS_LATE = True
CELERY_TASK_REJECT_ON_WORKER_LOST = True
CELERY_WORKER_PREFETCH_MULTIPLIER = 1
# Tasks are idempotent, so a task cut off by a lost broker connection is safely redelivered.
CELERY_WORKER_CANCEL_LONG_RUNNING_TASKS_ON_CONNECTION_LOSS = True
CELERY_TASK_SERIALIZER = "json"
CELERY_ACCEPT_CONTENT = ["json"]
# A submit must succeed while the broker is down: publish fails fast and the sweeper retries.
CELERY_BROKER_CONNECTION_TIMEOUT = 2
CELERY_BROKER_TRANSPORT_OPTIONS = {"max_retries": 1, "interval_start": 0, "interval_step": 0.2, "interval_max": 0.5}
CELERY_TASK_PUBLISH_RETRY = False
SCREENING_SWEEP_AFTER_SECONDS = envint("SCREENING_SWEEP_AFTER_SECONDS", 120)
SCREENING_SWEEP_EVERY_SECONDS = envint("SCREENING_SWEEP_EVERY_SECONDS", 60)
CELERY_BEAT_SCHEDULE = {
    "sweep-unscreened-applications": {
        "task": "reviews.tasks.sweep_unscreened",
        "schedule": SCREENING_SWEEP_EVERY_SECONDS,
    },
    "expire-approvals": {"task": "reviews.tasks.expire_due_approvals", "schedule": 3600},
    "remind-reverification": {"task": "reviews.tasks.remind_reverification", "schedule": 3600},
    "purge-idempotency-records": {"task": "api.tasks.purge_idempotency_records", "schedule": 3600},
    "sweep-webhooks": {"task": "reviews.tasks.sweep_webhooks", "schedule": envint("WEBHOOK_SWEEP_EVERY_SECONDS", 60)},
    "verify-audit-chain": {"task": "audit.tasks.verify_audit_chain", "schedule": envint("AUDIT_VERIFY_EVERY_SECONDS", 900)},
    "publish-checkpoint": {
        "task": "audit.transparency.publish_checkpoint",
        "schedule": envint("TRANSPARENCY_CHECKPOINT_EVERY_SECONDS", 300),
    },
}
CELERY_IMPORTS = ["audit.transparency.tasks", "api.tasks"]

# The transparency log (DESIGN §6, docs/SECURITY.md): signed checkpoints of the audit log's Merkle
# tree. The signing key is read from the environment or a file, never from the database: either
# TRANSPARENCY_SIGNING_KEY (the key text) or TRANSPARENCY_SIGNING_KEY_FILE (a file holding it), in
# the signed-note format PRIVATE+KEY+<origin>+<key id>+<base64>; `manage.py transparency_keygen`
# makes one. With DEBUG on and neither set, a development key is generated into var/. Publishing
# refuses to run without a key or a checkpoint directory in production.
TRANSPARENCY_LOG_ORIGIN = env("TRANSPARENCY_LOG_ORIGIN", "usecase-review.example/audit-log")
TRANSPARENCY_SIGNING_KEY = env("TRANSPARENCY_SIGNING_KEY", "")
TRANSPARENCY_SIGNING_KEY_FILE = env("TRANSPARENCY_SIGNING_KEY_FILE", "")
TRANSPARENCY_DEV_KEY_FILE = BASE_DIR / "var" / "transparency-signing.key"
# The public keys a checkpoint may be signed by ("<origin>+<key id>+<base64>", comma-separated;
# old keys stay here after a rotation). Empty: the signing key's own.
TRANSPARENCY_VERIFIER_KEYS = envlist("TRANSPARENCY_VERIFIER_KEYS")
# Where every checkpoint is also written, one file each, never overwritten: storage the database's
# administrators cannot write to (another host's mount, a WORM bucket synced from it).
TRANSPARENCY_CHECKPOINT_DIR = env(
    "TRANSPARENCY_CHECKPOINT_DIR", str(BASE_DIR / "var" / "checkpoints") if DEBUG else ""
)

# Content Security Policy: everything is served from this origin, nothing from a CDN.
CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": ["'self'"],
        "script-src": ["'self'"],
        "style-src": ["'self'"],
        "img-src": ["'self'", "data:"],
        "font-src": ["'self'"],
        "object-src": ["'none'"],
        "base-uri": ["'none'"],
        "form-action": ["'self'"],
        "frame-ancestors": ["'none'"],
    }
}

# The REST API (docs/api.md): organisation API keys, problem+json errors, an OpenAPI schema.
REST_FRAMEWORK = {
    "DEFAULT_AUTHENTICATION_CLASSES": ["api.authentication.OrganizationKeyAuthentication"],
    "DEFAULT_PERMISSION_CLASSES": ["api.authentication.KeyScopes"],
    "DEFAULT_THROTTLE_CLASSES": ["api.throttling.PerKeyRateThrottle"],
    "DEFAULT_RENDERER_CLASSES": ["rest_framework.renderers.JSONRenderer"],
    "DEFAULT_PARSER_CLASSES": ["rest_framework.parsers.JSONParser"],
    "DEFAULT_SCHEMA_CLASS": "drf_spectacular.openapi.AutoSchema",
    "EXCEPTION_HANDLER": "api.problems.problem_exception_handler",
    "UNAUTHENTICATED_USER": None,
}
API_RATE_LIMIT_PER_MINUTE = envint("API_RATE_LIMIT_PER_MINUTE", 120)
API_IDEMPOTENCY_SECONDS = 24 * 3600
SPECTACULAR_SETTINGS = {
    "TITLE": "Use-Case Review API",
    "DESCRIPTION": "Apply for access to the AI service from your own systems. See docs/api.md.",
    "VERSION": "1.0.0",
    "SERVE_INCLUDE_SCHEMA": False,
    "SWAGGER_UI_DIST": "SIDECAR",
    "SWAGGER_UI_FAVICON_HREF": "SIDECAR",
    "REDOC_DIST": "SIDECAR",
    "COMPONENT_SPLIT_REQUEST": True,
    "POSTPROCESSING_HOOKS": ["drf_spectacular.hooks.postprocess_schema_enums", "api.schema.document_problems"],
}
# Webhooks: retried with exponential back-off from this base for 24 hours; plain HTTP only where
# allowed (development and tests), HTTPS everywhere else.
WEBHOOK_RETRY_BASE_SECONDS = envint("WEBHOOK_RETRY_BASE_SECONDS", 5)
WEBHOOK_RETRY_FOR_SECONDS = envint("WEBHOOK_RETRY_FOR_SECONDS", 24 * 3600)
WEBHOOK_ALLOW_HTTP = envbool("WEBHOOK_ALLOW_HTTP", "True" if DEBUG else "False")

SESSION_COOKIE_HTTPONLY = True
SESSION_COOKIE_SECURE = envbool("SECURE_COOKIES", "False" if DEBUG else "True")
CSRF_COOKIE_SECURE = SESSION_COOKIE_SECURE
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "same-origin"
X_FRAME_OPTIONS = "DENY"
BEHIND_TLS_PROXY = envbool("BEHIND_TLS_PROXY")
SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https") if BEHIND_TLS_PROXY else None
# Behind a proxy every request comes from the proxy's address: the per-address rate limits would
# throttle everyone at once. allauth then takes the client's address from X-Forwarded-For, as
# many entries from the right as there are proxies of ours (so a client cannot forge it).
ALLAUTH_TRUSTED_PROXY_COUNT = envint("TRUSTED_PROXY_COUNT", 1 if BEHIND_TLS_PROXY else 0)
# HTTPS only in production: redirect plain HTTP, and tell browsers (HSTS) never to try it again.
SECURE_SSL_REDIRECT = envbool("SECURE_SSL_REDIRECT", "False" if DEBUG else "True")
# The container's health check asks over plain HTTP from inside; it must not be redirected.
SECURE_REDIRECT_EXEMPT = [r"^healthz$"]
SECURE_HSTS_SECONDS = envint("SECURE_HSTS_SECONDS", 0 if DEBUG else 31536000)
SECURE_HSTS_INCLUDE_SUBDOMAINS = envbool("SECURE_HSTS_INCLUDE_SUBDOMAINS", "False" if DEBUG else "True")
SECURE_HSTS_PRELOAD = envbool("SECURE_HSTS_PRELOAD", "False" if DEBUG else "True")

# Service levels (design §3): business days from submission to decision.
DECISION_DUE_BUSINESS_DAYS = envint("DECISION_DUE_BUSINESS_DAYS", 10)
SCRUTINY_DECISION_DUE_BUSINESS_DAYS = envint("SCRUTINY_DECISION_DUE_BUSINESS_DAYS", 20)
REVERIFICATION_DEFAULT_DAYS = envint("REVERIFICATION_DEFAULT_DAYS", 365)

LOG_LEVEL = env("LOG_LEVEL", "INFO")
LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": LOG_LEVEL},
    # Django's default config gives the `django` logger its own console handler in DEBUG; with
    # the root handler above every line would be printed twice. One handler, at the root.
    "loggers": {"django": {"handlers": [], "level": LOG_LEVEL, "propagate": True}},
}
