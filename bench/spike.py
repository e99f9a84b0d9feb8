"""The campaign spike: what a Know and See campaign day looks like, compressed.

Over ``seconds`` (60): ``visitors`` (2,000) anonymous visitors arrive at an even rate,
each opening one of 20 pages as a browser with an empty cache would (the page, the
stylesheet and the script; every other visitor a second page), while an editor
publishes a change every 10 s and 50 people send a report. Everything goes to
127.0.0.1; every request has a timeout and the whole run a deadline.

It passes with 0 failed requests, every publish visible on the very next request (a
fresh connection, so any worker may answer), and every report saved. Called by
`python -m bench` on the server it measured; publishes run in the benchmark's own
Django, on the same database and cache as the server.
"""

import concurrent.futures
import html
import http.client
import json
import secrets
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path

from . import reports

HOST = "127.0.0.1"
PAGES = 20
VISITORS = 2000
REPORTS = 50
PUBLISH_EVERY = 10  # seconds
TIMEOUT = 10  # seconds, per request
VISITOR_THREADS = 48


@dataclass
class Tally:
    lock: threading.Lock = field(default_factory=threading.Lock)
    times: list = field(default_factory=list)  # page requests, seconds
    late: list = field(default_factory=list)  # how late each visitor started, seconds
    requests: int = 0
    failures: list = field(default_factory=list)

    def add(self, took=None, failure=None, page=False):
        with self.lock:
            self.requests += 1
            if failure:
                self.failures.append(failure)
            elif page:
                self.times.append(took)


def spike_pages(count):
    """Up to ``count`` live pages in the default language (the home page first),
    readable by anyone, from the benchmark's own Django."""
    from wagtail.models import Locale, Page

    pages = (
        Page.objects.live()
        .public()
        .filter(depth__gte=2, locale=Locale.get_default())
        .order_by("depth", "path")
        .specific()
    )
    found = []
    for page in pages:
        url = page.get_url()
        if url and url.startswith("/") and "/share-" not in url:
            found.append((page.pk, url))
        if len(found) == count:
            break
    return found


def static_paths():
    from django.conf import settings

    manifest = json.loads((Path(settings.STATIC_ROOT) / "staticfiles.json").read_text())["paths"]
    wanted = [name for name in ("css/main.css", "js/main.js") if name in manifest]
    return ["/static/" + manifest[name] for name in wanted]


def get(connection, path):
    connection.request("GET", path, headers={"Accept-Encoding": "gzip"})
    response = connection.getresponse()
    return response.status, response.read()


def visit(port, paths, statics, tally, scheduled, second_page):
    tally.late.append(max(0.0, time.monotonic() - scheduled))
    connection = http.client.HTTPConnection(HOST, port, timeout=TIMEOUT)
    try:
        for number, path in enumerate(paths[: 2 if second_page else 1]):
            for wanted in [path, *(statics if number == 0 else [])]:
                started = time.monotonic()
                try:
                    status, _ = get(connection, wanted)
                except OSError as error:
                    tally.add(failure=f"{wanted}: {error!r}")
                    connection.close()
                    continue
                if status != 200:
                    tally.add(failure=f"{wanted}: {status}")
                else:
                    tally.add(time.monotonic() - started, page=wanted == path)
    finally:
        connection.close()


def publish(page_id, number):
    """An editor's change to a page's title, published; returns the new title."""
    from wagtail.models import Page

    page = Page.objects.get(pk=page_id).specific
    title = f"{page.title.split(' · ')[0]} · update {number} {secrets.token_hex(3)}"
    page.title = title
    page.save_revision().publish()
    return title


def visible(port, path, title):
    """The next request, on a new connection, shows the new title."""
    connection = http.client.HTTPConnection(HOST, port, timeout=TIMEOUT)
    try:
        connection.request("GET", path)
        response = connection.getresponse()
        body = response.read().decode()
        return response.status == 200 and html.escape(title, quote=False) in body
    finally:
        connection.close()


def count_reports():
    from forms.models import Report

    return Report.objects.count()


def run(base_url, env, seconds=60, visitors=VISITORS, report_count=REPORTS):
    port = int(base_url.rsplit(":", 1)[1])
    pages = spike_pages(PAGES)
    paths = [path for _, path in pages]
    statics = static_paths()
    tally = Tally()
    publishes = []
    before = count_reports()
    print(
        f"Campaign spike: {visitors} visitors over {seconds} s across {len(paths)} pages, "
        f"a publish every {PUBLISH_EVERY} s, {report_count} reports...",
        flush=True,
    )
    started = time.monotonic()
    deadline = started + seconds + 120
    visitor_pool = concurrent.futures.ThreadPoolExecutor(max_workers=VISITOR_THREADS)
    report_pool = concurrent.futures.ThreadPoolExecutor(max_workers=max(1, report_count))
    visits, sent = [], []
    events = [(i * seconds / visitors, "visit", i) for i in range(visitors)]
    events += [(i * seconds / max(1, report_count) + 0.5, "report", i) for i in range(report_count)]
    events += [(t, "publish", n) for n, t in enumerate(range(PUBLISH_EVERY // 2, seconds, 10))]
    try:
        for at, kind, number in sorted(events):
            time.sleep(max(0.0, started + at - time.monotonic()))
            if kind == "visit":
                # A simple, repeatable spread: every page visited, the home page most.
                first = paths[0] if number % 4 == 0 else paths[number % len(paths)]
                second = paths[(number * 7 + 3) % len(paths)]
                visits.append(
                    visitor_pool.submit(
                        visit, port, [first, second], statics, tally, started + at, number % 2
                    )
                )
            elif kind == "report":
                sent.append(report_pool.submit(reports.submit_one, base_url, number, 3.2))
            else:
                page_id, path = pages[1 + number % (len(pages) - 1)]
                title = publish(page_id, number)
                publishes.append((path, visible(port, path, title)))
        for future in concurrent.futures.as_completed(visits, timeout=deadline - time.monotonic()):
            future.result()
        references, report_errors = [], []
        for future in concurrent.futures.as_completed(sent, timeout=deadline - time.monotonic()):
            try:
                references.append(future.result()[0])
            except Exception as error:  # noqa: BLE001 - counted and reported
                report_errors.append(repr(error))
    finally:
        visitor_pool.shutdown(wait=False, cancel_futures=True)
        report_pool.shutdown(wait=False, cancel_futures=True)
    took = time.monotonic() - started
    times = sorted(tally.times)
    late = sorted(tally.late)
    return {
        "visitors": visitors,
        "seconds": took,
        "requests": tally.requests,
        "failures": tally.failures,
        "p50": reports.percentile(times, 0.5),
        "p99": reports.percentile(times, 0.99),
        "late_p99": reports.percentile(late, 0.99),
        "publishes": publishes,
        "reports": report_count,
        "references": len({ref for ref in references if ref}),
        "saved": count_reports() - before,
        "report_errors": report_errors,
    }


def print_targets(result):
    """The spike's rows in the targets table; True when all pass."""
    visible_count = sum(1 for _, ok in result["publishes"] if ok)
    ok_requests = not result["failures"]
    ok_publish = visible_count == len(result["publishes"]) > 0
    ok_reports = (
        result["saved"] == result["reports"] == result["references"] and not result["report_errors"]
    )
    print(
        f"| spike: {result['visitors']} visitors, {result['requests']} requests in "
        f"{result['seconds']:.0f} s, 0 failed | {len(result['failures'])} failed; pages "
        f"p50 {result['p50'] * 1000:.0f} ms, p99 {result['p99'] * 1000:.0f} ms; visitors "
        f"started late by p99 {result['late_p99'] * 1000:.0f} ms | {verdict(ok_requests)} |"
    )
    print(
        f"| spike: every publish visible on the next request | {visible_count} of "
        f"{len(result['publishes'])} | {verdict(ok_publish)} |"
    )
    print(
        f"| spike: every report saved | {result['saved']} saved, {result['references']} "
        f"references of {result['reports']}, {len(result['report_errors'])} errors "
        f"| {verdict(ok_reports)} |"
    )
    if result["failures"]:
        print("first failures:", *result["failures"][:5], sep="\n  ")
    if result["report_errors"]:
        print("first report errors:", *result["report_errors"][:3], sep="\n  ")
    return ok_requests and ok_publish and ok_reports


def verdict(ok):
    return "PASS" if ok else "FAIL"
