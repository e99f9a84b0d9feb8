"""Concurrent report submissions against gunicorn with production settings.

`python -m bench.reports [--clients 100] [--database-url URL]` starts the
container's gunicorn command on a throwaway database, then N clients each
walk the real journey at once (each question page, check your answers, send)
with their own CSRF cookie and signed answers. It prints how many got a reference, how many reports
the database holds, the send latencies, and two privacy checks after the run:
bytes of typed text found in plaintext in the SQLite file, and client
addresses found in the database and the server's log.

Traffic goes to 127.0.0.1 only; every loop is bounded.
"""

import argparse
import concurrent.futures
import html
import http.cookiejar
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.parse
import urllib.request
from pathlib import Path

from . import __main__ as web

JOURNEY = "/share-information/"
MARKER = "Silver van parked by the leisure centre every Friday"
FORM = {
    "area": "warrington",
    "locality": "WA1",
    "town": "",
    "suggestion": "",
    "what_happened": MARKER,
    "when_precision": "month",
    "when_day": "",
    "when_month": "3",
    "when_year": "2025",
    "when_description": "",
    "place_type": "taxi",
    "place": "Rear car park",
    "people_description": "Two men in their thirties",
    "names": "",
    "usernames": "",
    "vehicles": "AB12 CDE",
    "danger_now": "no",
    "reporter_role": "taxi",
    "wants_contact": "no",
    "contact_name": "",
    "contact_phone": "",
    "contact_email": "",
}


def hidden(page, name):
    match = re.search(rf'name="{name}" value="([^"]*)"', page)
    if not match:
        raise RuntimeError(f"no {name} field on the page")
    return html.unescape(match.group(1))


def submit_one(base_url, number, min_seconds):
    """One reporter: returns (reference or None, seconds the send took)."""
    jar = http.cookiejar.CookieJar()
    opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(jar))

    def post(path, data):
        body = urllib.parse.urlencode(data).encode()
        request = urllib.request.Request(base_url + path, data=body)
        request.add_header("Origin", base_url)
        request.add_header("Referer", base_url + path)
        with opener.open(request, timeout=60) as response:
            return response.read().decode()

    with opener.open(base_url + JOURNEY + "questions/", timeout=60) as response:
        page = response.read().decode()
    started = time.monotonic()
    token = hidden(page, "csrfmiddlewaretoken")
    form = {**FORM, "what_happened": f"{MARKER} (report {number})"}
    # One question a page: post each page's answers with the payload it carries
    # (the journey reads only that page's fields) until "check your answers".
    for _ in range(20):
        step = re.search(r'name="step" value="([a-z]+)"', page)
        if not step or step.group(1) == "check":
            break
        page = post(
            JOURNEY + "questions/",
            {
                "csrfmiddlewaretoken": token,
                "payload": hidden(page, "payload"),
                "step": step.group(1),
                **form,
            },
        )
    payload = hidden(page, "payload")
    time.sleep(max(0.0, min_seconds - (time.monotonic() - started)))
    sent_at = time.monotonic()
    page = post(JOURNEY + "send/", {"csrfmiddlewaretoken": token, "payload": payload})
    took = time.monotonic() - sent_at
    match = re.search(r"CSE-[A-Z0-9]{4}-[A-Z0-9]{4}", page)
    return (match.group(0) if match else None), took


def count_reports(env):
    result = subprocess.run(
        [
            sys.executable,
            "manage.py",
            "shell",
            "-c",
            "from forms.models import Report; print(Report.objects.count())",
        ],
        cwd=web.BASE_DIR,
        env=env,
        check=True,
        capture_output=True,
        text=True,
    )
    return int(result.stdout.strip().splitlines()[-1])


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--clients", type=int, default=100)
    parser.add_argument("--database-url", help="default: a throwaway SQLite file")
    args = parser.parse_args(argv)

    tmp = Path(tempfile.mkdtemp(prefix="cse-bench-reports-"))
    server = None
    try:
        env = web.bench_env(tmp)
        # Plain http on loopback: the secure-only cookie settings would stop the
        # client from sending its CSRF cookie back.
        with open(tmp / f"{web.SETTINGS_MODULE}.py", "a") as settings_file:
            settings_file.write('CSRF_COOKIE_SECURE = False\nCSRF_COOKIE_NAME = "csrftoken"\n')
        env["REPORT_SEND_LIMIT_PER_HOUR"] = str(args.clients * 2)  # all share 127.0.0.1
        if args.database_url:
            env["DATABASE_URL"] = args.database_url
        web.manage(env, "migrate", "--noinput", "-v0")
        web.manage(env, "seed_demo", "-v0")
        web.manage(env, "collectstatic", "--noinput", "-v0")
        before = count_reports(env)
        port = web.free_port()
        log_path = tmp / "gunicorn.log"
        server = web.start_gunicorn(env, port, log_path)
        base_url = f"http://{web.HOST}:{port}"
        web.wait_for_health(base_url, server, log_path)

        print(f"{args.clients} reporters send at once...", flush=True)
        with concurrent.futures.ThreadPoolExecutor(max_workers=args.clients) as pool:
            futures = [pool.submit(submit_one, base_url, n, 3.2) for n in range(args.clients)]
            outcomes, errors = [], []
            for future in concurrent.futures.as_completed(futures, timeout=600):
                try:
                    outcomes.append(future.result())
                except Exception as error:  # noqa: BLE001 - counted and reported
                    errors.append(repr(error))
        web.stop(server)
        server = None

        references = {ref for ref, _ in outcomes if ref}
        times = sorted(took for _, took in outcomes)
        saved = count_reports(env) - before
        p95 = times[int(0.95 * (len(times) - 1))] if times else float("nan")
        print(f"references shown: {len(references)} of {args.clients}")
        print(f"reports saved:    {saved}")
        print(f"errors:           {len(errors)} {errors[:3]}")
        if times:
            print(
                f"send latency:     p50 {statistics.median(times) * 1000:.0f} ms, "
                f"p95 {p95 * 1000:.0f} ms, max {times[-1] * 1000:.0f} ms"
            )
        database = tmp / "bench.sqlite3"
        if not args.database_url and database.exists():
            raw = database.read_bytes()
            print(
                f"plaintext report text in the database file: {raw.count(MARKER.encode())} "
                f"occurrences, {raw.count(MARKER.encode()) * len(MARKER)} bytes"
            )
            print(f"'127.0.0.1' in the database file: {raw.count(b'127.0.0.1')}")
        log = log_path.read_text(errors="replace")
        # gunicorn names its own listening address once at start-up; that is not a visitor.
        visitor_lines = [
            line for line in log.splitlines() if "127.0.0.1" in line and "Listening at" not in line
        ]
        print(f"client addresses in the server log: {len(visitor_lines)}")
        if errors:
            print("server log (last 40 lines):", *log.splitlines()[-40:], sep="\n")
    finally:
        if server is not None:
            web.stop(server)
        shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    main()
