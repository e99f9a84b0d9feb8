"""Fixtures shared by every test."""

import pytest
from django.core.management import call_command


@pytest.fixture
def demo_site(db):
    """The demo site exactly as `make run` builds it."""
    call_command("seed_demo", verbosity=0)
    from wagtail.models import Site

    return Site.objects.get(is_default_site=True)
