"""Render every public page from one database snapshot, to compare two versions of the code.

A refactor that should change no behaviour must render the same HTML. This tool:

1. ``seed``: builds a demo database into a folder (SQLite file plus media), once;
2. ``render``: copies that folder, freezes the clock and renders every URL in the
   sitemap (every language), every English page under each other language's prefix
   (the English fallback), the report journeys' first question pages, the library's
   filters, search and the 404 page, writing one file per URL;
3. ``diff``: compares two render folders and prints what differs.

``render --parts`` renders with the page cache on and no page stored whole: each URL
is asked for twice and the second answer kept, so every page is put together from the
parts kept in the cache (core/templatetags/page_cache_tags.py), its header and footer
kept from other pages. It must match a plain render byte for byte.

Run the seed and one render on the old commit, the render on the new one, then diff::

    python -m tools.page_snapshot seed /tmp/snap
    python -m tools.page_snapshot render /tmp/snap /tmp/pages-before
    (switch commits)
    python -m tools.page_snapshot render /tmp/snap /tmp/pages-after
    python -m tools.page_snapshot diff /tmp/pages-before /tmp/pages-after

CSRF tokens, signed form state (it carries a timestamp) and hashed asset names are
normalised; everything else must match byte for byte.
"""

import argparse
import difflib
import hashlib
import os
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path
from xml.etree import ElementTree

ROOT = Path(__file__).resolve().parents[1]
FROZEN_NOW = "2026-12-01T10:30:00+00:00"
SITEMAP_NS = {
    "s": "http://www.sitemaps.org/schemas/sitemap/0.9",
    "x": "http://www.w3.org/1999/xhtml",
}
EXTRA_PATHS = [
    "/search/?q=help",
    "/search/?q=taxi",
    "/resources/",
    "/resources/?audience=young-people",
    "/no-such-page/",
    "/robots.txt",
]
# Signed form state carries a timestamp; its value differs on every render.
SIGNED_FIELDS = "ticket|state|answers|token|started|submission|signed"
NORMALISE = [
    (re.compile(r'(name="csrfmiddlewaretoken" value=")[^"]*'), r"\1CSRF"),
    (re.compile(rf'(name="(?:{SIGNED_FIELDS})[^"]*" value=")[^"]*'), r"\1SIGNED"),
    (re.compile(r"(/static/[^\"' ]+?)\.[0-9a-f]{12}(\.\w+)"), r"\1\2"),
]


def _env(folder):
    return {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "cse_site.settings.test",
        "DATABASE_URL": f"sqlite:///{folder / 'db.sqlite3'}",
        "SNAPSHOT_MEDIA_ROOT": str(folder / "media"),
    }


def seed(folder):
    folder = Path(folder)
    shutil.rmtree(folder, ignore_errors=True)
    (folder / "media").mkdir(parents=True)
    env = _env(folder)
    code = (
        "import django; from django.conf import settings;"
        "from django.core.management import call_command;"
        "django.setup();"
        "settings.MEDIA_ROOT = __import__('os').environ['SNAPSHOT_MEDIA_ROOT'];"
        "call_command('migrate', '--noinput', verbosity=0);"
        "call_command('seed_demo', verbosity=0)"
    )
    subprocess.run([sys.executable, "-c", code], cwd=ROOT, env=env, check=True)
    print(f"seeded {folder}")


def _render_in_process(snapshot, out):
    """Runs inside a child process with Django set up on a copy of the snapshot."""
    from unittest import mock

    import django
    from django.conf import settings

    django.setup()
    settings.MEDIA_ROOT = os.environ["SNAPSHOT_MEDIA_ROOT"]
    from django.test import Client
    from django.utils import timezone
    from django.utils.dateparse import parse_datetime

    frozen = parse_datetime(FROZEN_NOW)
    out.mkdir(parents=True, exist_ok=True)
    with mock.patch.object(timezone, "now", lambda: frozen):
        client = Client()
        sitemap = client.get("/sitemap.xml")
        tree = ElementTree.fromstring(sitemap.content)
        paths = set()
        for loc in tree.iterfind(".//s:loc", SITEMAP_NS):
            paths.add(_path(loc.text))
        for link in tree.iterfind(".//x:link", SITEMAP_NS):
            paths.add(_path(link.get("href")))
        english = sorted(p for p in paths if not re.match(r"^/(pl|ro|ar)/", p))
        for prefix in ("/pl", "/ro", "/ar"):
            paths.update(prefix + p for p in english)
        paths.update(EXTRA_PATHS)
        queue = sorted(paths)
        while queue:
            path = queue.pop(0)
            for _ in range(2 if os.environ.get("SNAPSHOT_ASK_TWICE") else 1):
                response = client.get(path)
            # The report journeys' first question page, linked from each start page.
            questions = f'href="{path}questions/'
            if questions in response.content.decode("utf-8", "replace"):
                paths.add(path + "questions/")
                queue.append(path + "questions/")
            body = response.content.decode("utf-8", "replace")
            for pattern, replacement in NORMALISE:
                body = pattern.sub(replacement, body)
            headers = "".join(
                f"{name}: {_header(name, value)}\n"
                for name, value in sorted(response.items())
                if name not in ("X-Page-Cache", "Expires")
            )
            name = hashlib.sha1(path.encode()).hexdigest()[:12]
            (out / f"{name}.txt").write_text(
                f"{path}\n{response.status_code}\n{headers}\n{body}", encoding="utf-8"
            )
        (out / "sitemap.xml").write_bytes(sitemap.content)
    print(f"rendered {len(paths)} URLs into {out}")


def _header(name, value):
    """CSP directives come out in a different order each run; the order means nothing."""
    if name == "Content-Security-Policy":
        return "; ".join(sorted(part.strip() for part in value.split(";")))
    return value


def _path(url):
    from urllib.parse import urlsplit

    parts = urlsplit(url)
    return parts.path + (f"?{parts.query}" if parts.query else "")


def render(snapshot, out, parts=False):
    snapshot, out = Path(snapshot), Path(out)
    shutil.rmtree(out, ignore_errors=True)
    with tempfile.TemporaryDirectory(prefix="snapshot-") as work:
        work = Path(work) / "copy"
        shutil.copytree(snapshot, work)
        env = _env(work)
        env["PAGE_CACHE_ENABLED"] = "true" if parts else "false"
        if parts:
            env["PAGE_CACHE_EXCLUDE_PATHS"] = "/"
            env["SNAPSHOT_ASK_TWICE"] = "1"
        code = (
            "import sys; from pathlib import Path; from tools.page_snapshot import "
            "_render_in_process; _render_in_process(Path(sys.argv[1]), Path(sys.argv[2]))"
        )
        subprocess.run(
            [sys.executable, "-c", code, str(work), str(out)], cwd=ROOT, env=env, check=True
        )


def diff(before, after):
    before, after = Path(before), Path(after)
    names = sorted({p.name for p in before.iterdir()} | {p.name for p in after.iterdir()})
    differing = 0
    for name in names:
        a, b = before / name, after / name
        if not a.exists() or not b.exists():
            differing += 1
            print(f"only in {'after' if b.exists() else 'before'}: {name}")
            continue
        if a.read_bytes() == b.read_bytes():
            continue
        differing += 1
        lines = difflib.unified_diff(
            a.read_text().splitlines(), b.read_text().splitlines(), str(a), str(b), lineterm="", n=1
        )
        print("\n".join(list(lines)[:40]))
    print(f"{len(names)} files compared, {differing} differ")
    return 1 if differing else 0


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    sub = parser.add_subparsers(dest="command", required=True)
    sub.add_parser("seed").add_argument("snapshot")
    r = sub.add_parser("render")
    r.add_argument("snapshot")
    r.add_argument("out")
    r.add_argument("--parts", action="store_true", help="put every page together from kept parts")
    d = sub.add_parser("diff")
    d.add_argument("before")
    d.add_argument("after")
    args = parser.parse_args()
    if args.command == "seed":
        seed(args.snapshot)
    elif args.command == "render":
        render(args.snapshot, args.out, parts=args.parts)
    else:
        sys.exit(diff(args.before, args.after))


if __name__ == "__main__":
    main()
