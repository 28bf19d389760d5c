"""The signing key comes from the environment or a file, never the database; production refuses
to publish without one (or without a directory outside the database); DEBUG makes its own."""
import pytest
from django.core.exceptions import ImproperlyConfigured
from django.core.management import CommandError, call_command

from audit.transparency import keys
from audit.transparency.checkpoints import checkpoint_publish
from audit.transparency.notes import generate_signer, parse_signer_key, parse_verifier_key
from tests.audit.helpers import write_events

ORIGIN = "usecase-review.example/audit-log"


@pytest.fixture
def no_key(settings):
    settings.TRANSPARENCY_SIGNING_KEY = ""
    settings.TRANSPARENCY_SIGNING_KEY_FILE = ""
    return settings


@pytest.mark.django_db
def test_production_refuses_to_publish_without_a_key(no_key):
    no_key.DEBUG = False
    write_events(1)
    with pytest.raises(ImproperlyConfigured, match="without a signing key"):
        checkpoint_publish()
    with pytest.raises(CommandError, match="TRANSPARENCY_SIGNING_KEY"):
        call_command("publish_checkpoint")


@pytest.mark.django_db
def test_publishing_refuses_without_a_directory_outside_the_database(settings):
    settings.TRANSPARENCY_CHECKPOINT_DIR = ""
    write_events(1)
    with pytest.raises(ImproperlyConfigured, match="TRANSPARENCY_CHECKPOINT_DIR"):
        checkpoint_publish()


def test_debug_generates_a_development_key_once(no_key, tmp_path):
    no_key.DEBUG = True
    no_key.TRANSPARENCY_DEV_KEY_FILE = tmp_path / "var" / "dev.key"
    first = keys.signer()
    assert (tmp_path / "var" / "dev.key").stat().st_mode & 0o077 == 0
    assert keys.signer() == first and first.name == ORIGIN


def test_the_key_is_read_from_a_file(no_key, tmp_path):
    signer = generate_signer(ORIGIN)
    path = tmp_path / "log.key"
    keys.write_private_key_file(path, signer)
    no_key.TRANSPARENCY_SIGNING_KEY_FILE = str(path)
    assert keys.signer() == signer


def test_a_key_named_for_another_log_is_refused(settings):
    settings.TRANSPARENCY_SIGNING_KEY = str(generate_signer("elsewhere.example/log"))
    with pytest.raises(ImproperlyConfigured, match="origin"):
        keys.signer()


def test_a_malformed_key_is_refused_without_echoing_it(settings):
    settings.TRANSPARENCY_SIGNING_KEY = "PRIVATE+KEY+usecase-review.example/audit-log+00000000+AQ9IVFsK+paWeGzldsG8jcousG8Fsc7Ie5nuqZ+h4T8Q"
    with pytest.raises(ImproperlyConfigured) as error:
        keys.signer()
    assert "AQ9IVFsK" not in str(error.value)


def test_verifier_keys_come_from_the_settings_when_given(settings):
    other = generate_signer(ORIGIN).verifier
    settings.TRANSPARENCY_VERIFIER_KEYS = [str(other)]
    assert keys.verifiers() == [other]


def test_keygen_writes_the_private_key_and_prints_the_public_one(tmp_path, capsys):
    out = tmp_path / "log.key"
    call_command("transparency_keygen", out=str(out))
    signer = parse_signer_key(out.read_text())
    assert out.stat().st_mode & 0o777 == 0o600
    printed = capsys.readouterr().out.strip()
    assert parse_verifier_key(printed) == signer.verifier and "PRIVATE" not in printed
    with pytest.raises(CommandError, match="never overwritten"):
        call_command("transparency_keygen", out=str(out))
