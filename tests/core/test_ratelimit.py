"""Rate limits count a keyed hash of the address, under a secret that rotates every
hour and is never stored (each process derives it from the environment), so the
address itself never reaches the cache, and every worker and node counts together."""

import hashlib
import hmac
import pickle

import pytest
from django.conf import settings
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
    with override_settings(REPORT_RATE_LIMITS=LIMITS, REPORT_RATE_LIMIT_SECRET_SECONDS=3600):
        yield
    cache.clear()


@pytest.fixture
def clock(monkeypatch):
    now = [1_800_000_000.0]
    monkeypatch.setattr(ratelimit, "clock", lambda: now[0])
    return now


def next_hour(clock):
    clock[0] += 3600


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


def test_x_forwarded_for_is_ignored_from_anyone_but_the_proxy():
    """Anyone can send the header: a client cannot buy a new budget with it."""
    for n in range(3):
        assert ratelimit.allow(
            request_from(ADDRESS, HTTP_X_FORWARDED_FOR=f"10.0.0.{n}"), "test-scope"
        )
    assert not ratelimit.allow(
        request_from(ADDRESS, HTTP_X_FORWARDED_FOR="10.0.0.99"), "test-scope"
    )


PROXY = "172.30.0.2"


@override_settings(TRUSTED_PROXIES=["172.30.0.0/24"])
def test_behind_the_trusted_proxy_each_forwarded_client_has_its_own_budget():
    def through_proxy(forwarded_for):
        return request_from(PROXY, HTTP_X_FORWARDED_FOR=forwarded_for)

    for _ in range(3):
        assert ratelimit.allow(through_proxy(ADDRESS), "test-scope")
    assert not ratelimit.allow(through_proxy(ADDRESS), "test-scope")
    # Another client through the same proxy is not held back by the first.
    assert ratelimit.allow(through_proxy(OTHER_ADDRESS), "test-scope")
    # What a client wrote itself is on the left; the proxy appends what it saw.
    assert not ratelimit.allow(through_proxy(f"10.9.9.9, {ADDRESS}"), "test-scope")
    # A proxy chain within the trusted network is looked through.
    assert not ratelimit.allow(through_proxy(f"{ADDRESS}, 172.30.0.7"), "test-scope")
    # The same header from outside the proxy's network counts the peer itself.
    assert ratelimit.client_address(request_from("198.51.100.1", HTTP_X_FORWARDED_FOR=ADDRESS)) == (
        "198.51.100.1"
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


def test_every_process_derives_the_same_key_within_an_hour_and_a_new_one_after(clock):
    request = request_from(ADDRESS)
    before = ratelimit.client_key(request, "test-scope")
    ratelimit._period_secret.cache_clear()  # as a freshly started worker on another node
    assert ratelimit.client_key(request, "test-scope") == before
    assert before.startswith("ratelimit:test-scope:")
    clock[0] += 1
    assert ratelimit.client_key(request, "test-scope") == before
    next_hour(clock)
    assert ratelimit.client_key(request, "test-scope") != before


def test_the_key_depends_on_the_environment_secret(clock):
    request = request_from(ADDRESS)
    with override_settings(RATE_LIMIT_SECRET="one-deployment"):
        first = ratelimit.client_key(request, "test-scope")
    with override_settings(RATE_LIMIT_SECRET="another-deployment"):
        assert ratelimit.client_key(request, "test-scope") != first
    with override_settings(RATE_LIMIT_SECRET=""):  # derived from SECRET_KEY, not equal to it
        derived = ratelimit.client_key(request, "test-scope")
        assert derived != first
        secret = settings.SECRET_KEY.encode()
        message = b"\0".join([b"client", b"test-scope", ADDRESS.encode()])
        assert hmac.new(secret, message, hashlib.sha256).hexdigest() not in derived


def test_the_secret_rotates_by_itself_each_period(clock):
    request = request_from(ADDRESS)
    first = ratelimit.client_key(request, "test-scope")
    clock[0] += 1
    assert ratelimit.client_key(request, "test-scope") == first
    next_hour(clock)
    second = ratelimit.client_key(request, "test-scope")
    assert second != first
    # Documented trade-off: after a rotation a client starts a fresh count.
    for _ in range(3):
        ratelimit.allow(request, "test-scope")
    assert not ratelimit.allow(request, "test-scope")
    next_hour(clock)
    assert ratelimit.allow(request, "test-scope")


def test_the_address_never_reaches_the_cache(clock):
    addresses = [ADDRESS, OTHER_ADDRESS, "2001:db8:1:2::1", "::ffff:192.0.2.44"]
    for address in addresses:
        for _ in range(5):
            ratelimit.allow(request_from(address), "test-scope")
        next_hour(clock)
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


def test_no_key_is_a_plain_hash_anyone_could_recompute(clock):
    request = request_from(ADDRESS)
    keys = set()
    for _ in range(5):
        next_hour(clock)
        keys.add(ratelimit.client_key(request, "test-scope"))
    assert len(keys) == 5
    plain = hashlib.sha256(ADDRESS.encode()).hexdigest()
    assert not any(plain in key for key in keys)
    # Nothing the keys are made with is in the cache.
    ratelimit.allow(request, "test-scope")
    assert not any(ratelimit.current_secret() in blob for blob in stored_cache_bytes())


def test_a_subject_locks_after_its_failures_and_others_do_not(clock):
    assert not ratelimit.is_locked("test-subject", "CSE-AAAA-BBBB")
    ratelimit.record_failure("test-subject", "CSE-AAAA-BBBB")
    assert not ratelimit.is_locked("test-subject", "CSE-AAAA-BBBB")
    ratelimit.record_failure("test-subject", "CSE-AAAA-BBBB")
    assert ratelimit.is_locked("test-subject", "CSE-AAAA-BBBB")
    assert not ratelimit.is_locked("test-subject", "CSE-CCCC-DDDD")
    # A lockout holds across rotations: it does not depend on the hourly secret.
    next_hour(clock)
    assert ratelimit.is_locked("test-subject", "CSE-AAAA-BBBB")
    assert not any(b"CSE-AAAA-BBBB" in blob for blob in stored_cache_bytes())


# With Redis, as production counts -------------------------------------------------------


@pytest.fixture
def redis_counters(redis_url):
    """The default cache on Redis, as production settings make it."""
    from django.core.cache import caches

    redis_cache = {"BACKEND": "core.redis_cache.RedisCache", "LOCATION": redis_url}
    with override_settings(CACHES={**settings.CACHES, "default": redis_cache}):
        caches["default"].clear()
        yield caches["default"]
        caches["default"].clear()


def test_in_redis_every_process_counts_one_budget_and_the_counter_expires(redis_counters, clock):
    request = request_from(ADDRESS)
    for worker in range(3):  # three workers (or nodes), each deriving the secret itself
        ratelimit._period_secret.cache_clear()
        assert ratelimit.allow(request, "test-scope"), worker
    assert not ratelimit.allow(request, "test-scope")
    key = redis_counters.make_and_validate_key(ratelimit.client_key(request, "test-scope"))
    client = redis_counters._cache.get_client(key)
    assert 590 < client.ttl(key) <= 600  # started with its window, kept by every increment
    assert int(client.get(key)) == 4
    assert not [name for name in client.keys("*") if ADDRESS.encode() in name]


def test_one_redis_client_serves_every_call(redis_counters):
    """Django makes a redis.Redis per call; ours keeps one per connection pool."""
    backend = redis_counters._cache
    assert backend.get_client("a") is backend.get_client("b")
    redis_counters.set("shared-client-check", 7)
    assert redis_counters.get("shared-client-check") == 7
