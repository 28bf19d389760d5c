"""The Celery application; tasks live beside the services they call (`<app>/tasks.py`)."""
import os

from celery import Celery

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings")

app = Celery("usecase_review")
app.config_from_object("django.conf:settings", namespace="CELERY")
app.autodiscover_tasks()
