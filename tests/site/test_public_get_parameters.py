"""Every GET parameter a public view reads, fuzzed: NUL, very long values, odd
Unicode, bytes that are not UTF-8, and repeated keys. No server error anywhere.

The list of parameters comes from the code: an AST scan finds every read of
``request.GET`` in the apps. A read the fuzzing does not cover fails
``test_every_get_parameter_read_by_a_public_view_is_fuzzed``: add it to
``FUZZED`` (with the addresses that read it), or, for an admin-only view, to
``NOT_PUBLIC``.
"""

import ast
from pathlib import Path
from urllib.parse import quote

import pytest
from django.test import Client
from hypothesis import HealthCheck, given
from hypothesis import settings as hypothesis_settings
from hypothesis import strategies as st

from resources.library import GROUPS

ROOT = Path(__file__).resolve().parents[2]
APPS = ["audiences", "core", "forms", "governance", "home", "measures", "resources"]
DYNAMIC = "<dynamic>"

# Parameter -> the public addresses whose views read it.
LIBRARY = "/resources/"
FUZZED = {
    "q": ["/search/", "/pl/search/", "/ar/search/"],
    "page": ["/search/?q=child", LIBRARY],
    "sector": ["/share-information/questions/", "/report-a-concern/questions/"],
    "t": ["/measures/feedback/thanks/"],
    "s": ["/measures/confidence/done/"],
    "r": ["/measures/quiz/result/"],
    **{group: [LIBRARY, "/pl" + LIBRARY] for group in GROUPS},
}
# Where a view reads keys it builds itself: the keys it can read.
DYNAMIC_READERS = {"resources/library.py": list(GROUPS)}
# Views behind the admin sign-in, not public.
NOT_PUBLIC = {
    ("measures/dashboard.py", "quarter"),
    ("measures/dashboard.py", "csv"),
    ("governance/two_factor.py", "next"),
}
# Pages fuzzed with made-up parameters too: none of them should care.
ALSO_FUZZED = ["/report/follow-up/", "/share-information/", "/report-a-concern/"]


def _is_get(node):
    """``request.GET`` or ``self.request.GET``."""
    return (
        isinstance(node, ast.Attribute)
        and node.attr == "GET"
        and (
            (isinstance(node.value, ast.Name) and node.value.id == "request")
            or (isinstance(node.value, ast.Attribute) and node.value.attr == "request")
        )
    )


def get_reads():
    """{(file, parameter)} for every read of request.GET in the apps; a read with a
    key that is not a literal string is recorded as DYNAMIC."""
    found = set()
    for app in APPS:
        for path in (ROOT / app).rglob("*.py"):
            if "migrations" in path.parts:
                continue
            tree = ast.parse(path.read_text(), filename=str(path))
            parents = {
                child: node for node in ast.walk(tree) for child in ast.iter_child_nodes(node)
            }
            name = str(path.relative_to(ROOT))
            for node in ast.walk(tree):
                if not _is_get(node):
                    continue
                parent = parents.get(node)
                key = DYNAMIC
                if isinstance(parent, ast.Attribute) and parent.attr in ("get", "getlist"):
                    call = parents.get(parent)
                    if isinstance(call, ast.Call) and call.args:
                        first = call.args[0]
                        if isinstance(first, ast.Constant) and isinstance(first.value, str):
                            key = first.value
                elif isinstance(parent, ast.Subscript):
                    if isinstance(parent.slice, ast.Constant):
                        key = parent.slice.value
                found.add((name, key))
    return found


def test_the_scan_finds_the_reads_we_know_of():
    reads = get_reads()
    assert ("home/search.py", "q") in reads
    assert ("forms/journey.py", "sector") in reads
    assert ("resources/library.py", DYNAMIC) in reads


def test_every_get_parameter_read_by_a_public_view_is_fuzzed():
    uncovered = []
    for name, key in sorted(get_reads()):
        if (name, key) in NOT_PUBLIC:
            continue
        keys = DYNAMIC_READERS.get(name, []) if key == DYNAMIC else [key]
        if not keys:
            uncovered.append(f"{name}: reads request.GET with a key the test cannot see")
        uncovered += [f"{name}: {k}" for k in keys if k not in FUZZED]
    assert not uncovered, "public GET parameters nobody fuzzes:\n" + "\n".join(uncovered)


# Raw, already-encoded query values: what a browser, a bot or a broken link may send.
ODD_VALUES = [
    "%00",
    "a%00b",
    "%22",  # a quote left open: SQLite's full-text search reads it as a phrase
    "a%22b%22c%22",
    "%FF%FE%FD",  # not UTF-8
    "%C3",  # half a character
    "%ED%A0%80",  # an encoded surrogate
    quote("\u202e\u200f\ufeff"),  # direction marks and a byte-order mark
    quote("👩‍👩‍👧‍👦" * 50),
    quote("e\u0301" * 300),  # combining accents
    quote("<script>alert(1)</script>"),
    quote("' OR 1=1 --"),
    "%25%25%25",
    "-1",
    "99999999999999999999999",
    "1e309",
    "x" * 20000,
]
value_text = st.text(
    alphabet=st.characters(codec="utf-8", exclude_categories=["Cs"]), max_size=300
).map(quote)
raw_value = st.one_of(st.sampled_from(ODD_VALUES), value_text)


def _query(pairs):
    return "&".join(f"{key}={value}" for key, value in pairs)


def _get(client, address, extra):
    path, _, fixed = address.partition("?")
    query = "&".join(part for part in (fixed, extra) if part)
    return client.get(path, QUERY_STRING=query)


@pytest.mark.django_db
def test_odd_values_of_every_parameter_never_get_a_server_error(demo_site):
    client = Client(raise_request_exception=False)
    failures = []
    for key, addresses in sorted(FUZZED.items()):
        for address in addresses:
            for value in ODD_VALUES:
                for query in (f"{key}={value}", f"{key}={value}&{key}={value}&{key}=1"):
                    response = _get(client, address, query)
                    if response.status_code >= 500:
                        failures.append(f"{address} ?{query[:60]} -> {response.status_code}")
    assert not failures, "\n".join(failures)


@pytest.mark.django_db
def test_search_for_a_nul_is_an_ordinary_search(client, demo_site):
    response = client.get("/search/", QUERY_STRING="q=%00")
    assert response.status_code == 200
    response = client.get("/search/", QUERY_STRING="q=child%00exploitation")
    assert response.status_code == 200
    assert "child exploitation" in response.content.decode()


@pytest.mark.django_db
def test_generated_queries_never_get_a_server_error(demo_site):
    client = Client(raise_request_exception=False)
    addresses = sorted({a for addresses in FUZZED.values() for a in addresses} | set(ALSO_FUZZED))
    keys = sorted(FUZZED) + ["ticket", "payload", "step", "reference", "utm_source"]

    @hypothesis_settings(
        max_examples=250,
        deadline=None,
        suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
    )
    @given(
        address=st.sampled_from(addresses),
        pairs=st.lists(st.tuples(st.sampled_from(keys), raw_value), min_size=1, max_size=6),
    )
    def fetch(address, pairs):
        response = _get(client, address, _query(pairs))
        assert response.status_code < 500, (address, _query(pairs)[:200], response.status_code)

    fetch()
