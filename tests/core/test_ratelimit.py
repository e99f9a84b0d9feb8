"""Rate limits count a keyed hash of the address, under a secret that rotates and
is never stored, so the address itself never reaches the cache."""

import pickle

import pytest
from django.core.cache import cache
from django.core.exceptions import ImproperlyConfigured
from django.test import RequestFactory, override_settings

from core import ratelimit

ADDRESS = "203.0.113.7"
OTHER_ADDRESS = "198.51.100.23"
LIMITS = {
    "test-scope": {"limit": 3, "window": 600},
    "test-subject": {"limit": 2, "window": 600},
}


@pytest.fixture(autouse=True)
def fresh_cache_and_secret():
    cache.clear()
    ratelimit.rotate_secret()
    with override_settings(REPORT_RATE_LIMITS=LIMITS, REPORT_RATE_LIMIT_SECRET_SECONDS=3600):
        yield
    cache.clear()


def request_from(address, **headers):
    return RequestFactory().post("/", REMOTE_ADDR=address, **headers)


def stored_cache_bytes():
    """Every key and (pickled) value in the local-memory cache, as bytes."""
    store = cache._cache
    return [key.encode() for key in store] + [
        value if isinstance(value, bytes) else pickle.dumps(value) for value in store.values()
    ]


def test_allows_the_limit_then_refuses():
    request = request_from(ADDRESS)
    assert [ratelimit.allow(request, "test-scope") for _ in range(5)] == [
        True,
        True,
        True,
        False,
        False,
    ]


def test_limit_and_window_can_be_given_by_the_caller():
    request = request_from(ADDRESS)
    assert ratelimit.allow(request, "test-scope", limit=1)
    assert not ratelimit.allow(request, "test-scope", limit=1)
    assert ratelimit.allow(request, "unconfigured", limit=1, window=60)


def test_an_unknown_scope_without_numbers_fails_loudly():
    with pytest.raises(ImproperlyConfigured):
        ratelimit.allow(request_from(ADDRESS), "no-such-scope")


def test_another_address_has_its_own_budget():
    for _ in range(3):
        assert ratelimit.allow(request_from(ADDRESS), "test-scope")
    assert not ratelimit.allow(request_from(ADDRESS), "test-scope")
    assert ratelimit.allow(request_from(OTHER_ADDRESS), "test-scope")


def test_scopes_are_counted_apart():
    request = request_from(ADDRESS)
    for _ in range(3):
        ratelimit.allow(request, "test-scope")
    assert not ratelimit.allow(request, "test-scope")
    assert ratelimit.allow(request, "test-subject")


def test_x_forwarded_for_is_ignored():
    """Anyone can send the header: a client cannot buy a new budget with it."""
    for n in range(3):
        assert ratelimit.allow(
            request_from(ADDRESS, HTTP_X_FORWARDED_FOR=f"10.0.0.{n}"), "test-scope"
        )
    assert not ratelimit.allow(
        request_from(ADDRESS, HTTP_X_FORWARDED_FOR="10.0.0.99"), "test-scope"
    )


def test_an_ipv6_client_is_counted_by_its_64_network():
    for suffix in ("1", "2", "ffff:1"):
        assert ratelimit.allow(request_from(f"2001:db8:1:2::{suffix}"), "test-scope")
    assert not ratelimit.allow(request_from("2001:db8:1:2::abcd"), "test-scope")
    assert ratelimit.allow(request_from("2001:db8:1:3::1"), "test-scope")


def test_the_counter_expires_one_window_after_its_first_hit():
    request = request_from(ADDRESS)
    ratelimit.allow(request, "test-scope")
    key = cache.make_key(ratelimit.client_key(request, "test-scope"))
    remaining = cache._expire_info[key] - ratelimit.clock()
    assert 590 < remaining <= 600


def test_rotating_the_secret_changes_the_key_for_the_same_address():
    request = request_from(ADDRESS)
    before = ratelimit.client_key(request, "test-scope")
    assert ratelimit.client_key(request, "test-scope") == before  # stable within a period
    ratelimit.rotate_secret()
    after = ratelimit.client_key(request, "test-scope")
    assert after != before
    assert after.startswith("ratelimit:test-scope:")


def test_the_secret_rotates_by_itself_each_period(monkeypatch):
    now = [1_800_000_000.0]
    monkeypatch.setattr(ratelimit, "clock", lambda: now[0])
    request = request_from(ADDRESS)
    first = ratelimit.client_key(request, "test-scope")
    now[0] += 1
    assert ratelimit.client_key(request, "test-scope") == first
    now[0] += 3600
    second = ratelimit.client_key(request, "test-scope")
    assert second != first
    # Documented trade-off: after a rotation a client starts a fresh count.
    for _ in range(3):
        ratelimit.allow(request, "test-scope")
    assert not ratelimit.allow(request, "test-scope")
    now[0] += 3600
    assert ratelimit.allow(request, "test-scope")


def test_the_address_never_reaches_the_cache():
    addresses = [ADDRESS, OTHER_ADDRESS, "2001:db8:1:2::1", "::ffff:192.0.2.44"]
    for address in addresses:
        for _ in range(5):
            ratelimit.allow(request_from(address), "test-scope")
        ratelimit.rotate_secret()
    stored = stored_cache_bytes()
    assert len(stored) >= 2 * len(addresses)
    forms_of_each = {
        ADDRESS: [ADDRESS],
        OTHER_ADDRESS: [OTHER_ADDRESS],
        "2001:db8:1:2::1": ["2001:db8:1:2", "2001:db8:1:2::"],
        "::ffff:192.0.2.44": ["192.0.2.44", "ffff:192"],
    }
    for address in addresses:
        for form in forms_of_each[address]:
            assert not any(form.encode() in blob for blob in stored), form


def test_the_secret_is_not_derived_from_anything_stored():
    """Two processes (here: two rotations) hash the same address differently, and
    no key is a plain hash of the address that anyone could recompute."""
    import hashlib

    request = request_from(ADDRESS)
    keys = set()
    for _ in range(5):
        ratelimit.rotate_secret()
        keys.add(ratelimit.client_key(request, "test-scope"))
    assert len(keys) == 5
    plain = hashlib.sha256(ADDRESS.encode()).hexdigest()
    assert not any(plain in key for key in keys)


def test_a_subject_locks_after_its_failures_and_others_do_not():
    assert not ratelimit.is_locked("test-subject", "CSE-AAAA-BBBB")
    ratelimit.record_failure("test-subject", "CSE-AAAA-BBBB")
    assert not ratelimit.is_locked("test-subject", "CSE-AAAA-BBBB")
    ratelimit.record_failure("test-subject", "CSE-AAAA-BBBB")
    assert ratelimit.is_locked("test-subject", "CSE-AAAA-BBBB")
    assert not ratelimit.is_locked("test-subject", "CSE-CCCC-DDDD")
    # A lockout is shared by every worker: it does not depend on the rotating secret.
    ratelimit.rotate_secret()
    assert ratelimit.is_locked("test-subject", "CSE-AAAA-BBBB")
    assert not any(b"CSE-AAAA-BBBB" in blob for blob in stored_cache_bytes())
