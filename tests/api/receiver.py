"""A local webhook receiver for tests: an HTTP server on a spare port that verifies every
request's signature with the `standardwebhooks` library and keeps what it received. It can be
told to answer 503, or to hang, for a while."""
import json
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

from standardwebhooks.webhooks import Webhook, WebhookVerificationError


class Receiver:
    def __init__(self, secret: str = "", port: int = 0):
        self.secret = secret
        self.received: list[dict] = []  # verified events, in arrival order
        self.refused: list[str] = []  # signatures that did not verify
        self.status = 204
        self.hang_seconds = 0.0
        self.requests = 0
        self.lock = threading.Lock()
        receiver = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self):
                body = self.rfile.read(int(self.headers.get("content-length", 0)))
                with receiver.lock:
                    receiver.requests += 1
                    hang, status = receiver.hang_seconds, receiver.status
                if hang:
                    # A receiver that never answers: the sender's attempt cannot complete, so
                    # nothing it sent this way counts as received.
                    time.sleep(hang)
                    return
                headers = {key.lower(): value for key, value in self.headers.items()}
                try:
                    event = Webhook(receiver.secret).verify(body, headers)
                except WebhookVerificationError as exc:
                    receiver.refused.append(str(exc))
                    self.send_response(400)
                    self.end_headers()
                    return
                if 200 <= status < 300:
                    with receiver.lock:
                        receiver.received.append({"id": headers["webhook-id"], **json.loads(body), "_parsed": event})
                self.send_response(status)
                self.end_headers()

            def log_message(self, *args):
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", port), Handler)
        self.server.daemon_threads = True
        self.port = self.server.server_address[1]
        self.url = f"http://127.0.0.1:{self.port}/hooks"
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)

    def start(self) -> "Receiver":
        self.thread.start()
        return self

    def stop(self) -> None:
        self.server.shutdown()
        self.server.server_close()

    def types(self) -> list[str]:
        return [event["type"] for event in self.received]
