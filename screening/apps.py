from pathlib import Path

from django.apps import AppConfig


class ScreeningConfig(AppConfig):
    name = "screening"
    verbose_name = "Screening"
    default_auto_field = "django.db.models.BigAutoField"
    # The package's path may also list the directory of its compiled modules (screening/native.py):
    # the app's own files are here.
    path = str(Path(__file__).resolve().parent)
