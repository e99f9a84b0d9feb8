"""Logging filter that keeps visitors' details out of every log line."""

import logging


class StripRequestFilter(logging.Filter):
    """Drop the request object Django attaches to records.

    Django's request and security loggers attach ``request`` (and with it the
    client's address, user agent and referrer) to log records. Formatters and
    handlers such as the admin mailer would print them; we never want that.
    """

    def filter(self, record):
        if hasattr(record, "request"):
            record.request = None
        return True


def no_client_address(request):
    """Stand-in for the client's address wherever a library asks for one."""
    return "0.0.0.0"
