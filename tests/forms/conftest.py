"""Fixtures the report tests share."""

import pytest

from tests.smtp import running_smtp_server


@pytest.fixture
def mail_server():
    """A real SMTP server on localhost that keeps what it is sent."""
    with running_smtp_server() as server:
        yield server
