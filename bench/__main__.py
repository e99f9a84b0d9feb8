"""`python -m bench`: throughput and latency of the site as the container serves it.

1. Install Debian's wrk if it is missing (as root), make a temp dir.
2. migrate + seed_demo into a throwaway SQLite database, collectstatic into the temp dir,
   all with production settings and dummy local values.
3. Start gunicorn with gunicorn.conf.py on 127.0.0.1, wait for /healthz.
4. wrk a hashed static file, the home page, an audience page and a content page (found
   through /sitemap.xml), then count each page's database queries in-process.
5. Print the table; stop gunicorn and delete the temp dir whatever happened.
"""

import argparse
import json
import os
import re
import shutil
import socket
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
SETTINGS_SOURCE = "from cse_site.settings.production import *  # noqa: F403\nSTATIC_ROOT = {!r}\n"

LATENCY_UNITS_MS = {"us": 0.001, "ms": 1.0, "s": 1000.0, "m": 60000.0}


def parse_args(argv):
    parser = argparse.ArgumentParser(prog="python -m bench", description=__doc__.split("\n")[0])
    parser.add_argument("--duration", default="10s", help="wrk -d per URL (default 10s)")
    parser.add_argument("--connections", type=int, default=16, help="wrk -c (default 16)")
    parser.add_argument("--threads", type=int, default=2, help="wrk -t (default 2)")
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


def discover_targets(base_url, static_root):
    """(name, path) pairs: the hashed main.css, home, an audience and a content page."""
    manifest = json.loads((static_root / "staticfiles.json").read_text())["paths"]
    if "css/main.css" not in manifest:
        sys.exit("css/main.css is not in the static manifest: run `npm run build` first")
    targets = [("static CSS", "/static/" + manifest["css/main.css"]), ("home", "/")]

    with urllib.request.urlopen(base_url + "/sitemap.xml", timeout=10) as response:
        root = ElementTree.fromstring(response.read())
    paths = [urlsplit(loc.text.strip()).path for loc in root.iter() if loc.tag.endswith("loc")]
    depths = {path: len([part for part in path.split("/") if part]) for path in paths}
    audience = next((path for path in paths if depths[path] == 1), None)
    content = next((path for path in paths if depths[path] >= 2), None)
    for name, path in [("audience page", audience), ("content page", content)]:
        if path:
            targets.append((name, path))
        else:
            print(f"warning: no {name} in /sitemap.xml; skipped", file=sys.stderr)
    return targets


def run_wrk(url, args):
    command = ["wrk", f"-t{args.threads}", f"-c{args.connections}", f"-d{args.duration}"]
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


def count_queries(env, tmp, paths):
    """Queries per request, in-process against the same database, after one warm-up
    request (a running worker has its caches warm too)."""
    os.environ.update(env)
    sys.path.insert(0, str(tmp))
    import django

    django.setup()
    from django.db import connection
    from django.test import Client
    from django.test.utils import CaptureQueriesContext

    client = Client(HTTP_HOST=HOST)
    counts = {}
    for path in paths:
        client.get(path)
        with CaptureQueriesContext(connection) as queries:
            client.get(path)
        counts[path] = len(queries)
    return counts


def print_table(results, queries):
    static_rps = results[0][2]["rps"]
    url_width = max(len(path) for _, path, _ in results)
    header = f"{'name':<14} | {'URL':<{url_width}} | {'req/s':>8} | {'p50 ms':>7} | "
    header += f"{'p99 ms':>7} | {'x static':>8} | {'DB queries':>10}"
    print("\n" + header + "\n" + "-" * len(header))
    for name, path, r in results:
        print(
            f"{name:<14} | {path:<{url_width}} | {r['rps']:>8.0f} | {r['p50']:>7.2f} | "
            f"{r['p99']:>7.2f} | {r['rps'] / static_rps:>8.2f} | {queries[path]:>10}"
        )


def main(argv=None):
    args = parse_args(argv)
    ensure_wrk()
    tmp = Path(tempfile.mkdtemp(prefix="cse-bench-"))
    server = None
    try:
        env = bench_env(tmp)
        print("Preparing a throwaway database and static files...", flush=True)
        manage(env, "migrate", "--noinput", "-v0")
        manage(env, "seed_demo", "-v0")
        manage(env, "collectstatic", "--noinput", "-v0")

        port = free_port()
        log_path = tmp / "gunicorn.log"
        server = start_gunicorn(env, port, log_path)
        base_url = f"http://{HOST}:{port}"
        wait_for_health(base_url, server, log_path)

        results = []
        for name, path in discover_targets(base_url, tmp / "static"):
            print(f"wrk -d{args.duration} -c{args.connections}: {name} {path}", flush=True)
            results.append((name, path, run_wrk(base_url + path, args)))
        queries = count_queries(env, tmp, [path for _, path, _ in results])
        print_table(results, queries)
    finally:
        if server is not None:
            stop(server)
        shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    main()
