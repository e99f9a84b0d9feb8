"""Fixtures shared by every test.

The database: pytest-django migrates one test database per worker and rolls each test
back. The demo site is seeded once per worker, into a copy of the migrated database
(tests/databases.py); a test that asks for ``demo_site`` runs on that copy, every other
test on the migrated database, each in its own transaction as before.
"""

import pytest

from tests.databases import (
    DEMO,
    MIGRATED,
    database_states,
    drop_test_database,
    ensure_test_database,
)

# Chooses the test's database; it must run before the test's transaction begins.
DATABASE_CHOOSER = "_database_for_this_test"


def pytest_collection_modifyitems(items):
    """Put the database chooser before every other fixture, pytest-django's ``db`` and
    ``django_db`` marker included, whatever order a test names its fixtures in."""
    for item in items:
        names = getattr(item, "fixturenames", None)
        if not names:
            continue
        if DATABASE_CHOOSER in names:
            names.remove(DATABASE_CHOOSER)
            names.insert(0, DATABASE_CHOOSER)


@pytest.fixture(scope="session")
def django_db_setup(django_db_setup, django_db_blocker):
    """pytest-django's migrated test database, kept as it is just after migration so
    the demo copy starts from it even if a transactional test has flushed it since."""
    with django_db_blocker.unblock():
        made_here = ensure_test_database()
        states = database_states(later=[DEMO])
    yield states
    with django_db_blocker.unblock():
        states.close()
        if made_here:
            drop_test_database()


@pytest.fixture(scope="session")
def demo_database(django_db_setup, django_db_blocker):
    """The demo site exactly as `make run` builds it, seeded once per worker."""
    from django.core.management import call_command

    with django_db_blocker.unblock():
        django_db_setup.build(DEMO, lambda: call_command("seed_demo", verbosity=0))
    return django_db_setup


def _uses_database(request):
    return "_django_db_helper" in request.fixturenames or (
        request.node.get_closest_marker("django_db") is not None
    )


def _is_transactional(request):
    marker = request.node.get_closest_marker("django_db")
    by_marker = marker is not None and (
        marker.kwargs.get("transaction") or (marker.args and marker.args[0])
    )
    return bool(by_marker) or "transactional_db" in request.fixturenames


@pytest.fixture(autouse=True)
def _database_for_this_test(request, django_db_blocker):
    """The demo copy for tests that ask for ``demo_site``, else the migrated database."""
    if "demo_site" in request.fixturenames:
        if _is_transactional(request):
            pytest.fail("demo_site needs a rolled-back test: a transactional one would empty it")
        states, wanted = request.getfixturevalue("demo_database"), DEMO
    elif _uses_database(request):
        states, wanted = request.getfixturevalue("django_db_setup"), MIGRATED
    else:
        return
    with django_db_blocker.unblock():
        states.use(wanted)


@pytest.fixture
def demo_site(demo_database, db):
    """The demo site's default Site; the test's changes are rolled back."""
    from wagtail.models import Site

    assert demo_database.current == DEMO, "the demo copy was not chosen before the test began"
    return Site.objects.get(is_default_site=True)


@pytest.fixture(autouse=True)
def empty_caches():
    """Every test starts with empty caches: pages, chrome and site in the page cache
    (core/page_cache.py), Wagtail's site root paths in the default one, must not leak
    from one test's database into the next."""
    from django.conf import settings
    from django.core.cache import caches

    for alias in settings.CACHES:
        caches[alias].clear()
    yield
    for alias in settings.CACHES:
        caches[alias].clear()


@pytest.fixture(scope="session")
def redis_url():
    """A throwaway Redis server (Debian's redis-server, which `make test` installs as
    root), as production runs it; the test is skipped where it is not installed."""
    from bench import services

    if not services.available("redis-server"):
        pytest.skip("Debian's redis-server is not installed")
    with services.redis() as url:
        yield url


@pytest.fixture(autouse=True)
def english_by_default():
    """Every test starts in English: a request under /ro/ activates Romanian for the
    rest of its thread, and with real translations that leaks into the next test."""
    from django.conf import settings
    from django.utils import translation

    translation.activate(settings.LANGUAGE_CODE)
    yield
    translation.activate(settings.LANGUAGE_CODE)


# --- Two-factor sign-in (governance/two_factor.py) ------------------------------------


@pytest.fixture
def verified_login(db):
    """``verified_login(client, user)``: sign in with the two-factor step done."""
    from tests.two_factor import login_verified

    return login_verified


@pytest.fixture
def admin_client(client, admin_user):
    """pytest-django's superuser client, with the two-factor step that superusers need."""
    from tests.two_factor import login_verified

    login_verified(client, admin_user)
    return client
