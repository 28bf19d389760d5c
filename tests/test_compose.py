"""docker-compose.yml (Docker cannot run here, so the file is read as compose reads it): every
documented variable reaches every service that runs the app, worker and beat start after the
migrations, the web health check passes with a real host name, and `.env` stays out of images."""
import re
import subprocess
import sys

import pytest

from config.settings import BASE_DIR
from tests.deployment import APP_SERVICES, compose, documented_variables, service_environment

SETTINGS_SOURCE = (BASE_DIR / "config" / "settings.py").read_text(encoding="utf-8")


def test_the_readme_documents_every_variable_the_settings_read():
    read = set(re.findall(r'(?:env|envbool|envint|envlist|os\.getenv)\("([A-Z][A-Z0-9_]+)"', SETTINGS_SOURCE))
    assert read, "the pattern finds nothing: the settings' helpers were renamed"
    assert read - documented_variables() == set()


@pytest.mark.parametrize("service", APP_SERVICES)
def test_every_documented_variable_reaches_the_service(service):
    environment = compose()["services"][service]["environment"]
    assert documented_variables() - set(environment) == set()


@pytest.mark.parametrize("service", APP_SERVICES)
def test_values_from_dotenv_arrive(service):
    dotenv = {name: f"value-of-{name}" for name in documented_variables()}
    environment = service_environment(service, {**dotenv, "SECRET_KEY": "s"})
    for name in ("BEHIND_TLS_PROXY", "CSRF_TRUSTED_ORIGINS", "TIME_ZONE", "EMAIL_HOST", "EMAIL_HOST_PASSWORD",
                 "DECISION_DUE_BUSINESS_DAYS", "SCRUTINY_DECISION_DUE_BUSINESS_DAYS", "SECURE_SSL_REDIRECT"):
        assert environment[name] == f"value-of-{name}"
    assert environment["DATABASE_URL"].startswith("postgres://") and environment["REDIS_URL"].startswith("redis://")


@pytest.mark.parametrize("service", APP_SERVICES)
def test_the_service_starts_only_after_the_migrations(service):
    depends_on = compose()["services"][service]["depends_on"]
    assert depends_on["migrate"] == {"condition": "service_completed_successfully"}
    assert "migrate" not in str(compose()["services"][service]["command"])


def test_the_migrate_service_migrates_and_creates_the_cache_table_once():
    migrate = compose()["services"]["migrate"]
    assert "manage.py migrate" in migrate["command"] and "manage.py createcachetable" in migrate["command"]
    assert migrate["restart"] == "no"
    assert "migrate" not in migrate["depends_on"]


def test_dotenv_never_enters_an_image():
    ignored = {line.strip() for line in (BASE_DIR / ".dockerignore").read_text().splitlines()}
    assert {".env", "**/.env", ".env.*"} <= ignored
    assert ".env" not in (BASE_DIR / "Dockerfile").read_text().replace(".dockerignore", "")


@pytest.mark.django_db(transaction=True)
def test_the_web_health_check_passes_when_allowed_hosts_is_a_real_host_name(live_server, settings):
    # The production shape: a real host name only (the HTTPS redirect spares /healthz: test_settings).
    settings.ALLOWED_HOSTS = ["review.example.org"]
    check = compose()["services"]["web"]["healthcheck"]["test"]
    assert check[:3] == ["CMD", "python", "-c"]
    code = check[3].replace("http://127.0.0.1:8000", live_server.url)
    assert code != check[3]
    result = subprocess.run([sys.executable, "-c", code], env={"ALLOWED_HOSTS": "review.example.org,.example.org"},
                            capture_output=True, text=True, timeout=30)
    assert result.returncode == 0, result.stderr
