"""Django's Redis cache backend, with one Redis client per connection pool.

Django's ``RedisCacheClient`` makes a new ``redis.Redis`` for every cache call, and
redis-py's constructor fills a table of some two hundred response callbacks each time:
about 0.15 ms a call, which was most of the cost of serving a cached page (six calls).
A client is safe to share between threads (each command borrows a connection from the
pool), and redis-py resets a pool inherited across a fork, so one client per pool
serves every thread of a worker.

It also skips Django's memcached-portability check on every key (see ``validate_key``),
and reads one value's stored bytes in a plain GET (``get_raw``): the page cache asks
for one small key on every hit, and redis-py's retry and metrics wrappers cost as much
CPU as the round trip itself.

Settings: ``"BACKEND": "core.redis_cache.RedisCache"``, otherwise as Django's.
"""

import threading

from django.core.cache.backends.redis import RedisCache as DjangoRedisCache
from django.core.cache.backends.redis import RedisCacheClient
from redis.exceptions import ConnectionError as RedisConnectionError
from redis.exceptions import TimeoutError as RedisTimeoutError


class SharedClientRedisCacheClient(RedisCacheClient):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self._clients = {}

    def get_client(self, key=None, *, write=False):
        pool = self._get_connection_pool(write)
        client = self._clients.get(id(pool))
        if client is None:
            client = self._clients.setdefault(id(pool), self._client(connection_pool=pool))
        return client


class RedisCache(DjangoRedisCache):
    def __init__(self, server, params):
        super().__init__(server, params)
        self._class = SharedClientRedisCacheClient
        self._raw = threading.local()  # made after gunicorn forks: never shared

    def validate_key(self, key):
        """Nothing to check: Redis takes any key. (Django's check warns about keys
        memcached would refuse, character by character: a few microseconds a key, and
        a page-cache hit reads several.)"""

    def get_raw(self, key):
        """The bytes stored under ``key`` (as ``set`` stored them), or None: one GET on
        this thread's own connection, without the client's wrappers or the pool's
        check of a borrowed connection (a system call each). A connection Redis closed
        (a restart, an idle timeout) is opened again once, as the client would."""
        connection = getattr(self._raw, "connection", None)
        if connection is None:
            pool = self._cache._get_connection_pool(False)
            connection = self._raw.connection = pool.make_connection()
        for attempt in (1, 2):
            try:
                connection.send_command("GET", self.make_key(key))
                return connection.read_response()
            except (RedisConnectionError, RedisTimeoutError):
                connection.disconnect()
                if attempt == 2:
                    raise
            except BaseException:
                connection.disconnect()  # a half-read answer must not reach the next command
                raise
