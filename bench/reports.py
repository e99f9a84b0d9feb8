"""A reporter, as a browser without JavaScript would send a report: the client the
benchmark, the spike test and the production tests use.

``submit_one`` opens the journey's first page, then follows the journey's forms step by
step, pausing on each page as a reader would (half the journey's minimum completion
time, and never sending a second step before that minimum has passed since the first
page): on each page it takes the first POST form that is not a Back button,
keeps its hidden fields (CSRF token, ticket, signed answers), fills in every other field
the form has from ``ANSWERS`` (by name; a field we have no answer for is sent empty) and
posts it to the form's action, until a page shows a report reference. It needs no list
of steps, so a journey with one question per page, or with branches, is driven the same
way, as long as its fields keep the names in ``ANSWERS``.

`python -m bench.reports [--clients 100] [--database-url URL]` starts the container's
gunicorn command on a throwaway database and sends N reports at once, then prints how
many got a reference, how many the database holds, the send latencies, and two privacy
checks (typed text in plaintext in the SQLite file; client addresses in the database
and the server's log). Traffic goes to 127.0.0.1 only; every loop is bounded.
"""

import argparse
import concurrent.futures
import html.parser
import http.cookiejar
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.parse
import urllib.request
from pathlib import Path

JOURNEY = "/share-information/"
START = JOURNEY + "questions/"
MARKER = "Silver van parked by the leisure centre every Friday"
REFERENCE = re.compile(r"CSE-[A-Z0-9]{4}-[A-Z0-9]{4}")
MAX_STEPS = 25  # a journey longer than this is looping on an error
ANSWERS = {
    "area": "warrington",
    "locality": "WA1",
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
FORM = ANSWERS  # the name the production tests know it by


class JourneyError(RuntimeError):
    pass


class _Forms(html.parser.HTMLParser):
    """The POST forms of a page: action, hidden fields, names of the other fields."""

    def __init__(self):
        super().__init__()
        self.forms = []
        self._open = None

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "form" and (attrs.get("method") or "").lower() == "post":
            self._open = {
                "action": attrs.get("action") or "",
                "classes": (attrs.get("class") or "").split(),
                "hidden": {},
                "fields": [],
            }
            self.forms.append(self._open)
        elif self._open is not None and tag in ("input", "textarea", "select"):
            name, kind = attrs.get("name"), (attrs.get("type") or "").lower()
            if not name or kind in ("submit", "button", "image", "reset"):
                return
            if kind == "hidden":
                self._open["hidden"][name] = attrs.get("value") or ""
            elif name not in self._open["fields"]:
                self._open["fields"].append(name)

    def handle_endtag(self, tag):
        if tag == "form":
            self._open = None


def post_form(page):
    """The page's first POST form that goes forward (a Back button is a form too)."""
    forms = _Forms()
    forms.feed(page)
    onward = [form for form in forms.forms if "app-back-form" not in form["classes"]]
    if not onward:
        raise JourneyError("a journey page without a form and without a reference")
    return onward[0]


def submit_one(base_url, number, min_seconds, answers=None, retries=0):
    """One reporter: returns (reference or None, seconds the last step took).

    ``retries``: how often to post a step again after a connection error or a 502/503
    (what a reporter does when a proxy says a server went away); the journey's ticket
    makes a resent step save one report, not two.
    """
    jar = http.cookiejar.CookieJar()
    opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(jar))
    answers = {**ANSWERS, **(answers or {})}
    answers["what_happened"] = f"{answers['what_happened']} (report {number})"

    def send(request):
        for attempt in range(retries + 1):
            try:
                with opener.open(request, timeout=60) as response:
                    return response.geturl(), response.read().decode()
            except urllib.error.HTTPError as error:
                if error.code not in (502, 503) or attempt == retries:
                    raise
            except OSError:
                if attempt == retries:
                    raise
            time.sleep(0.5)
        raise AssertionError("unreachable")

    url, page = send(urllib.request.Request(base_url + START))
    started = time.monotonic()
    took = 0.0
    for step in range(MAX_STEPS):
        found = REFERENCE.search(page)
        if found:
            return found.group(0), took
        form = post_form(page)
        # Reading and answering take a while; and the journey refuses a report sent
        # sooner than its minimum time after the first page.
        time.sleep(min_seconds / 2)
        if step:
            time.sleep(max(0.0, min_seconds - (time.monotonic() - started)))
        data = dict(form["hidden"])
        data.update({name: answers.get(name, "") for name in form["fields"]})
        action = urllib.parse.urljoin(url, html.unescape(form["action"]) or url)
        request = urllib.request.Request(action, data=urllib.parse.urlencode(data).encode())
        request.add_header("Origin", base_url)
        request.add_header("Referer", url)
        sent_at = time.monotonic()
        url, page = send(request)
        took = time.monotonic() - sent_at
    raise JourneyError(f"no reference after {MAX_STEPS} steps; last page {url}")


def send_many(base_url, clients, min_seconds=3.2, retries=0):
    """``clients`` reporters at once; {references, times, errors}."""
    outcomes, errors = [], []
    with concurrent.futures.ThreadPoolExecutor(max_workers=clients) as pool:
        futures = [
            pool.submit(submit_one, base_url, n, min_seconds, None, retries) for n in range(clients)
        ]
        for future in concurrent.futures.as_completed(futures, timeout=600):
            try:
                outcomes.append(future.result())
            except Exception as error:  # noqa: BLE001 - counted and reported
                errors.append(repr(error))
    return {
        "references": [ref for ref, _ in outcomes if ref],
        "times": sorted(took for _, took in outcomes),
        "errors": errors,
    }


def percentile(values, fraction):
    """The nearest-rank percentile of sorted ``values`` (nan when empty)."""
    if not values:
        return float("nan")
    return values[min(len(values) - 1, max(0, round(fraction * len(values)) - 1))]


def count_reports(env):
    from . import __main__ as web

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
    from . import __main__ as web

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--clients", type=int, default=100)
    parser.add_argument("--database-url", help="default: a throwaway SQLite file")
    args = parser.parse_args(argv)

    tmp = Path(tempfile.mkdtemp(prefix="cse-bench-reports-"))
    server = None
    try:
        env = web.bench_env(tmp, database_url=args.database_url)
        env["REPORT_SEND_LIMIT_PER_HOUR"] = str(args.clients * 2)  # all share 127.0.0.1
        web.prepare(env)
        before = count_reports(env)
        port = web.free_port()
        log_path = tmp / "gunicorn.log"
        server = web.start_gunicorn(env, port, log_path)
        base_url = f"http://{web.HOST}:{port}"
        web.wait_for_health(base_url, server, log_path)

        print(f"{args.clients} reporters send at once...", flush=True)
        sent = send_many(base_url, args.clients)
        web.stop(server)
        server = None

        times, errors = sent["times"], sent["errors"]
        saved = count_reports(env) - before
        print(f"references shown: {len(set(sent['references']))} of {args.clients}")
        print(f"reports saved:    {saved}")
        print(f"errors:           {len(errors)} {errors[:3]}")
        if times:
            print(
                f"send latency:     p50 {statistics.median(times) * 1000:.0f} ms, "
                f"p95 {percentile(times, 0.95) * 1000:.0f} ms, max {times[-1] * 1000:.0f} ms"
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
