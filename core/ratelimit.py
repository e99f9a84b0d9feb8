"""Rate limits that never keep a visitor's address.

``allow(request, scope)`` counts one hit for the client in ``scope`` and says
whether it is still within the scope's limit (``settings.REPORT_RATE_LIMITS``).
``is_locked`` / ``record_failure`` count failures against something that is not
a person (a report reference) for lockouts.

How an address is counted without being kept
--------------------------------------------
The counter's cache key is ``HMAC-SHA256(secret, scope, address)``. The secret
changes every rotation period (``REPORT_RATE_LIMIT_SECRET_SECONDS``, an hour by
default, on clock-hour boundaries) and is never written anywhere: each process
derives it when it needs it, as ``HMAC-SHA256(environment secret, period)``
(``RATE_LIMIT_SECRET``, else one derived from ``SECRET_KEY``). So every worker on
every node computes the same key for the same client in the same hour, and the
counters in the shared cache (Redis in production) count every request the client
makes, wherever it lands. The address itself is never stored, logged, or put in a
key or a value; a counter lives one window (an hour) and then expires.

Trade-offs, accepted on purpose:
- Someone holding both the environment secret and a copy of the cache taken within
  the hour could test addresses against the counters (an IPv4 address space can be
  searched). Without the environment secret the keys say nothing; once the counters
  have expired there is nothing left to test.
- A rotation starts every client's count afresh, so across a rotation a client
  may get up to twice the limit.
- Windows are fixed: a counter starts at its first hit and expires ``window``
  seconds later, whatever happens in between.
- IPv6 clients are counted per /64 network, the block one household or phone is
  usually given; otherwise a client could step through its own addresses.

Which address
-------------
``REMOTE_ADDR``, unless the request came from a proxy we trust (``TRUSTED_PROXIES``,
read from ``FORWARDED_ALLOW_IPS``, the same list gunicorn trusts for the scheme): then
the address that proxy put in ``X-Forwarded-For`` (the last one in the header that is
not itself a trusted proxy). Anyone can send that header, so from any other peer it is
ignored: a client cannot buy a new budget with it.
"""

import functools
import hashlib
import hmac
import ipaddress
import time
from dataclasses import dataclass

from django.conf import settings
from django.core.cache import DEFAULT_CACHE_ALIAS, cache, caches
from django.core.cache.backends.redis import RedisCache
from django.core.exceptions import ImproperlyConfigured

KEY_PREFIX = "ratelimit"

# Patched by tests to move the clock.
clock = time.time


@dataclass(frozen=True)
class Limit:
    limit: int  # hits allowed within one window
    window: int  # seconds


def _environment_secret():
    configured = getattr(settings, "RATE_LIMIT_SECRET", "")
    if configured:
        return configured.encode()
    # Never SECRET_KEY itself: a key of its own, derived one way.
    return hmac.new(settings.SECRET_KEY.encode(), b"rate-limit secret", hashlib.sha256).digest()


@functools.lru_cache(maxsize=4)
def _period_secret(environment_secret, period):
    return hmac.new(environment_secret, b"period %d" % period, hashlib.sha256).digest()


def current_secret():
    """This period's secret: the same in every process that has the same environment."""
    return _period_secret(_environment_secret(), int(clock() // rotation_seconds()))


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


@functools.lru_cache(maxsize=8)
def _networks(trusted):
    if "*" in trusted:
        return None  # every peer is a proxy we trust (only behind a private network)
    return tuple(ipaddress.ip_network(entry.strip(), strict=False) for entry in trusted if entry)


def _trusted(address, networks):
    if networks is None:
        return True
    try:
        parsed = ipaddress.ip_address(address.strip())
    except ValueError:
        return False
    if parsed.version == 6 and parsed.ipv4_mapped:
        parsed = parsed.ipv4_mapped
    return any(parsed in network for network in networks)


def client_address(request):
    """The connecting address, or the one a trusted proxy says it forwarded for."""
    peer = (request.META.get("REMOTE_ADDR", "") or "").strip()
    forwarded = request.META.get("HTTP_X_FORWARDED_FOR", "")
    trusted = tuple(getattr(settings, "TRUSTED_PROXIES", ()))
    if not forwarded or not trusted:
        return peer
    networks = _networks(trusted)
    if not _trusted(peer, networks):
        return peer
    hops = [hop.strip() for hop in forwarded.split(",") if hop.strip()]
    for hop in reversed(hops):
        if not _trusted(hop, networks):
            return hop
    return hops[0] if hops else peer


def _client_network(request):
    """The client's address as counted: itself for IPv4, its /64 for IPv6."""
    raw = client_address(request)
    try:
        address = ipaddress.ip_address(raw)
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
    digest = hmac.new(current_secret(), message, hashlib.sha256).hexdigest()
    return f"{KEY_PREFIX}:{scope}:{digest}"


def subject_key(scope, subject):
    """The cache key for a non-personal subject (a report reference).

    Keyed with SECRET_KEY rather than the rotating secret so that a lockout holds
    across rotations too.
    """
    message = b"\0".join([b"subject", scope.encode(), str(subject).encode()])
    digest = hmac.new(settings.SECRET_KEY.encode(), message, hashlib.sha256).hexdigest()
    return f"{KEY_PREFIX}:{scope}:{digest}"


def _increment(key, window):
    """Add one to the counter at ``key``, starting it (with its expiry) if new."""
    backend = caches[DEFAULT_CACHE_ALIAS]
    if isinstance(backend, RedisCache):
        # One atomic step: start the counter with its expiry if it has none, then add
        # one. (add-then-incr could recreate an expired counter without an expiry.)
        client = backend._cache.get_client(key, write=True)
        full_key = backend.make_and_validate_key(key)
        pipeline = client.pipeline(transaction=True)
        pipeline.set(full_key, 0, ex=window, nx=True)
        pipeline.incr(full_key)
        return pipeline.execute()[1]
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
