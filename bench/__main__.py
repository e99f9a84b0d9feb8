"""`python -m bench` (`make bench`): the site served exactly as production serves it,
measured against a ceiling it cannot pull down.

1. Backends: a throwaway PostgreSQL and Redis started here in temp dirs (Debian's
   packages, installed when missing and we are root), else SQLite and the file cache;
   the table says which. Production settings, dummy local secrets, loopback only.
2. migrate + seed_demo + collectstatic; the pages to measure come from /sitemap.xml.
3. gunicorn from gunicorn.conf.py, unchanged (only host and port are set). One content
   page is kept out of the whole-page cache (PAGE_CACHE_EXCLUDE_PATHS): "uncached", a
   whole-page miss as after a purge, put together from its kept parts (chrome, body).
   Another is kept out of both (PAGE_FRAGMENTS_EXCLUDE_PATHS too): "cold render",
   everything rendered on every request (shown, not a target).
4. wrk each URL (no Accept-Encoding, like the issue's measurements): a static file
   first and last, pages in between. The ceiling is the faster of the two static runs,
   on a server with recycling off: this one when gunicorn.conf.py recycles nothing,
   else a second server started for it. Every row has its errors (non-2xx, connect,
   read and write errors), timeouts, the worker boots seen in gunicorn's log while it
   ran, and the load average when it ended.
5. 200 reporters at once through the real journey (bench/reports.py), on this backend;
   with PostgreSQL, the same on SQLite beside it, for comparison.
6. The campaign spike (bench/spike.py): visitors, publishes and reports together.
7. The table and the targets with PASS/FAIL; exit status 1 when one fails. A target
   passes only with 0 errors and 0 timeouts, and a cached page only with p99 < 50 ms.
Servers are stopped and temp dirs deleted whatever happened.
"""

import argparse
import contextlib
import json
import os
import re
import runpy
import shutil
import subprocess
import sys
import tempfile
import time
import urllib.request
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlsplit
from xml.etree import ElementTree

from cryptography.fernet import Fernet

from . import reports, services

BASE_DIR = Path(__file__).resolve().parent.parent
HOST = services.HOST  # the benchmark never sends traffic anywhere else
free_port = services.free_port

PRODUCTION_ENV = {
    "DJANGO_SECRET_KEY": "bench-only-not-a-secret-" + "k7Qx" * 12,
    "DJANGO_ALLOWED_HOSTS": "127.0.0.1,localhost",
    "DJANGO_CSRF_TRUSTED_ORIGINS": "http://127.0.0.1",
    "WAGTAILADMIN_BASE_URL": "http://127.0.0.1",
    "EMAIL_URL": "consolemail://",
    "DEFAULT_FROM_EMAIL": "bench@localhost",
    "REPORT_ENCRYPTION_KEYS": Fernet.generate_key().decode(),
    "DJANGO_SECURE_SSL_REDIRECT": "false",
    "DJANGO_HSTS_SECONDS": "0",
    # Every simulated reporter shares 127.0.0.1, and the counters are shared by workers.
    "REPORT_SEND_LIMIT_PER_HOUR": "100000",
}
# Production settings, but collectstatic writes into the temp dir: base settings have
# no environment override for STATIC_ROOT, so a short module adds one. Plain http on
# loopback: the secure-only cookie settings would stop the report clients from sending
# their CSRF cookie back.
SETTINGS_MODULE = "bench_settings"
SETTINGS_SOURCE = (
    "from cse_site.settings.production import *  # noqa: F403\nSTATIC_ROOT = {!r}\n"
    'CSRF_COOKIE_SECURE = False\nCSRF_COOKIE_NAME = "csrftoken"\n'
)

LATENCY_UNITS_MS = {"us": 0.001, "ms": 1.0, "s": 1000.0, "m": 60000.0}
BOOT_LINE = "Booting worker with pid"

# Pages that must find something in the seeded library and search index.
LIBRARY_QUERY = "?audience=parents-carers&topic=grooming"
SEARCH_PATH = "/search/?q=grooming"
REPORT_CLIENTS = 200
STATIC = "static CSS"
CACHED_P99_MS = 50.0
# Speed targets: (row name, minimum ratio to the static ceiling).
RATIO_TARGETS = [("home (cached)", 0.7), ("content (uncached)", 0.1)]
REPORT_P95_TARGET_S = 1.0


def parse_args(argv):
    parser = argparse.ArgumentParser(prog="python -m bench", description=__doc__.split("\n")[0])
    parser.add_argument("--duration", default="10s", help="wrk -d per URL (default 10s)")
    parser.add_argument("--connections", type=int, default=10, help="wrk -c (default 10)")
    parser.add_argument("--threads", type=int, default=2, help="wrk -t (default 2)")
    parser.add_argument(
        "--reports", type=int, default=REPORT_CLIENTS, help="concurrent reporters (0: none)"
    )
    parser.add_argument(
        "--backend",
        choices=["auto", "postgres", "sqlite"],
        default="auto",
        help="auto: PostgreSQL and Redis when they can be started here, else SQLite",
    )
    parser.add_argument(
        "--no-sqlite-reports", action="store_true", help="skip the SQLite reports figure"
    )
    parser.add_argument("--no-spike", action="store_true", help="skip the campaign spike")
    parser.add_argument("--spike-seconds", type=int, default=60)
    parser.add_argument("--only", help="comma-separated row names to measure (for quick runs)")
    return parser.parse_args(argv)


# Servers ---------------------------------------------------------------------------------


@dataclass
class Backend:
    name: str
    database_url: str = ""  # empty: SQLite in the temp dir
    redis_url: str = ""  # empty: the file cache in the temp dir


@contextlib.contextmanager
def backend(choice):
    """PostgreSQL + Redis when wanted and possible, else SQLite + the file cache."""
    if choice != "sqlite" and services.install("postgresql", "redis-server"):
        with services.postgres() as database_url, services.redis() as redis_url:
            name = (
                f"PostgreSQL {services.postgres_version(database_url)} + "
                f"Redis {services.redis_version()}"
            )
            yield Backend(name, database_url, redis_url)
        return
    if choice == "postgres":
        sys.exit("PostgreSQL and Redis are not installed and cannot be installed here.")
    yield Backend("SQLite + file cache")


def ensure_wrk():
    if not services.install("wrk"):
        sys.exit("The benchmark needs wrk: sudo apt-get install wrk")


def bench_env(tmp, database_url=None, redis_url=None):
    (tmp / f"{SETTINGS_MODULE}.py").write_text(SETTINGS_SOURCE.format(str(tmp / "static")))
    env = {k: v for k, v in os.environ.items() if not k.startswith(("DJANGO_", "GUNICORN_"))}
    env.pop("WEB_CONCURRENCY", None)  # the defaults in gunicorn.conf.py are what we measure
    env.pop("REDIS_URL", None)
    env.update(PRODUCTION_ENV)
    env.update(
        DJANGO_SETTINGS_MODULE=SETTINGS_MODULE,
        DATABASE_URL=database_url or f"sqlite:///{tmp / 'bench.sqlite3'}",
        PAGE_CACHE_DIR=str(tmp / "page-cache"),  # shared by the workers, deleted after
        MEDIA_ROOT=str(tmp / "media"),
        PYTHONPATH=os.pathsep.join([str(tmp), str(BASE_DIR)]),
    )
    if redis_url:
        env["REDIS_URL"] = redis_url
    return env


def manage(env, *args):
    subprocess.run([sys.executable, "manage.py", *args], cwd=BASE_DIR, env=env, check=True)


def prepare(env):
    manage(env, "migrate", "--noinput", "-v0")
    manage(env, "seed_demo", "-v0")
    manage(env, "collectstatic", "--noinput", "-v0")


def gunicorn_config(env):
    """The settings gunicorn.conf.py gives for this environment."""
    saved = dict(os.environ)
    try:
        os.environ.clear()
        os.environ.update(env)
        found = runpy.run_path(str(BASE_DIR / "gunicorn.conf.py"))
    finally:
        os.environ.clear()
        os.environ.update(saved)
    names = ("workers", "threads", "max_requests", "max_requests_jitter", "preload_app")
    return {name: found.get(name) for name in names}


def start_gunicorn(env, port, log_path, extra=None):
    """The container's command; access and error logs go to ``log_path``."""
    command = [sys.executable, "-m", "gunicorn", "-c", "gunicorn.conf.py", "cse_site.wsgi"]
    server_env = {**env, "GUNICORN_HOST": HOST, "PORT": str(port), **(extra or {})}
    with open(log_path, "ab") as log:
        return subprocess.Popen(
            command,
            cwd=BASE_DIR,
            env=server_env,
            stdout=log,
            stderr=subprocess.STDOUT,
            start_new_session=True,  # a kill reaches the whole server, workers included
        )


def stop(server):
    server.terminate()
    try:
        server.wait(timeout=20)
    except subprocess.TimeoutExpired:
        server.kill()
        server.wait()


def wait_for_health(base_url, server, log_path, timeout=90):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if server.poll() is not None:
            sys.exit(f"gunicorn exited early:\n{log_path.read_text()}")
        try:
            with urllib.request.urlopen(base_url + "/healthz", timeout=2) as response:
                if response.status == 200:
                    return
        except OSError:
            pass
        time.sleep(0.3)
    sys.exit(f"gunicorn did not answer /healthz within {timeout}s:\n{log_path.read_text()}")


class Server:
    """gunicorn from gunicorn.conf.py on a free port, with its log kept for counting
    worker boots."""

    def __init__(self, env, log_path, extra=None):
        self.port = free_port()
        self.log_path = log_path
        self.base_url = f"http://{HOST}:{self.port}"
        self.process = start_gunicorn(env, self.port, log_path, extra)
        wait_for_health(self.base_url, self.process, log_path)

    def boots(self):
        return self.log_path.read_text(errors="replace").count(BOOT_LINE)

    def stop(self):
        if self.process is not None:
            stop(self.process)
            self.process = None


# Measuring -------------------------------------------------------------------------------


def setup_django(env, tmp):
    """Django in this process, on the bench database and settings (discovery, query
    counts, the spike's publishes; the measured traffic goes to gunicorn)."""
    os.environ.update(env)
    sys.path.insert(0, str(tmp))
    import django

    django.setup()


def discover_targets(static_root):
    """(name, path) pairs, static file first. Pages come from /sitemap.xml, read
    in-process before gunicorn starts so the content page can be kept out of the cache."""
    from django.test import Client

    manifest = json.loads((static_root / "staticfiles.json").read_text())["paths"]
    if "css/main.css" not in manifest:
        sys.exit("css/main.css is not in the static manifest: run `npm run build` first")
    targets = [(STATIC, "/static/" + manifest["css/main.css"]), ("home (cached)", "/")]
    paths = sitemap_paths(Client(HTTP_HOST=HOST))
    depths = {path: len([part for part in path.split("/") if part]) for path in paths}
    audience = next((path for path in paths if depths[path] == 1), None)
    content = [path for path in paths if depths[path] >= 2]
    library = next((path for path in paths if path.rstrip("/").endswith("/resources")), None)
    for name, path in [
        ("audience (cached)", audience),
        ("content (cached)", content[1] if len(content) > 1 else None),
        ("content (uncached)", content[0] if content else None),
        ("content (cold render)", content[2] if len(content) > 2 else None),
        ("library filtered", library and library + LIBRARY_QUERY),
        ("search", SEARCH_PATH),
    ]:
        if path:
            targets.append((name, path))
        else:
            print(f"warning: no {name} page in /sitemap.xml; skipped", file=sys.stderr)
    return targets


def sitemap_paths(client):
    response = client.get("/sitemap.xml")
    root = ElementTree.fromstring(response.content)
    return [urlsplit(loc.text.strip()).path for loc in root.iter() if loc.tag.endswith("loc")]


def run_wrk(url, args):
    # A 10 s timeout: a slow answer counts in p99 instead of vanishing from the results.
    command = ["wrk", f"-t{args.threads}", f"-c{args.connections}", f"-d{args.duration}"]
    command.append("--timeout=10s")
    out = subprocess.run(
        [*command, "--latency", url], capture_output=True, text=True, check=True, timeout=300
    ).stdout

    def latency_ms(percentile):
        match = re.search(rf"^\s*{percentile}%\s+([\d.]+)(us|ms|s|m)\s*$", out, re.MULTILINE)
        return float(match[1]) * LATENCY_UNITS_MS[match[2]]

    def number(pattern):
        match = re.search(pattern, out)
        return int(match[1]) if match else 0

    socket_errors = re.search(
        r"Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)", out
    )
    connect, read, write, timeouts = map(int, socket_errors.groups()) if socket_errors else [0] * 4
    return {
        "rps": float(re.search(r"Requests/sec:\s+([\d.]+)", out)[1]),
        "requests": number(r"(\d+) requests in"),
        "p50": latency_ms(50),
        "p99": latency_ms(99),
        "errors": number(r"Non-2xx or 3xx responses:\s+(\d+)") + connect + read + write,
        "timeouts": timeouts,
    }


def measure(server, name, path, args):
    """wrk one URL after one warm-up visit (which fills the page cache, as a reader
    before the rush would); the worker boots and load average come with it."""
    print(f"wrk -d{args.duration} -c{args.connections}: {name} {path}", flush=True)
    urllib.request.urlopen(server.base_url + path, timeout=60).close()
    boots = server.boots()
    result = run_wrk(server.base_url + path, args)
    result["boots"] = server.boots() - boots
    result["load"] = os.getloadavg()[0]
    return result


def count_queries(paths):
    """Queries per request with the page cache off (what a miss costs), after one
    warm-up request (a running worker has its other caches warm too)."""
    from django.db import connection
    from django.test import Client, override_settings
    from django.test.utils import CaptureQueriesContext

    client = Client(HTTP_HOST=HOST)
    counts = {}
    with override_settings(PAGE_CACHE_ENABLED=False):
        for path in paths:
            client.get(path)
            with CaptureQueriesContext(connection) as queries:
                client.get(path)
            counts[path] = len(queries)
    return counts


def submit_reports(base_url, env, clients):
    """``clients`` reporters at once through the real journey (bench/reports.py)."""
    before = reports.count_reports(env)
    print(f"{clients} reporters send at once...", flush=True)
    sent = reports.send_many(base_url, clients)
    times = sent["times"]
    return {
        "clients": clients,
        "references": len(set(sent["references"])),
        "saved": reports.count_reports(env) - before,
        "errors": sent["errors"],
        "p50": reports.percentile(times, 0.5),
        "p95": reports.percentile(times, 0.95),
        "load": os.getloadavg()[0],
    }


def sqlite_reports(tmp, clients):
    """The same reporters against SQLite and the file cache, for comparison."""
    folder = tmp / "sqlite"
    folder.mkdir()
    env = bench_env(folder)
    print("Preparing SQLite for the reports comparison...", flush=True)
    prepare(env)
    server = Server(env, folder / "gunicorn.log")
    try:
        return submit_reports(server.base_url, env, clients)
    finally:
        server.stop()


# The table --------------------------------------------------------------------------------


def verdict(ok):
    return "PASS" if ok else "FAIL"


@dataclass
class Outcome:
    backend: str
    config: dict
    ceiling: float = 0.0
    ceiling_note: str = ""
    rows: list = field(default_factory=list)  # (name, path, result)
    queries: dict = field(default_factory=dict)
    report: dict | None = None
    sqlite_report: dict | None = None
    spike: dict | None = None


def print_table(outcome):
    ceiling = outcome.ceiling
    config = outcome.config
    print(f"\nBackend: {outcome.backend}. Machine: {os.cpu_count()} cores.")
    print(
        f"gunicorn.conf.py: {config['workers']} workers x {config['threads']} threads, "
        f"max_requests {config['max_requests']} (jitter {config['max_requests_jitter']}), "
        f"preload_app {config['preload_app']}."
    )
    print(f"Static ceiling: {ceiling:.0f} req/s ({outcome.ceiling_note}).")
    print(
        "\n| page | URL | req/s | x static | p50 ms | p99 ms | errors | timeouts "
        "| worker boots | load avg | DB queries (miss) |"
    )
    print("|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|")
    for name, path, r in outcome.rows:
        count = "" if path.startswith("/static/") else outcome.queries.get(path, "")
        print(
            f"| {name} | `{path}` | {r['rps']:.0f} | {r['rps'] / ceiling:.2f} | "
            f"{r['p50']:.2f} | {r['p99']:.2f} | {r['errors']} | {r['timeouts']} | "
            f"{r['boots']} | {r['load']:.2f} | {count} |"
        )
    for label, report in [
        (outcome.backend, outcome.report),
        ("SQLite + file cache", outcome.sqlite_report),
    ]:
        if report:
            print(
                f"| report send, {report['clients']} at once ({label}) | "
                f"`{reports.JOURNEY}` | | | {report['p50'] * 1000:.0f} | "
                f"p95 {report['p95'] * 1000:.0f} | {len(report['errors'])} | | | "
                f"{report['load']:.2f} | |"
            )
    return print_targets(outcome)


def print_targets(outcome):
    """The targets with PASS/FAIL; returns True when all pass."""
    ceiling = outcome.ceiling
    by_name = {name: r for name, _, r in outcome.rows}
    results = []

    def target(text, measured, ok):
        results.append(ok)
        print(f"| {text} | {measured} | {verdict(ok)} |")

    print("\n| target | measured | result |")
    print("|---|---|---|")
    for name, minimum in RATIO_TARGETS:
        if name not in by_name:
            continue
        r = by_name[name]
        ratio = r["rps"] / ceiling
        clean = r["errors"] == 0 and r["timeouts"] == 0
        text = f"{name} >= {minimum}x static, 0 errors"
        measured = f"{ratio:.2f}x, {r['errors']} errors, {r['timeouts']} timeouts"
        ok = ratio >= minimum and clean
        if name.endswith("(cached)"):
            text += f", p99 < {CACHED_P99_MS:.0f} ms"
            measured += f", p99 {r['p99']:.1f} ms"
            ok = ok and r["p99"] < CACHED_P99_MS
        target(text, measured, ok)
    for name, r in by_name.items():
        if name.endswith("(cached)") and name not in dict(RATIO_TARGETS):
            target(
                f"{name}: p99 < {CACHED_P99_MS:.0f} ms, 0 errors",
                f"p99 {r['p99']:.1f} ms, {r['errors']} errors, {r['timeouts']} timeouts",
                r["p99"] < CACHED_P99_MS and r["errors"] == 0 and r["timeouts"] == 0,
            )
    boots = sum(r["boots"] for r in by_name.values())
    print(f"| worker boots while measuring (counted, not a target) | {boots} | - |")
    report = outcome.report
    if report:
        text = f"{report['clients']} concurrent reports all saved"
        if outcome.backend.startswith("PostgreSQL"):
            text += f", p95 < {REPORT_P95_TARGET_S:.0f} s"
        ok = (
            report["saved"] == report["clients"] == report["references"]
            and not report["errors"]
            and (report["p95"] < REPORT_P95_TARGET_S or not outcome.backend.startswith("Postgre"))
        )
        target(
            f"{text} ({outcome.backend})",
            f"{report['saved']} saved, {report['references']} references, "
            f"{len(report['errors'])} errors, p95 {report['p95'] * 1000:.0f} ms",
            ok,
        )
        if report["errors"]:
            print("first errors:", *report["errors"][:3], sep="\n  ")
    if outcome.sqlite_report:
        report = outcome.sqlite_report
        print(
            f"| (for comparison) {report['clients']} reports on SQLite | {report['saved']} saved, "
            f"{len(report['errors'])} errors, p95 {report['p95'] * 1000:.0f} ms | - |"
        )
    if outcome.spike:
        from . import spike

        results.append(spike.print_targets(outcome.spike))
    return all(results)


# Running ----------------------------------------------------------------------------------


def measure_ceiling(env, tmp, config, args, static_path):
    """Static req/s on a server that never recycles a worker: a second server only when
    the production configuration recycles."""
    if not config["max_requests"]:
        return None
    server = Server(env, tmp / "ceiling.log", extra={"GUNICORN_MAX_REQUESTS": "0"})
    try:
        return measure(server, STATIC + " (recycling off)", static_path, args)["rps"]
    finally:
        server.stop()


def run(args, tmp, chosen):
    env = bench_env(tmp, chosen.database_url, chosen.redis_url)
    print(f"Backend: {chosen.name}. Preparing the database and static files...", flush=True)
    prepare(env)
    setup_django(env, tmp)
    targets = discover_targets(tmp / "static")
    if args.only:
        wanted = {STATIC, *args.only.split(",")}
        targets = [target for target in targets if target[0] in wanted]
    uncached = [path for name, path in targets if name.endswith(("(uncached)", "(cold render)"))]
    env["PAGE_CACHE_EXCLUDE_PATHS"] = ",".join(uncached)
    cold = [path for name, path in targets if name.endswith("(cold render)")]
    env["PAGE_FRAGMENTS_EXCLUDE_PATHS"] = ",".join(cold)
    config = gunicorn_config(env)
    outcome = Outcome(chosen.name, config)

    static_path = targets[0][1]
    separate_ceiling = measure_ceiling(env, tmp, config, args, static_path)
    server = Server(env, tmp / "gunicorn.log")
    try:
        for name, path in targets:
            outcome.rows.append((name, path, measure(server, name, path, args)))
        last = measure(server, STATIC + " (again)", static_path, args)
        outcome.rows.append((STATIC + " (again)", static_path, last))
        statics = [r["rps"] for name, _, r in outcome.rows if name.startswith(STATIC)]
        if separate_ceiling is None:
            outcome.ceiling = max(statics)
            outcome.ceiling_note = "the faster static run; this server recycles nothing"
        else:
            outcome.ceiling = max(separate_ceiling, *statics)
            outcome.ceiling_note = (
                f"recycling off, {separate_ceiling:.0f} req/s; the production server "
                "recycles workers"
            )
        if args.reports:
            outcome.report = submit_reports(server.base_url, env, args.reports)
        if not args.no_spike:
            from . import spike

            outcome.spike = spike.run(server.base_url, env, args.spike_seconds)
    finally:
        server.stop()
    outcome.queries = count_queries([path for _, path, _ in outcome.rows[1:]])
    if args.reports and chosen.database_url and not args.no_sqlite_reports:
        outcome.sqlite_report = sqlite_reports(tmp, args.reports)
    return outcome


def main(argv=None):
    args = parse_args(argv)
    ensure_wrk()
    print(f"Load average at start: {' '.join(f'{x:.2f}' for x in os.getloadavg())}")
    tmp = Path(tempfile.mkdtemp(prefix="cse-bench-"))
    try:
        with backend(args.backend) as chosen:
            outcome = run(args, tmp, chosen)
        passed = print_table(outcome)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    print(f"\nLoad average at end: {' '.join(f'{x:.2f}' for x in os.getloadavg())}")
    sys.exit(0 if passed else 1)


if __name__ == "__main__":
    main()
