"""`make lighthouse` (tools/lighthouse.py) reads Lighthouse's report and fails the run
under target. The run itself is too slow for the suite; its reading is tested here."""

import pytest

from tools import lighthouse

ORIGIN = "http://127.0.0.1:8001"


def report(performance=0.99, accessibility=1, best=1, urls=(f"{ORIGIN}/",), fonts=()):
    requests = [{"url": url, "resourceType": "Document"} for url in urls]
    requests += [{"url": url, "resourceType": "Font"} for url in fonts]
    metric = {"numericValue": 1000, "score": 0.95}
    return {
        "categories": {
            "performance": {
                "id": "performance",
                "score": performance,
                "auditRefs": [{"id": "largest-contentful-paint", "weight": 25}],
            },
            "accessibility": {
                "id": "accessibility",
                "score": accessibility,
                "auditRefs": [{"id": "color-contrast", "weight": 7}],
            },
            "best-practices": {"id": "best-practices", "score": best, "auditRefs": []},
        },
        "audits": {
            "network-requests": {"details": {"items": requests}},
            "largest-contentful-paint": metric,
            "total-blocking-time": metric,
            "cumulative-layout-shift": {"numericValue": 0.01},
            "total-byte-weight": {"numericValue": 30000},
            "color-contrast": {"score": 0 if accessibility < 1 else 1},
        },
    }


def check(raw):
    return lighthouse.problems([("home", "/", lighthouse.summarise(raw))])


def test_a_page_on_target_passes():
    failures, notes = check(report())
    assert failures == [] and notes == []


def test_icons_in_the_stylesheet_are_not_requests_elsewhere():
    icon = "data:image/svg+xml,%3Csvg xmlns='http://www.w3.org/2000/svg'%3E%3C/svg%3E"
    failures, _ = check(report(urls=[f"{ORIGIN}/", icon]))
    assert failures == []


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        (report(performance=0.94), "performance 94 < 95"),
        (report(accessibility=0.98), "accessibility 98 < 100"),
        (report(best=0.9), "best-practices 90 < 95"),
        (report(urls=[f"{ORIGIN}/", "https://fonts.example.com/x.css"]), "beyond this machine"),
        (report(fonts=[f"{ORIGIN}/static/font.woff2"]), "web fonts"),
    ],
)
def test_misses_fail_the_run(raw, expected):
    failures, _ = check(raw)
    assert len(failures) == 1 and expected in failures[0]


def test_weak_audits_are_named():
    _, notes = check(report(accessibility=0.98))
    assert notes == ["home (/): audits under 0.9: color-contrast"]


def test_median_run_is_kept():
    runs = [lighthouse.summarise(report(performance=p)) for p in (0.5, 0.97, 0.99)]
    assert lighthouse.median_run(runs)["scores"]["performance"] == 97
