"""Django's Redis cache backend, with one Redis client per connection pool.

Django's ``RedisCacheClient`` makes a new ``redis.Redis`` for every cache call, and
redis-py's constructor fills a table of some two hundred response callbacks each time:
about 0.15 ms a call, which was most of the cost of serving a cached page (six calls).
A client is safe to share between threads (each command borrows a connection from the
pool), and redis-py resets a pool inherited across a fork, so one client per pool
serves every thread of a worker.

It also skips Django's memcached-portability check on every key (see ``validate_key``).

Settings: ``"BACKEND": "core.redis_cache.RedisCache"``, otherwise as Django's.
"""

from django.core.cache.backends.redis import RedisCache as DjangoRedisCache
from django.core.cache.backends.redis import RedisCacheClient


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

    def validate_key(self, key):
        """Nothing to check: Redis takes any key. (Django's check warns about keys
        memcached would refuse, character by character: a few microseconds a key, and
        a page-cache hit reads several.)"""
