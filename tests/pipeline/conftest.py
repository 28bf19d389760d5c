"""A real Redis and a real Celery worker for the pipeline tests, each test with its own.

Every test starts `redis-server` on a spare port and worker processes pointed at it and at the
pytest test database, so a test can stop Redis or SIGKILL a worker without disturbing anything
else on the machine. The test process publishes to the same Redis for the duration of the test.
"""
import os
import shutil
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path
from urllib.parse import quote

import pytest
import redis
from django.db import connection

from config import celery_app
from tests.conftest import require_service
from tests.factories import make_organization, make_user

REPO = Path(__file__).resolve().parents[2]
# Generous: a loaded two-core machine can take several seconds to import Django and Celery.
STARTUP_SECONDS = 60
# The sweeper of the test workers re-enqueues what has waited longer than this.
SWEEP_AFTER_SECONDS = 1


def spare_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def wait_until(predicate, *, timeout: float, what: str, diagnose=lambda: ""):
    """Poll `predicate` until it returns something truthy; fail with `what` after `timeout` seconds."""
    deadline = time.monotonic() + timeout
    while True:
        value = predicate()
        if value:
            return value
        if time.monotonic() > deadline:
            pytest.fail(f"timed out after {timeout:.0f} s waiting for {what}\n{diagnose()}")
        time.sleep(0.05)


def _end_process_group(process: subprocess.Popen, sig: int, *, grace: float = 10) -> None:
    """Send `sig` to the process, wait up to `grace` seconds, then SIGKILL whatever is left of its group."""
    if process.poll() is None:
        try:
            if sig == signal.SIGKILL:
                os.killpg(process.pid, sig)
            else:
                process.send_signal(sig)  # the main process alone: it shuts its children down itself
            process.wait(timeout=grace)
        except (ProcessLookupError, subprocess.TimeoutExpired):
            pass
    try:
        os.killpg(process.pid, signal.SIGKILL)  # prefork children, if any outlived their parent
    except ProcessLookupError:
        pass
    if process.poll() is None:
        process.wait(timeout=grace)


class RedisServer:
    """A throwaway redis-server without persistence; `stop` and `start` reuse the same port."""

    def __init__(self, directory: Path):
        self.directory = directory
        self.port = spare_port()
        self.url = f"redis://127.0.0.1:{self.port}/0"
        self.process: subprocess.Popen | None = None

    def start(self) -> None:
        self.process = subprocess.Popen(
            ["redis-server", "--bind", "127.0.0.1", "--port", str(self.port), "--save", "", "--appendonly", "no",
             "--dir", str(self.directory), "--logfile", str(self.directory / "redis.log")],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
            start_new_session=True,
        )
        wait_until(self._answers, timeout=STARTUP_SECONDS, what=f"redis-server on port {self.port}")

    def stop(self) -> None:
        if self.process is not None:
            _end_process_group(self.process, signal.SIGTERM)
            self.process = None

    def client(self) -> redis.Redis:
        return redis.Redis.from_url(self.url, socket_connect_timeout=1, socket_timeout=5)

    def _answers(self) -> bool:
        if self.process.poll() is not None:  # e.g. the port was taken meanwhile: never ping someone else's
            pytest.fail(f"redis-server exited with {self.process.returncode}; see {self.directory / 'redis.log'}")
        try:
            with self.client() as client:
                return bool(client.ping())
        except redis.RedisError:
            return False


class Worker:
    """`celery -A config worker` in its own process group, with its output kept in a log file."""

    def __init__(self, *, name: str, env: dict, log_path: Path, concurrency: int):
        self.name = name
        self.log_path = log_path
        pool = ["--pool=solo"] if concurrency == 1 else ["--pool=prefork", f"--concurrency={concurrency}"]
        with open(log_path, "wb") as log:
            self.process = subprocess.Popen(
                [sys.executable, "-m", "celery", "-A", "config", "worker", *pool, "--loglevel=INFO",
                 "--without-gossip", "--without-mingle", "--without-heartbeat", "--hostname", f"{name}@%h"],
                cwd=REPO,
                env=env,
                stdout=log,
                stderr=subprocess.STDOUT,
                start_new_session=True,  # its own process group, so prefork children go with it
            )

    def log(self) -> str:
        return self.log_path.read_text(errors="replace")

    def wait_ready(self) -> None:
        def ready():
            if self.process.poll() is not None:
                pytest.fail(f"worker {self.name} exited with {self.process.returncode}:\n{self.log()}")
            return " ready." in self.log()

        wait_until(ready, timeout=STARTUP_SECONDS, what=f"worker {self.name} to be ready", diagnose=self.log)

    def kill(self) -> None:
        """SIGKILL, as the kernel's OOM killer or a lost machine would: no warm shutdown, no ack."""
        _end_process_group(self.process, signal.SIGKILL)

    def stop(self) -> None:
        _end_process_group(self.process, signal.SIGTERM, grace=15)


def subprocess_database_url() -> str:
    """The pytest test database (not the one DATABASE_URL names), for processes outside pytest."""
    settings = connection.settings_dict
    credentials = quote(settings["USER"] or "", safe="")
    if settings["PASSWORD"]:
        credentials += ":" + quote(settings["PASSWORD"], safe="")
    host = settings["HOST"] or "127.0.0.1"
    return f"postgres://{credentials}@{host}:{settings['PORT'] or 5432}/{settings['NAME']}"


@pytest.fixture
def redis_server(tmp_path):
    if shutil.which("redis-server") is None:
        require_service("redis-server", "the binary is not on PATH")
    server = RedisServer(tmp_path)
    server.start()
    yield server
    server.stop()


def _point_celery_at(*, broker_url: str, eager: bool) -> None:
    celery_app.conf.update(broker_url=broker_url, task_always_eager=eager)
    # The connection and producer pools are keyed by broker URL and cached on the app: drop
    # them so the next publish connects to the broker just configured.
    if celery_app._pool is not None:
        celery_app._pool.force_close_all()
    celery_app._pool = None
    celery_app.amqp._producer_pool = None


@pytest.fixture
def broker(redis_server):
    """Publish from the test process to the test's Redis instead of running tasks eagerly."""
    saved = {"broker_url": celery_app.conf.broker_url, "eager": celery_app.conf.task_always_eager}
    _point_celery_at(broker_url=redis_server.url, eager=False)
    yield redis_server
    _point_celery_at(broker_url=saved["broker_url"], eager=saved["eager"])


class Workers:
    """The workers of one test: all on the test's Redis and the test database."""

    def __init__(self, *, redis_url: str, directory: Path):
        self.directory = directory
        self.started: list[Worker] = []
        self.env = {key: value for key, value in os.environ.items() if not key.startswith("CELERY_")}
        self.env.update(
            DJANGO_SETTINGS_MODULE="config.settings",
            SECRET_KEY="x",
            ALLOWED_HOSTS="localhost",
            DATABASE_URL=subprocess_database_url(),
            REDIS_URL=redis_url,
            # Results let a test wait for every delivery of a task, not only for its first effect.
            CELERY_RESULT_BACKEND=redis_url,
            SCREENING_SWEEP_AFTER_SECONDS=str(SWEEP_AFTER_SECONDS),
            PYTHONDONTWRITEBYTECODE="1",
        )

    def start(self, *, concurrency: int = 1, wait: bool = True) -> Worker:
        name = f"pipeline-test-{len(self.started) + 1}"
        worker = Worker(name=name, env=self.env, log_path=self.directory / f"{name}.log", concurrency=concurrency)
        self.started.append(worker)
        if wait:
            worker.wait_ready()
        return worker

    def logs(self) -> str:
        return "\n".join(f"--- {worker.name} ---\n{worker.log()}" for worker in self.started)

    def stop_all(self) -> None:
        for worker in self.started:
            worker.stop()


@pytest.fixture
def workers(transactional_db, redis_server, tmp_path):
    """Start workers with `workers.start()`. Depending on `transactional_db` means the rows a test
    commits are what the workers see, and that every worker is gone before the database is flushed."""
    started = Workers(redis_url=redis_server.url, directory=tmp_path)
    yield started
    started.stop_all()


@pytest.fixture
def springfield(db):
    return make_organization(name="Springfield Police Department", type="police_department", country="US")


@pytest.fixture
def dave(springfield):
    """An applicant of a US police department."""
    return make_user("dave@springfield-police.example", roles=["applicant"], organization=springfield)
