"""`python -m bench`: throughput and latency of the site as the container serves it.

1. Install Debian's wrk if it is missing (as root), make a temp dir.
2. migrate + seed_demo into a throwaway SQLite database, collectstatic into the temp dir,
   all with production settings and dummy local values.
3. Find the pages to measure (through /sitemap.xml, in-process) and start gunicorn with
   gunicorn.conf.py on 127.0.0.1, the content page excluded from the page cache
   (PAGE_CACHE_EXCLUDE_PATHS) so it measures an uncached render; wait for /healthz.
4. wrk a hashed static file (the ceiling), the cached home page, an audience page, the
   uncached content page, the resource library with filters and a search; count each
   page's database queries in-process with the page cache off.
5. 200 reporters send a report at once through the real journey (bench/reports.py).
6. Print a markdown table (req/s, p50, p99, ratio to the static file) and the targets
   with PASS/FAIL; stop gunicorn and delete the temp dir whatever happened.
"""

import argparse
import json
import os
import re
import shutil
import socket
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path
from urllib.parse import urlsplit
from xml.etree import ElementTree

from cryptography.fernet import Fernet

BASE_DIR = Path(__file__).resolve().parent.parent
HOST = "127.0.0.1"  # the benchmark never sends traffic anywhere else

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
}
# Production settings, but collectstatic writes into the temp dir: base settings have
# no environment override for STATIC_ROOT, so a two-line module adds one.
SETTINGS_MODULE = "bench_settings"
# Plain http on loopback: the secure-only cookie settings would stop the report
# clients from sending their CSRF cookie back.
SETTINGS_SOURCE = (
    "from cse_site.settings.production import *  # noqa: F403\nSTATIC_ROOT = {!r}\n"
    'CSRF_COOKIE_SECURE = False\nCSRF_COOKIE_NAME = "csrftoken"\n'
)

LATENCY_UNITS_MS = {"us": 0.001, "ms": 1.0, "s": 1000.0, "m": 60000.0}


def parse_args(argv):
    parser = argparse.ArgumentParser(prog="python -m bench", description=__doc__.split("\n")[0])
    parser.add_argument("--duration", default="10s", help="wrk -d per URL (default 10s)")
    parser.add_argument("--connections", type=int, default=16, help="wrk -c (default 16)")
    parser.add_argument("--threads", type=int, default=2, help="wrk -t (default 2)")
    parser.add_argument(
        "--reports", type=int, default=REPORT_CLIENTS, help="concurrent reporters (0: none)"
    )
    return parser.parse_args(argv)


def ensure_wrk():
    if shutil.which("wrk"):
        return
    if os.geteuid() != 0:
        sys.exit("The benchmark needs wrk: sudo apt-get install wrk")
    print("Installing Debian's wrk...", flush=True)
    apt = {"check": True, "stdin": subprocess.DEVNULL}
    apt["env"] = {**os.environ, "DEBIAN_FRONTEND": "noninteractive"}
    subprocess.run(["apt-get", "update", "-qq"], **apt)
    subprocess.run(["apt-get", "install", "-y", "-qq", "wrk"], **apt)


def bench_env(tmp):
    (tmp / f"{SETTINGS_MODULE}.py").write_text(SETTINGS_SOURCE.format(str(tmp / "static")))
    return {
        **os.environ,
        **PRODUCTION_ENV,
        "DJANGO_SETTINGS_MODULE": SETTINGS_MODULE,
        "DATABASE_URL": f"sqlite:///{tmp / 'bench.sqlite3'}",
        "PAGE_CACHE_DIR": str(tmp / "page-cache"),  # shared by the workers, deleted after
        "PYTHONPATH": os.pathsep.join([str(tmp), str(BASE_DIR)]),
    }


def manage(env, *args):
    subprocess.run([sys.executable, "manage.py", *args], cwd=BASE_DIR, env=env, check=True)


def free_port():
    with socket.socket() as sock:
        sock.bind((HOST, 0))
        return sock.getsockname()[1]


def start_gunicorn(env, port, log_path):
    """The container's command; access and error logs go to a file in the temp dir."""
    command = [sys.executable, "-m", "gunicorn", "-c", "gunicorn.conf.py", "cse_site.wsgi"]
    server_env = {**env, "GUNICORN_HOST": HOST, "PORT": str(port)}
    with open(log_path, "wb") as log:
        return subprocess.Popen(
            command, cwd=BASE_DIR, env=server_env, stdout=log, stderr=subprocess.STDOUT
        )


def stop(server):
    server.terminate()
    try:
        server.wait(timeout=15)
    except subprocess.TimeoutExpired:
        server.kill()
        server.wait()


def wait_for_health(base_url, server, log_path, timeout=60):
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


# Pages that must find something in the seeded library and search index.
LIBRARY_QUERY = "?audience=parents-carers&topic=grooming"
SEARCH_PATH = "/search/?q=grooming"
REPORT_CLIENTS = 200
# Speed targets: (row name, minimum ratio to the static file).
RATIO_TARGETS = [("home (cached)", 0.5), ("content (uncached)", 0.1)]
REPORT_P95_TARGET_S = 1.0


def setup_django(env, tmp):
    """Django in this process, on the bench database and settings (for discovery and
    query counts; the measured traffic goes to gunicorn)."""
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
    targets = [("static CSS", "/static/" + manifest["css/main.css"]), ("home (cached)", "/")]

    response = Client(HTTP_HOST=HOST).get("/sitemap.xml")
    root = ElementTree.fromstring(response.content)
    paths = [urlsplit(loc.text.strip()).path for loc in root.iter() if loc.tag.endswith("loc")]
    depths = {path: len([part for part in path.split("/") if part]) for path in paths}
    audience = next((path for path in paths if depths[path] == 1), None)
    content = next((path for path in paths if depths[path] >= 2), None)
    library = next((path for path in paths if path.rstrip("/").endswith("/resources")), None)
    for name, path in [
        ("audience (cached)", audience),
        ("content (uncached)", content),
        ("library filtered", library and library + LIBRARY_QUERY),
        ("search", SEARCH_PATH),
    ]:
        if path:
            targets.append((name, path))
        else:
            print(f"warning: no {name} page in /sitemap.xml; skipped", file=sys.stderr)
    return targets


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

    non_ok = re.search(r"Non-2xx or 3xx responses:\s+(\d+)", out)
    if non_ok:
        print(f"warning: {non_ok[1]} responses from {url} were not 2xx/3xx", file=sys.stderr)
    return {
        "rps": float(re.search(r"Requests/sec:\s+([\d.]+)", out)[1]),
        "p50": latency_ms(50),
        "p99": latency_ms(99),
    }


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
    """`clients` reporters at once through the real journey: bench/reports.py's client."""
    import concurrent.futures

    from . import reports

    before = reports.count_reports(env)
    print(f"{clients} reporters send at once...", flush=True)
    outcomes, errors = [], []
    with concurrent.futures.ThreadPoolExecutor(max_workers=clients) as pool:
        futures = [pool.submit(reports.submit_one, base_url, n, 3.2) for n in range(clients)]
        for future in concurrent.futures.as_completed(futures, timeout=600):
            try:
                outcomes.append(future.result())
            except Exception as error:  # noqa: BLE001 - counted and reported
                errors.append(repr(error))
    times = sorted(took for _, took in outcomes)
    return {
        "clients": clients,
        "references": len({ref for ref, _ in outcomes if ref}),
        "saved": reports.count_reports(env) - before,
        "errors": errors,
        "p50": statistics.median(times) if times else float("nan"),
        "p95": times[int(0.95 * (len(times) - 1))] if times else float("nan"),
    }


def verdict(ok):
    return "PASS" if ok else "FAIL"


def print_table(results, queries, report):
    """A markdown table, then the targets with PASS/FAIL."""
    static_rps = results[0][2]["rps"]
    print("\n| page | URL | req/s | p50 ms | p99 ms | x static | DB queries (miss) |")
    print("|---|---|---:|---:|---:|---:|---:|")
    for name, path, r in results:
        count = "" if path.startswith("/static/") else queries.get(path, "")
        print(
            f"| {name} | `{path}` | {r['rps']:.0f} | {r['p50']:.2f} | {r['p99']:.2f} | "
            f"{r['rps'] / static_rps:.2f} | {count} |"
        )
    if report:
        print(
            f"| report send ({report['clients']} at once) | `{reports_path()}send/` | | "
            f"{report['p50'] * 1000:.0f} | p95 {report['p95'] * 1000:.0f} | | |"
        )
    by_name = {name: r for name, _, r in results}
    print("\n| target | measured | result |")
    print("|---|---|---|")
    for name, minimum in RATIO_TARGETS:
        if name in by_name:
            ratio = by_name[name]["rps"] / static_rps
            print(f"| {name} >= {minimum}x static | {ratio:.2f}x | {verdict(ratio >= minimum)} |")
    if report:
        ok = (
            report["saved"] == report["clients"]
            and report["references"] == report["clients"]
            and report["p95"] < REPORT_P95_TARGET_S
        )
        print(
            f"| {report['clients']} concurrent reports all saved, p95 < "
            f"{REPORT_P95_TARGET_S:.0f} s | {report['saved']} saved, "
            f"{report['references']} references, {len(report['errors'])} errors, "
            f"p95 {report['p95'] * 1000:.0f} ms | {verdict(ok)} |"
        )
        if report["errors"]:
            print("first errors:", *report["errors"][:3], sep="\n  ")


def reports_path():
    from . import reports

    return reports.JOURNEY


def main(argv=None):
    args = parse_args(argv)
    ensure_wrk()
    tmp = Path(tempfile.mkdtemp(prefix="cse-bench-"))
    server = None
    try:
        env = bench_env(tmp)
        env["REPORT_SEND_LIMIT_PER_HOUR"] = str(args.reports * 2)  # all share 127.0.0.1
        print("Preparing a throwaway database and static files...", flush=True)
        manage(env, "migrate", "--noinput", "-v0")
        manage(env, "seed_demo", "-v0")
        manage(env, "collectstatic", "--noinput", "-v0")

        setup_django(env, tmp)
        targets = discover_targets(tmp / "static")
        uncached = [path for name, path in targets if name.endswith("(uncached)")]
        env["PAGE_CACHE_EXCLUDE_PATHS"] = ",".join(uncached)

        port = free_port()
        log_path = tmp / "gunicorn.log"
        server = start_gunicorn(env, port, log_path)
        base_url = f"http://{HOST}:{port}"
        wait_for_health(base_url, server, log_path)

        results = []
        for name, path in targets:
            print(f"wrk -d{args.duration} -c{args.connections}: {name} {path}", flush=True)
            # One visit first, as a reader before the rush would: fills the page cache.
            urllib.request.urlopen(base_url + path, timeout=60).close()
            results.append((name, path, run_wrk(base_url + path, args)))
        report = submit_reports(base_url, env, args.reports) if args.reports else None
        stop(server)
        server = None
        queries = count_queries([path for _, path, _ in results[1:]])
        print_table(results, queries, report)
    finally:
        if server is not None:
            stop(server)
        shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    main()
