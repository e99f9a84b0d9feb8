"""Who may read which reports (forms/permissions.py): each authority's handlers
their own reports only; superusers and everyone else nothing.

The fixtures here (one handler and one report per authority) are shared with
tests/forms/test_inbox.py, which drives the same rule through the admin views.
"""

import itertools
from dataclasses import dataclass

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group, Permission
from django.http import Http404
from wagtail.permissions import policy_registry

from forms.models import Authority, Report, random_code
from forms.permissions import (
    ReportPermissionPolicy,
    authorities_for,
    can_handle,
    can_use_inbox,
    report_or_404,
    reports_for,
)
from forms.reference_data import AUTHORITIES

MODEL_BACKEND = "django.contrib.auth.backends.ModelBackend"
AUTHORITY_SLUGS = [slug for slug, *_rest in AUTHORITIES]
AUTHORITY_PAIRS = list(itertools.permutations(AUTHORITY_SLUGS, 2))


def make_report(authority, **fields):
    """A report as the public form saves it, sent straight to ``authority``."""
    token = random_code(4, size=8)
    values = {
        "reference": "CSE-" + random_code(2),
        "kind": "intelligence" if authority.kind == "police" else "concern",
        "authority": authority,
        "area_given": authority.area or "not-sure",
        "area": authority.area,
        "routing_reason": "chosen" if authority.area else "unknown",
        "what_happened": f"Something seen, for {authority.slug}",
        "when_precision": "unknown",
        "reporter_role": "public",
        "submission_token": token,
        "receipt_hash": Report.hash_receipt(token),
    }
    return Report.objects.create(**(values | fields))


def make_user(username, *groups, **fields):
    user = get_user_model().objects.create_user(username=username, **fields)
    user.groups.add(*groups)
    return user


@dataclass
class World:
    authorities: dict  # slug -> Authority
    handlers: dict  # slug -> User in that authority's handler group
    reports: dict  # slug -> Report sent to that authority


def build_world():
    """One handler and one report for each of the six authorities."""
    authorities = {a.slug: a for a in Authority.objects.select_related("handlers")}
    assert sorted(authorities) == sorted(AUTHORITY_SLUGS)
    handlers = {
        slug: make_user(f"handler-{slug}", authority.handlers)
        for slug, authority in authorities.items()
    }
    reports = {slug: make_report(authority) for slug, authority in authorities.items()}
    return World(authorities, handlers, reports)


@pytest.fixture
def world(db):
    return build_world()


@pytest.fixture
def superuser(db):
    return get_user_model().objects.create_superuser(username="root", password=None)


def test_every_authority_has_a_handler_group_with_the_permission(world):
    for slug, authority in world.authorities.items():
        group = authority.handlers
        assert group is not None, slug
        codenames = set(group.permissions.values_list("codename", flat=True))
        assert {"handle_report", "access_admin"} <= codenames, slug


@pytest.mark.parametrize("own", AUTHORITY_SLUGS)
def test_handlers_read_their_own_authoritys_reports_only(world, own):
    user = world.handlers[own]
    assert can_use_inbox(user)
    assert list(reports_for(user)) == [world.reports[own]]
    assert list(authorities_for(user)) == [world.authorities[own]]
    for slug, report in world.reports.items():
        assert can_handle(user, report) is (slug == own), slug


@pytest.mark.parametrize(("own", "other"), AUTHORITY_PAIRS)
def test_another_authoritys_report_is_not_found(world, own, other):
    user = world.handlers[own]
    assert report_or_404(user, world.reports[own].pk) == world.reports[own]
    with pytest.raises(Http404):
        report_or_404(user, world.reports[other].pk)


def test_a_report_that_does_not_exist_is_not_found_the_same_way(world):
    with pytest.raises(Http404):
        report_or_404(world.handlers["halton"], 10**9)


def test_superuser_outside_every_handler_group_sees_nothing(world, superuser):
    assert not reports_for(superuser).exists()
    assert not authorities_for(superuser).exists()
    assert not any(can_handle(superuser, report) for report in world.reports.values())


def test_superuser_in_a_handler_group_sees_that_group_only(world, superuser):
    superuser.groups.add(world.authorities["warrington"].handlers)
    assert list(reports_for(superuser)) == [world.reports["warrington"]]


def test_membership_without_the_permission_shows_nothing(world):
    group = world.authorities["halton"].handlers
    group.permissions.remove(Permission.objects.get(codename="handle_report"))
    user = make_user("no-permission", group)  # a fresh user: no cached permissions
    assert not can_use_inbox(user)
    assert not reports_for(user).exists()


def test_the_permission_without_membership_shows_nothing(world):
    group = Group.objects.create(name="Some other team")
    group.permissions.add(Permission.objects.get(codename="handle_report"))
    user = make_user("other-team", group)
    assert can_use_inbox(user)
    assert not reports_for(user).exists()


def test_inactive_and_anonymous_users_see_nothing(world):
    from django.contrib.auth.models import AnonymousUser

    user = world.handlers["halton"]
    user.is_active = False
    user.save()
    user = get_user_model().objects.get(pk=user.pk)
    assert not reports_for(user).exists()
    assert not reports_for(AnonymousUser()).exists()
    assert not can_use_inbox(None)


def test_two_groups_see_both_sets(world):
    user = make_user(
        "both",
        world.authorities["pan-cheshire-triage"].handlers,
        world.authorities["cheshire-police"].handlers,
    )
    expected = {world.reports["pan-cheshire-triage"], world.reports["cheshire-police"]}
    assert set(reports_for(user)) == expected
    assert reports_for(user).count() == 2  # no duplicates from the joins


def test_a_moved_report_leaves_the_old_authoritys_sight(world):
    report = world.reports["halton"]
    report.authority = world.authorities["warrington"]
    report.save()
    assert not can_handle(world.handlers["halton"], report)
    assert can_handle(world.handlers["warrington"], report)


def test_wagtail_uses_the_same_rule_for_reports(world, superuser):
    # Importing the admin hooks registers the policy; the inbox relies on it.
    import forms.wagtail_hooks  # noqa: F401

    policy = policy_registry.get_by_type(Report)
    assert isinstance(policy, ReportPermissionPolicy)
    halton = world.handlers["halton"]
    assert policy.user_has_permission(halton, "view")
    for action in ("add", "change", "delete"):
        assert not policy.user_has_permission(halton, action)
        assert not policy.user_has_permission(superuser, action)
    assert list(policy.instances_user_has_permission_for(halton, "view")) == [
        world.reports["halton"]
    ]
    assert not policy.instances_user_has_permission_for(superuser, "view").exists()
    assert policy.user_has_permission_for_instance(halton, "view", world.reports["halton"])
    assert not policy.user_has_permission_for_instance(halton, "view", world.reports["warrington"])
    readers = policy.users_with_permission_for_instance("view", world.reports["halton"])
    assert list(readers) == [halton]
    assert halton in policy.users_with_permission("view")
    assert not policy.users_with_permission("change").exists()
