"""No visitor's address, user agent or referrer reaches a log."""

import io
import logging

import pytest
from django.test import RequestFactory

ADDRESS = "203.0.113.77"
AGENT = "Mozilla/5.0 (Secret Phone)"
REFERRER = "https://where-they-came-from.example/"


@pytest.fixture
def console_output():
    logger = logging.getLogger("django")
    handler = next(h for h in logger.handlers if isinstance(h, logging.StreamHandler))
    stream = io.StringIO()
    old_stream = handler.setStream(stream)
    yield stream
    handler.setStream(old_stream)


def test_django_logs_no_request_details(console_output):
    from django.utils.log import log_response

    request = RequestFactory().get(
        "/young-people/?q=private",
        REMOTE_ADDR=ADDRESS,
        HTTP_USER_AGENT=AGENT,
        HTTP_REFERER=REFERRER,
    )

    class Response:
        status_code = 500

    log_response("Internal Server Error: %s", request.path, response=Response(), request=request)
    logging.getLogger("django.security.csrf").warning("Forbidden", extra={"request": request})
    text = console_output.getvalue()
    assert "Internal Server Error: /young-people/" in text
    for secret in (ADDRESS, AGENT, REFERRER, "q=private"):
        assert secret not in text


def test_no_handler_mails_request_details():
    for name in ("django", "django.request", "django.security"):
        logger = logging.getLogger(name)
        while logger:
            for handler in logger.handlers:
                assert handler.__class__.__name__ != "AdminEmailHandler", name
            logger = logger.parent if logger.propagate else None


def test_the_console_handler_drops_the_request_before_any_formatter_sees_it():
    request = RequestFactory().get("/", REMOTE_ADDR=ADDRESS, HTTP_USER_AGENT=AGENT)
    handler = next(
        h for h in logging.getLogger("django").handlers if isinstance(h, logging.StreamHandler)
    )
    record = logging.LogRecord("django.request", logging.ERROR, __file__, 1, "boom", (), None)
    record.request = request
    assert handler.filter(record)
    assert record.request is None
