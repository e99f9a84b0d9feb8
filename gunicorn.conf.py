"""Gunicorn settings for the container, the benchmark and the gunicorn test.

Everything tunable comes from the environment so one image fits any host.
Run as: gunicorn -c gunicorn.conf.py cse_site.wsgi

Environment (all optional):
  PORT / GUNICORN_HOST        where to listen (8000 / 0.0.0.0)
  WEB_CONCURRENCY             worker processes (the platform convention); GUNICORN_WORKERS
                              wins if both are set. Default 2 x cores + 1, at most 8.
  GUNICORN_THREADS            threads per worker (2; more than 1 selects gthread)
  GUNICORN_TIMEOUT            seconds before a silent worker is killed and replaced (30)
  GUNICORN_GRACEFUL_TIMEOUT   seconds a worker gets to finish on restart (= timeout)
  GUNICORN_KEEPALIVE          seconds to hold an idle keep-alive connection (5)
  GUNICORN_MAX_REQUESTS       requests before a worker is recycled (1000; 0 = never)
  GUNICORN_MAX_REQUESTS_JITTER  random extra, so workers do not all restart at once (100)
  FORWARDED_ALLOW_IPS         the proxy allowed to say "this came over HTTPS"
  GUNICORN_LOG_LEVEL          info
Sizing: each worker holds the whole app (about 100 MB) and, with CONN_MAX_AGE, one
database connection per thread; workers x threads must stay below PostgreSQL's
max_connections. Cached pages cost a Redis round trip, so threads help most on misses.
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

# The usual 2 x cores + 1, capped: each worker holds the whole app (and, with
# CONN_MAX_AGE, a database connection per thread), so memory and connections bound it.
workers = int(
    os.environ.get("GUNICORN_WORKERS")
    or os.environ.get("WEB_CONCURRENCY")
    or min(2 * _cores() + 1, 8)
)
# A second thread lets a worker answer another request while one waits on the database
# or a slow client. More than one thread selects the gthread worker.
threads = int(os.environ.get("GUNICORN_THREADS", "2"))
timeout = int(os.environ.get("GUNICORN_TIMEOUT", "30"))
graceful_timeout = int(os.environ.get("GUNICORN_GRACEFUL_TIMEOUT", timeout))
keepalive = int(os.environ.get("GUNICORN_KEEPALIVE", "5"))
# Recycle workers now and then so a slow leak can never take the site down.
max_requests = int(os.environ.get("GUNICORN_MAX_REQUESTS", "1000"))
max_requests_jitter = int(os.environ.get("GUNICORN_MAX_REQUESTS_JITTER", "100"))
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
