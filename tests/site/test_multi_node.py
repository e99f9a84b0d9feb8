"""Production across machines, on one: two web nodes (the container's gunicorn command,
production settings) on different ports behind Debian's Caddy running the repository's
Caddyfile, sharing one PostgreSQL and one Redis, as compose.yaml runs them.

- The proxy serves static files and uploads itself and sends pages to the nodes.
- A publish through one node shows through the other on the very next request: the
  page cache and its purges live in the shared Redis.
- The rate limit counts a client's requests on both nodes together, by the address the
  proxy forwards (and a forged X-Forwarded-For sent to the proxy buys nothing).
- One node killed under load loses no report: the proxy routes around it, and a
  reporter who resends a step after a proxy error still saves exactly one report.

One test on purpose (the servers and the seeded database take most of its time). Heavy:
not in `make test`; `make test-heavy` and .ci/run (after the suites) run it. Skipped
where PostgreSQL, Redis or Caddy is not installed (.ci/run installs them).
"""

import concurrent.futures
import html
import http.cookiejar
import os
import re
import signal
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.parse
import urllib.request
from pathlib import Path

import pytest

from bench import __main__ as bench
from bench import reports, services

BASE_DIR = Path(__file__).resolve().parents[2]
HOST = services.HOST
REPORTERS = 24
FOLLOWUP_LIMIT = 10  # settings.REPORT_RATE_LIMITS["followup"]

pytestmark = [
    pytest.mark.heavy,
    pytest.mark.skipif(
        not services.available("postgresql", "redis-server", "caddy"),
        reason="needs Debian's postgresql, redis-server and caddy (apt-get install ...)",
    ),
]


class Node:
    """One web node: the container's command on its own port, in its own process group."""

    def __init__(self, env, log_path):
        self.port = services.free_port()
        self.url = f"http://{HOST}:{self.port}"
        self.log_path = log_path
        self.process = bench.start_gunicorn(env, self.port, log_path)

    def wait_until_healthy(self, timeout=90):
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            assert self.process.poll() is None, self.log_path.read_text()[-3000:]
            try:
                with urllib.request.urlopen(self.url + "/healthz", timeout=2) as response:
                    if response.status == 200:
                        return
            except OSError:
                time.sleep(0.3)
        raise AssertionError(f"{self.url} never became healthy")

    def kill(self):
        """As a machine dies: every process of the node at once, no goodbye."""
        os.killpg(self.process.pid, signal.SIGKILL)
        self.process.wait()

    def stop(self):
        if self.process.poll() is None:
            bench.stop(self.process)


def fetch(url, headers=None, data=None, cookies=None):
    """(status, headers, body text) without raising on 4xx/5xx."""
    request = urllib.request.Request(url, data=data, headers=headers or {})
    opener = urllib.request.build_opener(
        urllib.request.HTTPCookieProcessor(
            cookies if cookies is not None else http.cookiejar.CookieJar()
        )
    )
    try:
        with opener.open(request, timeout=30) as response:
            return response.status, response.headers, response.read().decode(errors="replace")
    except urllib.error.HTTPError as error:
        return error.code, error.headers, error.read().decode(errors="replace")


def manage(env, code):
    result = subprocess.run(
        [sys.executable, "manage.py", "shell", "-c", code],
        cwd=BASE_DIR,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr[-3000:]
    return result.stdout.strip().splitlines()[-1]


def count_reports(database_url):
    import psycopg

    with psycopg.connect(database_url) as connection:
        return connection.execute("SELECT count(*) FROM reports_report").fetchone()[0]


# The checks ------------------------------------------------------------------------------


def proxy_serves_files_and_pages(proxy, nodes, static_root, media_root):
    status, headers, body = fetch(proxy + "/")
    assert status == 200 and "Know and See" in body
    assert headers["Server"] == "Caddy"

    stylesheet = next(static_root.glob("css/main.*.css")).name
    status, headers, _ = fetch(f"{proxy}/static/css/{stylesheet}")
    assert status == 200
    assert "immutable" in headers["Cache-Control"]
    (media_root / "original_images").mkdir(parents=True, exist_ok=True)
    (media_root / "original_images" / "poster.txt").write_text("a poster")
    (media_root / "documents").mkdir(parents=True, exist_ok=True)
    (media_root / "documents" / "private.txt").write_text("checked by Wagtail")
    assert fetch(proxy + "/media/original_images/poster.txt")[2] == "a poster"
    assert fetch(proxy + "/media/documents/private.txt")[0] == 404
    # Files never reach the nodes.
    for node in nodes:
        log = node.log_path.read_text()
        assert "/static/" not in log and "/media/" not in log


def editor_session(env):
    """A signed-in editor with a confirmed second factor, as a session in the shared
    database: (session key, CSRF cookie name)."""
    return manage(
        env,
        "from django.contrib.auth import get_user_model\n"
        "from django.test import Client\n"
        "from django_otp import DEVICE_ID_SESSION_KEY\n"
        "from django_otp.plugins.otp_totp.models import TOTPDevice\n"
        "user, _ = get_user_model().objects.get_or_create(username='multi-node-editor',"
        " defaults={'is_superuser': True, 'is_staff': True})\n"
        "device = TOTPDevice.objects.create(user=user, name='phone', confirmed=True)\n"
        "client = Client()\n"
        "client.force_login(user, backend='django.contrib.auth.backends.ModelBackend')\n"
        "session = client.session\n"
        "session[DEVICE_ID_SESSION_KEY] = device.persistent_id\n"
        "session.save()\n"
        "print(session.session_key)",
    )


def a_draft_title_change(env):
    """A live content page with a new title saved as a draft (not yet public):
    (page id, its URL, the new title)."""
    line = manage(
        env,
        "from audiences.models import ContentPage\n"
        "page = ContentPage.objects.live().filter(locale__language_code='en')"
        ".order_by('path').first()\n"
        "url = page.url\n"
        "page.title = 'Published through one node'\n"
        "page.save_revision()\n"
        "print(page.pk, url)",
    )
    page_id, url = line.split()
    return int(page_id), url, "Published through one node"


def publish_through(node, session_key, page_id):
    """The admin's bulk "Publish" action, through ``node`` only."""
    session_cookie = f"__Host-sessionid={session_key}"
    path = f"/admin/bulk/wagtailcore/page/publish/?id={page_id}&next=/admin/"
    status, headers, body = fetch(node.url + path, headers={"Cookie": session_cookie})
    assert status == 200, body[-2000:]
    csrf_cookie = re.search(r"csrftoken=([^;]+)", " ".join(headers.get_all("Set-Cookie") or []))
    token = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', body)
    assert csrf_cookie and token, "no CSRF token on the confirmation page"
    status, _, body = fetch(
        node.url + path,
        data=urllib.parse.urlencode({"csrfmiddlewaretoken": html.unescape(token[1])}).encode(),
        headers={
            "Cookie": f"{session_cookie}; csrftoken={csrf_cookie[1]}",
            "Origin": node.url,
            "Referer": node.url + path,
        },
    )
    assert status == 200, body[-2000:]


def publish_shows_through_the_other_node(env, nodes):
    node_a, node_b = nodes
    page_id, url, title = a_draft_title_change(env)
    for node in nodes:
        for _ in range(2):
            status, headers, body = fetch(node.url + url)
        assert headers["X-Page-Cache"] == "hit"  # both nodes have it cached
        assert title not in body
    publish_through(node_a, editor_session(env), page_id)
    status, headers, body = fetch(node_b.url + url)
    assert status == 200
    assert html.escape(title) in body, "node B still shows the old page"
    assert headers["X-Page-Cache"] == "miss"


def follow_up_attempt(url, client_address):
    """A follow-up check with a wrong code, as a client at ``client_address`` seen by
    the proxy; returns the status (429 once rate-limited)."""
    jar = http.cookiejar.CookieJar()
    forwarded = {"X-Forwarded-For": client_address}
    status, _, body = fetch(url + "/report/follow-up/", headers=forwarded, cookies=jar)
    assert status == 200
    token = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', body)[1]
    data = {"csrfmiddlewaretoken": token, "reference": "CSE-AAAA-BBBB", "receipt_code": "x"}
    status, _, _ = fetch(
        url + "/report/follow-up/",
        data=urllib.parse.urlencode(data).encode(),
        headers={**forwarded, "Origin": url, "Referer": url + "/report/follow-up/"},
        cookies=jar,
    )
    return status


def rate_limit_counts_across_nodes(proxy, nodes):
    # Straight to the nodes, as the proxy would forward for one client: both nodes count.
    statuses = [
        follow_up_attempt(nodes[n % 2].url, "203.0.113.50") for n in range(FOLLOWUP_LIMIT + 1)
    ]
    assert 429 not in statuses[:FOLLOWUP_LIMIT], statuses
    assert statuses[FOLLOWUP_LIMIT] == 429, statuses
    assert follow_up_attempt(nodes[0].url, "203.0.113.51") != 429  # another client
    # Through the proxy a forged X-Forwarded-For changes nothing: Caddy forwards the
    # address that connected to it.
    forged = [follow_up_attempt(proxy, f"198.51.100.{n}") for n in range(FOLLOWUP_LIMIT + 1)]
    assert forged[FOLLOWUP_LIMIT] == 429, forged


def killing_a_node_under_load_loses_no_report(proxy, nodes, database_url):
    before = count_reports(database_url)
    stop_reading = threading.Event()
    failures, reads = [], [0]
    killed_at = []

    def read_pages():
        while not stop_reading.is_set():
            started = time.monotonic()
            status = fetch(proxy + "/young-people/")[0]
            reads[0] += 1
            if status != 200:
                failures.append((started, status))

    readers = [threading.Thread(target=read_pages) for _ in range(4)]
    for reader in readers:
        reader.start()
    with concurrent.futures.ThreadPoolExecutor(max_workers=REPORTERS) as pool:
        sent = [pool.submit(reports.submit_one, proxy, n, 3.2, None, 5) for n in range(REPORTERS)]
        time.sleep(2.0)  # reporters are mid-journey
        nodes[0].kill()
        killed_at.append(time.monotonic())
        references = [future.result(timeout=180)[0] for future in sent]
    time.sleep(2.0)  # reading on while only one node is left
    stop_reading.set()
    for reader in readers:
        reader.join(timeout=30)

    assert all(references) and len(set(references)) == REPORTERS, references
    assert count_reports(database_url) - before == REPORTERS
    # Only requests already on their way to the dead node can fail; the proxy sends
    # every later one to the node that is left.
    late = [failure for failure in failures if failure[0] > killed_at[0] + 1.0]
    assert not late, (late, reads[0])
    assert reads[0] > 20


def test_two_nodes_behind_caddy_share_cache_limits_and_lose_no_report(tmp_path):
    with services.postgres() as database_url, services.redis() as redis_url:
        env = bench.bench_env(tmp_path, database_url, redis_url)
        env.update(FORWARDED_ALLOW_IPS=HOST, GUNICORN_WORKERS="2", GUNICORN_THREADS="4")
        bench.prepare(env)
        static_root, media_root = tmp_path / "static", tmp_path / "media"
        nodes = [Node(env, tmp_path / f"node-{n}.log") for n in (1, 2)]
        try:
            for node in nodes:
                node.wait_until_healthy()
            upstreams = [f"{HOST}:{node.port}" for node in nodes]
            with services.caddy(services.free_port(), upstreams, static_root, media_root) as proxy:
                proxy_serves_files_and_pages(proxy, nodes, static_root, media_root)
                publish_shows_through_the_other_node(env, nodes)
                rate_limit_counts_across_nodes(proxy, nodes)
                killing_a_node_under_load_loses_no_report(proxy, nodes, database_url)
        finally:
            for node in nodes:
                node.stop()
