"""Fixtures shared by every test."""

import pytest
from django.core.management import call_command


@pytest.fixture(autouse=True)
def empty_page_cache():
    """Every test starts with an empty page cache (core/page_cache.py): cached pages,
    chrome and site must not leak from one test's database into the next."""
    from django.conf import settings
    from django.core.cache import caches

    caches[settings.PAGE_CACHE_ALIAS].clear()
    yield
    caches[settings.PAGE_CACHE_ALIAS].clear()


@pytest.fixture(autouse=True)
def english_by_default():
    """Every test starts in English: a request under /ro/ activates Romanian for the
    rest of its thread, and with real translations that leaks into the next test."""
    from django.conf import settings
    from django.utils import translation

    translation.activate(settings.LANGUAGE_CODE)
    yield
    translation.activate(settings.LANGUAGE_CODE)


@pytest.fixture
def demo_site(db):
    """The demo site exactly as `make run` builds it."""
    call_command("seed_demo", verbosity=0)
    from wagtail.models import Site

    return Site.objects.get(is_default_site=True)


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
