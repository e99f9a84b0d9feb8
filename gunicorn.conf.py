"""Gunicorn settings for the container, the benchmark and the gunicorn test.

Everything tunable comes from the environment so one image fits any host.
Run as: gunicorn -c gunicorn.conf.py cse_site.wsgi

Environment (all optional):
  PORT / GUNICORN_HOST        where to listen (8000 / 0.0.0.0)
  WEB_CONCURRENCY             worker processes (the platform convention); GUNICORN_WORKERS
                              wins if both are set. Default: one per core, at least 2.
  GUNICORN_THREADS            threads per worker (4; the gthread worker, which keeps
                              connections alive)
  GUNICORN_TIMEOUT            seconds before a silent worker is killed and replaced (30)
  GUNICORN_GRACEFUL_TIMEOUT   seconds a worker gets to finish on restart (= timeout)
  GUNICORN_KEEPALIVE          seconds to hold an idle keep-alive connection (5)
  GUNICORN_MAX_REQUESTS       requests before a worker is recycled (0 = never, the default)
  GUNICORN_MAX_REQUESTS_JITTER  random extra (default: half of GUNICORN_MAX_REQUESTS)
  FORWARDED_ALLOW_IPS         the proxy allowed to say "this came over HTTPS" (and, in
                              Django, whose X-Forwarded-For the rate limits trust)
  GUNICORN_LOG_LEVEL          info
Sizing: the app is loaded once, before the workers fork (preload_app), so a worker
starts in milliseconds and shares the loaded code with the others. Python runs one
thread at a time per process, so one worker per core keeps every core busy; the threads
answer other requests while one waits on PostgreSQL, Redis or a slow client. With
CONN_MAX_AGE each thread may hold a database connection: workers x threads, times the
number of web nodes, must stay below PostgreSQL's max_connections (100 by default).
"""

import os
import re

from gunicorn import glogging


def _cores():
    # sched_getaffinity respects a container's CPU set; cpu_count() reports the host's.
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:
        return os.cpu_count() or 1


# Inside a container the app must listen on every interface; compose publishes the
# port on 127.0.0.1 only. The benchmark and tests set GUNICORN_HOST=127.0.0.1.
bind = f"{os.environ.get('GUNICORN_HOST', '0.0.0.0')}:{os.environ.get('PORT', '8000')}"

# One worker per core: Python runs one thread at a time in a process, so more workers
# than cores only take turns (and each costs memory and connections). At least two, so
# one worker busy with a slow request never leaves the node unable to answer.
workers = int(
    os.environ.get("GUNICORN_WORKERS") or os.environ.get("WEB_CONCURRENCY") or max(2, _cores())
)
# Threads answer other requests while one waits on the database, Redis or a slow client.
# More than one thread selects the gthread worker, which also keeps connections alive.
threads = int(os.environ.get("GUNICORN_THREADS", "4"))
timeout = int(os.environ.get("GUNICORN_TIMEOUT", "30"))
graceful_timeout = int(os.environ.get("GUNICORN_GRACEFUL_TIMEOUT", timeout))
keepalive = int(os.environ.get("GUNICORN_KEEPALIVE", "5"))
# Load the app once in the master and fork the workers from it: a worker (re)starts in
# milliseconds instead of importing Django and Wagtail again (about 1.5 s of CPU, during
# which requests queue). Nothing opens a database or Redis connection at import, so no
# connection is shared across the fork (tests/site/test_gunicorn.py checks).
preload_app = True
# Recycling off: a restarted worker's requests stall or fail while it starts, and nothing
# here leaks. If a leak ever needs it, set GUNICORN_MAX_REQUESTS to tens of thousands:
# the jitter (half as much again, at random) keeps workers from restarting together.
max_requests = int(os.environ.get("GUNICORN_MAX_REQUESTS", "0"))
max_requests_jitter = int(os.environ.get("GUNICORN_MAX_REQUESTS_JITTER", max_requests // 2))
# Heartbeat files on tmpfs: a container's /tmp may sit on a slow overlay filesystem.
if os.path.isdir("/dev/shm"):
    worker_tmp_dir = "/dev/shm"
# No runtime control socket: nothing uses gunicornc, and a shared default path in
# $HOME would make two servers on one machine (tests, benchmark) collide.
control_socket_disable = True

# Only the reverse proxy may tell us the request came over HTTPS. Set
# FORWARDED_ALLOW_IPS to the proxy's address or network; never "*" unless gunicorn
# can be reached through the proxy alone.
forwarded_allow_ips = os.environ.get("FORWARDED_ALLOW_IPS", "127.0.0.1,::1")

# Access log to stdout, error log to stderr (the container runtime collects both).
accesslog = "-"
errorlog = "-"
loglevel = os.environ.get("GUNICORN_LOG_LEVEL", "info")
# Someone reporting exploitation must not be traceable from our logs, so the access
# log never has the client address (%(h)s), user agent (%(a)s) or referrer (%(f)s),
# and uses the path without its query string (%(U)s, not %(r)s).
# Fields: time, method, path, status, response length, duration in milliseconds. The
# length is the Content-Length header: %(b)s reads 0 for files sent with sendfile().
access_log_format = '%(t)s "%(m)s %(U)s" %(s)s %({content-length}o)s %(M)sms'


_CLIENT_ADDRESS = re.compile(r"\bip=\S*(?=: )")


class AddressFreeLogger(glogging.Logger):
    """Gunicorn's error log names the client's address ("Invalid request from
    ip=...") when a request is malformed; replace it before it is written."""

    def warning(self, msg, *args, **kwargs):
        super().warning(_CLIENT_ADDRESS.sub("ip=[not logged]", str(msg)), *args, **kwargs)


logger_class = AddressFreeLogger
