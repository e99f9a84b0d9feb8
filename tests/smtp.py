"""A real SMTP server on localhost for tests (aiosmtpd), that can go down and stall.

    def test_something(smtp_server):           # Django's email settings point at it
        smtp_server.stop()                      # an outage: connections are refused
        smtp_server.start()                     # back, on the same port
        smtp_server.stall()                     # takes DATA, never answers it
        smtp_server.messages_for("CSE-ABCD-EFGH")

A message counts as delivered only once the server has answered 250 to it, as a
real mail server would; a client that dies while the server stalls delivers nothing.
"""

import asyncio
import email
import email.policy
import threading
from contextlib import contextmanager

import pytest
from aiosmtpd.controller import Controller
from django.test import override_settings


class _PortZeroController(Controller):
    """Binds port 0 and learns the port the system chose (no race for a 'free' port)."""

    def _trigger_server(self):
        self.port = self.server.sockets[0].getsockname()[1]
        super()._trigger_server()


class _Handler:
    def __init__(self, server):
        self.server = server

    async def handle_DATA(self, smtp, session, envelope):  # noqa: N802 (aiosmtpd's name)
        if self.server.stalled.is_set():
            self.server.stalled_with_data.set()
            # Hold the reply; a client that goes away cancels this coroutine.
            while self.server.stalled.is_set():
                await asyncio.sleep(0.05)
        message = email.message_from_bytes(envelope.original_content, policy=email.policy.default)
        with self.server.lock:
            self.server.messages.append(message)
        return "250 Message accepted for delivery"


class LocalSMTPServer:
    host = "127.0.0.1"

    def __init__(self):
        self.port = 0
        self.messages = []
        self.lock = threading.Lock()
        self.stalled = threading.Event()
        self.stalled_with_data = threading.Event()
        self._controller = None

    @property
    def running(self):
        return self._controller is not None

    def start(self):
        assert not self.running
        # A stopped controller's loop is closed: each start needs a new one.
        self._controller = _PortZeroController(_Handler(self), hostname=self.host, port=self.port)
        self._controller.start()
        self.port = self._controller.port

    def stop(self):
        """An outage: the port is closed, so clients get 'connection refused'."""
        if self.running:
            self.release()
            self._controller.stop()
            self._controller = None

    def stall(self):
        """Accept connections and the message, but never answer the DATA."""
        self.stalled_with_data.clear()
        self.stalled.set()

    def release(self):
        self.stalled.clear()

    def email_settings(self, timeout=2):
        return {
            "EMAIL_BACKEND": "django.core.mail.backends.smtp.EmailBackend",
            "EMAIL_HOST": self.host,
            "EMAIL_PORT": self.port,
            "EMAIL_TIMEOUT": timeout,
            "EMAIL_USE_TLS": False,
            "EMAIL_USE_SSL": False,
            "EMAIL_HOST_USER": "",
            "EMAIL_HOST_PASSWORD": "",
        }

    def messages_for(self, reference):
        with self.lock:
            return [m for m in self.messages if reference in str(m["Subject"])]


@contextmanager
def running_smtp_server():
    """A running LocalSMTPServer, with Django's email settings pointing at it."""
    server = LocalSMTPServer()
    server.start()
    try:
        with override_settings(**server.email_settings()):
            yield server
    finally:
        server.stop()


@pytest.fixture
def smtp_server():
    """The fixture form: import it into a conftest.py, or wrap running_smtp_server()."""
    with running_smtp_server() as server:
        yield server
