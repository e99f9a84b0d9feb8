"""`python -m tools.lighthouse` (`make lighthouse`): Lighthouse scores of the seeded site.

1. A temp dir with a throwaway SQLite database: migrate, seed_demo, collectstatic, all
   with production settings and dummy local values (as `make bench` does).
2. gunicorn with gunicorn.conf.py on 127.0.0.1; uploaded images are served by Django
   from the temp dir (in production the proxy in front serves /media/).
3. npm's lighthouse (node_modules/.bin, pinned in package.json) on Debian's chromium,
   mobile settings (Lighthouse's default: a mid-range phone on slow 4G), on the home
   page, the young people's and Years 5 and 6 landing pages, Know and See, a content
   page and a report start page.
4. A table of scores and key metrics; exit 1 when a page misses a target, made a
   request anywhere but this machine or downloaded a web font.

Not part of `make test`: each page takes Lighthouse 15 to 30 seconds.
"""

import argparse
import json
import os
import shutil
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path
from urllib.parse import urlsplit

from cryptography.fernet import Fernet

BASE_DIR = Path(__file__).resolve().parent.parent
HOST = "127.0.0.1"  # Lighthouse only ever loads pages from this machine
CHROMIUM = os.environ.get("CHROME_PATH", "/usr/bin/chromium")
LIGHTHOUSE = BASE_DIR / "node_modules" / ".bin" / "lighthouse"

# Pages of the demo site (seed_demo): one of each kind a visitor meets first, and the
# two sections with a look of their own and the campaign.
PAGES = [
    ("home", "/"),
    ("young people", "/young-people/"),
    ("Years 5 and 6", "/years-5-and-6/"),
    ("Know and See", "/know-and-see/"),
    ("content page", "/years-5-and-6/who-you-talk-to-online/"),
    ("report start", "/report-a-concern/"),
]
# Lowest acceptable score (0-100) per Lighthouse category.
TARGETS = {"performance": 95, "accessibility": 100, "best-practices": 95}

PRODUCTION_ENV = {
    "DJANGO_SECRET_KEY": "lighthouse-only-not-a-secret-" + "q3Zr" * 12,
    "DJANGO_ALLOWED_HOSTS": "127.0.0.1,localhost",
    "DJANGO_CSRF_TRUSTED_ORIGINS": "http://127.0.0.1",
    "WAGTAILADMIN_BASE_URL": "http://127.0.0.1",
    "EMAIL_URL": "consolemail://",
    "DEFAULT_FROM_EMAIL": "lighthouse@localhost",
    "REPORT_ENCRYPTION_KEYS": Fernet.generate_key().decode(),
    "DJANGO_SECURE_SSL_REDIRECT": "false",
    "DJANGO_HSTS_SECONDS": "0",
    "GUNICORN_WORKERS": "2",
}
# Production settings with static and media files in the temp dir, and a URLconf that
# serves media (production leaves /media/ to the proxy in front of gunicorn).
SETTINGS_MODULE = "lighthouse_settings"
SETTINGS_SOURCE = """\
from cse_site.settings.production import *  # noqa: F403
STATIC_ROOT = {static!r}
MEDIA_ROOT = {media!r}
ROOT_URLCONF = "lighthouse_urls"
"""
URLS_SOURCE = """\
from django.conf import settings
from django.urls import re_path
from django.views.static import serve

from cse_site.urls import *  # noqa: F403
from cse_site.urls import urlpatterns as site_urlpatterns

urlpatterns = [
    re_path(r"^media/(?P<path>.*)$", serve, {"document_root": settings.MEDIA_ROOT}),
    *site_urlpatterns,
]
"""
CHROME_FLAGS = [
    "--headless=new",
    "--no-sandbox",
    "--disable-gpu",
    # No calls home from the browser itself (updates, sync, safe browsing lists).
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-default-apps",
    "--disable-sync",
    "--no-first-run",
]


def parse_args(argv):
    parser = argparse.ArgumentParser(prog="python -m tools.lighthouse", description=__doc__)
    parser.add_argument(
        "--runs", type=int, default=1, help="Lighthouse runs per page; the median is kept"
    )
    parser.add_argument("--keep", help="copy each page's Lighthouse JSON report into this folder")
    return parser.parse_args(argv)


def free_port():
    with socket.socket() as sock:
        sock.bind((HOST, 0))
        return sock.getsockname()[1]


def site_env(tmp):
    (tmp / f"{SETTINGS_MODULE}.py").write_text(
        SETTINGS_SOURCE.format(static=str(tmp / "static"), media=str(tmp / "media"))
    )
    (tmp / "lighthouse_urls.py").write_text(URLS_SOURCE)
    return {
        **os.environ,
        **PRODUCTION_ENV,
        "DJANGO_SETTINGS_MODULE": SETTINGS_MODULE,
        "DATABASE_URL": f"sqlite:///{tmp / 'lighthouse.sqlite3'}",
        "PYTHONPATH": os.pathsep.join([str(tmp), str(BASE_DIR)]),
    }


def manage(env, *args):
    subprocess.run([sys.executable, "manage.py", *args], cwd=BASE_DIR, env=env, check=True)


def start_gunicorn(env, port, log_path):
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


def wait_for(url, server, log_path, timeout=60):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if server.poll() is not None:
            sys.exit(f"gunicorn exited early:\n{log_path.read_text()}")
        try:
            with urllib.request.urlopen(url, timeout=2) as response:
                if response.status == 200:
                    return
        except OSError:
            pass
        time.sleep(0.3)
    sys.exit(f"gunicorn did not answer {url} within {timeout}s:\n{log_path.read_text()}")


def warm(url):
    """One plain request first, so Lighthouse measures a page whose image renditions
    already exist (as they do for every visitor after the first)."""
    with urllib.request.urlopen(url, timeout=120) as response:
        response.read()
    return url


def run_lighthouse(url, report_path):
    command = [
        str(LIGHTHOUSE),
        url,
        "--quiet",
        "--output=json",
        f"--output-path={report_path}",
        "--only-categories=performance,accessibility,best-practices",
        f"--chrome-flags={' '.join(CHROME_FLAGS)}",
    ]
    env = {**os.environ, "CHROME_PATH": CHROMIUM}
    subprocess.run(command, cwd=BASE_DIR, env=env, check=True, timeout=300)
    return json.loads(report_path.read_text())


def fetched_elsewhere(url):
    """A request that left this machine. A data: URL (the CSS's icons) is read from the
    stylesheet itself: Lighthouse lists it among the requests, but nothing is fetched."""
    parts = urlsplit(url)
    return parts.scheme != "data" and parts.hostname not in (HOST, "localhost")


def summarise(report):
    audits = report["audits"]
    requests = audits["network-requests"]["details"]["items"]
    return {
        "scores": {key: round(report["categories"][key]["score"] * 100) for key in TARGETS},
        "lcp": audits["largest-contentful-paint"]["numericValue"],
        "tbt": audits["total-blocking-time"]["numericValue"],
        "cls": audits["cumulative-layout-shift"]["numericValue"],
        "bytes": audits["total-byte-weight"]["numericValue"],
        "requests": len(requests),
        "fonts": [r["url"] for r in requests if r.get("resourceType") == "Font"],
        "elsewhere": sorted({r["url"] for r in requests if fetched_elsewhere(r["url"])} - {""}),
        "failing": sorted(
            audit_id
            for category in report["categories"].values()
            if category["id"] in TARGETS
            for ref in category["auditRefs"]
            if ref["weight"] > 0
            and (score := audits[ref["id"]].get("score")) is not None
            and score < 0.9
            and (audit_id := ref["id"])
        ),
    }


def median_run(runs):
    """The run with the median performance score (Lighthouse's own advice for noise)."""
    ordered = sorted(runs, key=lambda run: run["scores"]["performance"])
    return ordered[len(ordered) // 2]


def print_table(results):
    width = max(len(path) for _, path, _ in results)
    header = (
        f"{'page':<13} | {'URL':<{width}} | {'perf':>4} | {'a11y':>4} | {'best':>4} | "
        f"{'LCP ms':>6} | {'TBT ms':>6} | {'CLS':>5} | {'KB':>5} | {'reqs':>4}"
    )
    print("\n" + header + "\n" + "-" * len(header))
    for name, path, r in results:
        s = r["scores"]
        print(
            f"{name:<13} | {path:<{width}} | {s['performance']:>4} | {s['accessibility']:>4} | "
            f"{s['best-practices']:>4} | {r['lcp']:>6.0f} | {r['tbt']:>6.0f} | "
            f"{r['cls']:>5.3f} | {r['bytes'] / 1024:>5.1f} | {r['requests']:>4}"
        )
    targets = ", ".join(f"{key} >= {value}" for key, value in TARGETS.items())
    print(f"\nTargets: {targets}. KB = total bytes transferred.")


def problems(results):
    """(failures, notes): failures make the run exit 1; notes say where to look."""
    failures, notes = [], []
    for name, path, r in results:
        for key, target in TARGETS.items():
            if r["scores"][key] < target:
                failures.append(f"{name} ({path}): {key} {r['scores'][key]} < {target}")
        if r["fonts"]:
            failures.append(f"{name} ({path}): web fonts downloaded: {r['fonts']}")
        if r["elsewhere"]:
            failures.append(f"{name} ({path}): requests beyond this machine: {r['elsewhere']}")
        if r["failing"]:
            notes.append(f"{name} ({path}): audits under 0.9: {', '.join(r['failing'])}")
    return failures, notes


def main(argv=None):
    args = parse_args(argv)
    if not LIGHTHOUSE.exists():
        sys.exit("lighthouse is missing: run `npm ci`")
    if not Path(CHROMIUM).exists():
        sys.exit(f"chromium is missing at {CHROMIUM}: sudo apt-get install chromium")
    tmp = Path(tempfile.mkdtemp(prefix="cse-lighthouse-"))
    server = None
    try:
        env = site_env(tmp)
        print("Preparing a throwaway database and static files...", flush=True)
        manage(env, "migrate", "--noinput", "-v0")
        manage(env, "seed_demo", "-v0")
        manage(env, "collectstatic", "--noinput", "-v0")

        port = free_port()
        log_path = tmp / "gunicorn.log"
        server = start_gunicorn(env, port, log_path)
        base_url = f"http://{HOST}:{port}"
        wait_for(base_url + "/healthz", server, log_path)

        results = []
        for name, path in PAGES:
            url = warm(base_url + path)
            runs = []
            for number in range(args.runs):
                print(f"lighthouse {name} {path} (run {number + 1})", flush=True)
                report_path = tmp / f"report-{len(results)}-{number}.json"
                runs.append(summarise(run_lighthouse(url, report_path)))
                if args.keep:
                    Path(args.keep).mkdir(parents=True, exist_ok=True)
                    slug = path.strip("/").replace("/", "_") or "home"
                    shutil.copy(report_path, Path(args.keep) / f"{slug}-{number + 1}.json")
            results.append((name, path, median_run(runs)))
        print_table(results)
        failures, notes = problems(results)
        for line in notes + failures:
            print(line)
        if args.runs > 1:
            print(f"Median of {args.runs} runs per page.")
        sys.exit(1 if failures else 0)
    finally:
        if server is not None:
            stop(server)
        shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    main()
