"""Rate limits that never keep a visitor's address.

``allow(request, scope)`` counts one hit for the client in ``scope`` and says
whether it is still within the scope's limit (``settings.REPORT_RATE_LIMITS``).
``is_locked`` / ``record_failure`` count failures against something that is not
a person (a report reference) for lockouts.

How an address is counted without being kept
--------------------------------------------
The counter's cache key is ``HMAC-SHA256(secret, scope, address)``. The secret
is 32 random bytes that live only in this process's memory: never written to
the cache, the database, a log or a file, and replaced at every rotation period
(``REPORT_RATE_LIMIT_SECRET_SECONDS``, an hour by default, on clock-hour
boundaries). Once a secret is replaced nobody, not even someone holding the
cache and this code, can tell which address a counter belonged to: the only
way to link them was the secret, and it is gone. (Python cannot wipe memory,
so the old bytes linger until reused; someone who can read a live worker's
memory is outside what this protects against.) The address itself is never
stored, logged, or put in a key or a value.

Trade-offs, accepted on purpose:
- Each gunicorn worker has its own secret, so each keeps its own counters (in
  the shared cache, under its own hashes): with W workers a client can make up
  to W x limit hits before every worker refuses it. With the local-memory cache
  (development, tests) counters are per process anyway.
- A rotation starts every client's count afresh, so across a rotation a client
  may get up to twice the limit.
- Windows are fixed: a counter starts at its first hit and expires ``window``
  seconds later, whatever happens in between.
- IPv6 clients are counted per /64 network, the block one household or phone is
  usually given; otherwise a client could step through its own addresses.

Which address
-------------
``REMOTE_ADDR`` only. ``X-Forwarded-For`` is never read: anyone can send it.
Gunicorn puts the connecting peer's address in ``REMOTE_ADDR``; its
``forwarded_allow_ips`` governs only which peers may set the scheme headers
(``X-Forwarded-Proto``), not ``REMOTE_ADDR``. So behind a reverse proxy every
visitor would share the proxy's address, and its budget, unless the proxy
speaks the PROXY protocol to gunicorn (``proxy_protocol`` on, ``proxy_allow_ips``
set to the proxy), which makes gunicorn set ``REMOTE_ADDR`` to the real client.
"""

import hashlib
import hmac
import ipaddress
import secrets
import threading
import time
from dataclasses import dataclass

from django.conf import settings
from django.core.cache import cache
from django.core.exceptions import ImproperlyConfigured

KEY_PREFIX = "ratelimit"

# Patched by tests to move the clock.
clock = time.time


@dataclass(frozen=True)
class Limit:
    limit: int  # hits allowed within one window
    window: int  # seconds


class _RotatingSecret:
    """32 random bytes, replaced whenever the rotation period changes."""

    def __init__(self):
        self._lock = threading.Lock()
        self._period = None
        self._secret = b""

    def current(self):
        period = int(clock() // rotation_seconds())
        with self._lock:
            if period != self._period:
                self._secret = secrets.token_bytes(32)
                self._period = period
            return self._secret

    def rotate(self):
        """Replace the secret now (the next period brings another one)."""
        with self._lock:
            self._secret = secrets.token_bytes(32)
            self._period = int(clock() // rotation_seconds())


_secret = _RotatingSecret()
rotate_secret = _secret.rotate


def rotation_seconds():
    return max(1, int(getattr(settings, "REPORT_RATE_LIMIT_SECRET_SECONDS", 3600)))


def limit_for(scope, limit=None, window=None):
    """The scope's limit from settings, with either number overridden."""
    configured = getattr(settings, "REPORT_RATE_LIMITS", {}).get(scope)
    if configured is None and (limit is None or window is None):
        raise ImproperlyConfigured(f"REPORT_RATE_LIMITS has no entry for {scope!r}.")
    configured = configured or {}
    return Limit(
        limit=int(configured.get("limit") if limit is None else limit),
        window=int(configured.get("window") if window is None else window),
    )


def _client_network(request):
    """The client's address as counted: itself for IPv4, its /64 for IPv6."""
    raw = request.META.get("REMOTE_ADDR", "") or ""
    try:
        address = ipaddress.ip_address(raw.strip())
    except ValueError:
        return raw  # unix socket or test client: count whatever identifies it
    if address.version == 6:
        if address.ipv4_mapped:
            return str(address.ipv4_mapped)
        return str(ipaddress.ip_network(f"{address}/64", strict=False))
    return str(address)


def client_key(request, scope):
    """The cache key for this client in ``scope``: a keyed hash, never the address."""
    message = b"\0".join([b"client", scope.encode(), _client_network(request).encode()])
    digest = hmac.new(_secret.current(), message, hashlib.sha256).hexdigest()
    return f"{KEY_PREFIX}:{scope}:{digest}"


def subject_key(scope, subject):
    """The cache key for a non-personal subject (a report reference).

    Keyed with SECRET_KEY rather than the rotating secret so that every worker
    shares the count: a lockout then holds across the whole site.
    """
    message = b"\0".join([b"subject", scope.encode(), str(subject).encode()])
    digest = hmac.new(settings.SECRET_KEY.encode(), message, hashlib.sha256).hexdigest()
    return f"{KEY_PREFIX}:{scope}:{digest}"


def _increment(key, window):
    """Add one to the counter at ``key``, starting it (with its expiry) if new."""
    if cache.add(key, 1, timeout=window):
        return 1
    try:
        return cache.incr(key)
    except ValueError:  # it expired between add() and incr()
        cache.add(key, 1, timeout=window)
        return 1


def allow(request, scope, limit=None, window=None):
    """Count one hit for this client in ``scope``; True while within the limit."""
    rule = limit_for(scope, limit, window)
    return _increment(client_key(request, scope), rule.window) <= rule.limit


def is_locked(scope, subject, limit=None, window=None):
    """True when ``subject`` has used up its failures in ``scope``. Counts nothing."""
    rule = limit_for(scope, limit, window)
    return (cache.get(subject_key(scope, subject)) or 0) >= rule.limit


def record_failure(scope, subject, limit=None, window=None):
    """Count one failure against ``subject``; returns the count in this window."""
    rule = limit_for(scope, limit, window)
    return _increment(subject_key(scope, subject), rule.window)
