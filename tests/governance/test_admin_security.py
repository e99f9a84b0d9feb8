"""Signing in to the admin: the login locks after 5 failures, handlers and
administrators need a second factor, sessions expire, passwords are strong.

Time is moved by editing the stored attempt rather than by faking the clock.
"""

import datetime
import io

import pytest
from axes.models import AccessAttempt, AccessLog
from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.contrib.auth.password_validation import validate_password
from django.core.exceptions import ValidationError
from django.core.management import call_command
from django.urls import reverse
from django.utils import timezone
from django_otp.oath import TOTP
from django_otp.plugins.otp_totp.models import TOTPDevice

from governance import roles
from governance.two_factor import requires_two_factor
from tests.two_factor import login_verified

PASSWORD = "correct horse battery staple"
HANDLER_GROUP = "Report handlers: Halton Borough Council"
MODEL_BACKEND = "django.contrib.auth.backends.ModelBackend"


def make_member(username, group_name=None, **fields):
    user = get_user_model().objects.create_user(username=username, password=PASSWORD, **fields)
    if group_name:
        user.groups.add(Group.objects.get(name=group_name))
    return user


def sign_in(client, username, password):
    return client.post(
        reverse("wagtailadmin_login"),
        {"username": username, "password": password, "next": reverse("wagtailadmin_home")},
    )


def signed_in(client):
    return "_auth_user_id" in client.session


def current_code(device):
    totp = TOTP(device.bin_key, device.step, device.t0, device.digits, device.drift)
    return f"{totp.token():0{device.digits}d}"


# --- Lockout (django-axes) ---------------------------------------------------------------


@pytest.mark.django_db
def test_five_failures_lock_the_account_even_against_the_right_password(client):
    make_member("editor", roles.EDITORS)
    for _attempt in range(settings.AXES_FAILURE_LIMIT - 1):
        response = sign_in(client, "editor", "wrong password")
        assert response.status_code == 200 and not signed_in(client)
    # The fifth failure locks the username.
    assert sign_in(client, "editor", "wrong password").status_code == 429

    response = sign_in(client, "editor", PASSWORD)
    assert response.status_code == 429
    assert not signed_in(client)
    # No address is kept for anyone (settings: AXES_CLIENT_IP_CALLABLE).
    attempt = AccessAttempt.objects.get(username="editor")
    assert attempt.failures_since_start >= settings.AXES_FAILURE_LIMIT
    assert attempt.ip_address != "127.0.0.1"


@pytest.mark.django_db
def test_the_right_password_works_again_after_the_cool_off(client):
    make_member("editor", roles.EDITORS)
    for _attempt in range(settings.AXES_FAILURE_LIMIT):
        sign_in(client, "editor", "wrong password")
    assert sign_in(client, "editor", PASSWORD).status_code == 429

    # 29 minutes later: still locked.
    AccessAttempt.objects.filter(username="editor").update(
        attempt_time=timezone.now() - datetime.timedelta(minutes=29)
    )
    assert sign_in(client, "editor", PASSWORD).status_code == 429

    # Past the 30-minute cool-off, the failures have expired.
    AccessAttempt.objects.filter(username="editor").update(
        attempt_time=timezone.now() - settings.AXES_COOLOFF_TIME - datetime.timedelta(minutes=1)
    )
    response = sign_in(client, "editor", PASSWORD)
    assert response.status_code == 302 and signed_in(client)
    assert not AccessAttempt.objects.filter(username="editor").exists()


@pytest.mark.django_db
def test_old_sign_in_records_are_deleted_after_the_retention_period():
    user = make_member("editor", roles.EDITORS)
    old = AccessLog.objects.create(username=user.username, user_agent="", ip_address=None)
    recent = AccessLog.objects.create(username=user.username, user_agent="", ip_address=None)
    days = settings.RETENTION["security-logs"]
    AccessLog.objects.filter(pk=old.pk).update(
        attempt_time=timezone.now() - datetime.timedelta(days=days + 1)
    )
    call_command("apply_retention", stdout=io.StringIO())
    assert list(AccessLog.objects.values_list("pk", flat=True)) == [recent.pk]


# --- Two-factor authentication ------------------------------------------------------------


@pytest.mark.django_db
def test_who_must_use_two_factor():
    """Everyone who can change public content or read reports."""
    assert requires_two_factor(make_member("handler", HANDLER_GROUP))
    assert requires_two_factor(make_member("triage", "Report handlers: Pan-Cheshire triage team"))
    assert requires_two_factor(make_member("admin", roles.ADMINISTRATORS))
    assert requires_two_factor(make_member("root", is_superuser=True, is_staff=True))
    assert requires_two_factor(make_member("editor", roles.EDITORS))
    assert requires_two_factor(make_member("reviewer", roles.PANEL))
    assert not requires_two_factor(make_member("nobody"))  # no admin access at all


@pytest.mark.django_db
def test_a_handler_without_two_factor_cannot_open_the_inbox(client):
    make_member("handler", HANDLER_GROUP)
    response = sign_in(client, "handler", PASSWORD)
    assert response.status_code == 302 and signed_in(client)

    inbox = reverse("reports_inbox:index")
    response = client.get(inbox)
    assert response.status_code == 302
    assert response.url.startswith(reverse("governance_two_factor_setup"))
    # Every admin URL, not only the inbox; the setup page itself opens.
    assert client.get(reverse("wagtailadmin_home")).url.startswith(
        reverse("governance_two_factor_setup")
    )
    setup = client.get(response.url)
    assert setup.status_code == 200
    assert b"<svg" in setup.content and b"Set up two-step sign-in" in setup.content


@pytest.mark.django_db
def test_a_handler_sets_up_an_app_and_then_opens_the_inbox(client):
    handler = make_member("handler", HANDLER_GROUP)
    sign_in(client, "handler", PASSWORD)
    inbox = reverse("reports_inbox:index")
    setup_url = reverse("governance_two_factor_setup")
    client.get(setup_url)
    device = TOTPDevice.objects.get(user=handler, confirmed=False)

    response = client.post(setup_url, {"token": "000000", "next": inbox})
    assert response.status_code == 200 and b"did not match" in response.content
    assert client.get(inbox).status_code == 302

    # Straight after a wrong code, even the right one is refused (django-otp throttling)...
    response = client.post(setup_url, {"token": current_code(device), "next": inbox})
    assert response.status_code == 200
    # ...until the wait (1 s after one failure, doubling after each) has passed.
    TOTPDevice.objects.filter(pk=device.pk).update(
        throttling_failure_timestamp=timezone.now() - datetime.timedelta(seconds=5)
    )
    response = client.post(setup_url, {"token": current_code(device), "next": inbox})
    assert response.status_code == 302 and response.url == inbox
    device.refresh_from_db()
    assert device.confirmed
    assert client.get(inbox).status_code == 200


@pytest.mark.django_db
def test_a_handler_with_an_app_confirms_a_code_at_each_sign_in(client):
    handler = make_member("handler", HANDLER_GROUP)
    device = TOTPDevice.objects.create(user=handler, name="Phone", confirmed=True)
    sign_in(client, "handler", PASSWORD)

    inbox = reverse("reports_inbox:index")
    response = client.get(inbox)
    verify_url = reverse("governance_two_factor_verify")
    assert response.url.startswith(verify_url)
    # An open redirect is refused: "next" must stay on this site.
    response = client.post(verify_url, {"token": "12", "next": "https://example.com/"})
    assert response.status_code == 200 and client.get(inbox).status_code == 302

    response = client.post(verify_url, {"token": current_code(device), "next": inbox})
    assert response.status_code == 302 and response.url == inbox
    assert client.get(inbox).status_code == 200


@pytest.mark.django_db
def test_a_handler_verified_through_the_fixture_opens_the_inbox(client, verified_login):
    verified_login(client, make_member("handler", HANDLER_GROUP))
    assert client.get(reverse("reports_inbox:index")).status_code == 200


@pytest.mark.django_db
@pytest.mark.parametrize("group", [roles.EDITORS, roles.PANEL])
def test_editors_and_reviewers_need_the_code_too(client, group):
    user = make_member("person", group)
    sign_in(client, "person", PASSWORD)
    response = client.get(reverse("wagtailadmin_home"))
    assert response.status_code == 302
    assert response.url.startswith(reverse("governance_two_factor_setup"))
    login_verified(client, user)
    assert client.get(reverse("wagtailadmin_home")).status_code == 200


@pytest.mark.django_db
def test_sign_in_records_keep_no_user_agent(client, caplog):
    """Axes keeps and logs no browser details (governance/sign_in.py)."""
    make_member("editor", roles.EDITORS)
    browser = "Mozilla/5.0 (Secret-Browser 9.9; Tracked)"
    caplog.set_level("DEBUG", logger="axes")
    for password in ("wrong password", PASSWORD):
        client.post(
            reverse("wagtailadmin_login"),
            {"username": "editor", "password": password},
            HTTP_USER_AGENT=browser,
            HTTP_ACCEPT="text/html,secret/accept",
        )
        if password != PASSWORD:
            attempt = AccessAttempt.objects.get(username="editor")
            assert (attempt.user_agent, attempt.http_accept) == ("", "")
    assert signed_in(client)
    client.post(reverse("wagtailadmin_logout"), HTTP_USER_AGENT=browser)
    log_rows = list(AccessLog.objects.values("user_agent", "http_accept"))
    assert log_rows and all(row == {"user_agent": "", "http_accept": ""} for row in log_rows)
    assert "Secret-Browser" not in caplog.text and "secret/accept" not in caplog.text
    assert "AXES: User login failed" in caplog.text  # the check did read Axes' log lines


@pytest.mark.django_db
def test_administrators_and_superusers_also_need_the_code(client):
    root = make_member("root", is_superuser=True, is_staff=True)
    client.force_login(root, backend=MODEL_BACKEND)
    response = client.get(reverse("wagtailusers_users:index"))
    assert response.url.startswith(reverse("governance_two_factor_setup"))
    response = client.get("/django-admin/")
    assert response.url.startswith(reverse("governance_two_factor_setup"))

    login_verified(client, root)
    assert client.get(reverse("wagtailusers_users:index")).status_code == 200


@pytest.mark.django_db
def test_a_site_administrator_resets_a_lost_phone_from_the_users_list(client):
    handler = make_member("handler", HANDLER_GROUP)
    TOTPDevice.objects.create(user=handler, name="Old phone", confirmed=True)
    administrator = make_member("site-admin", roles.ADMINISTRATORS)
    login_verified(client, administrator)

    reset_url = reverse("governance_two_factor_reset", args=[handler.pk])
    assert reset_url in client.get(reverse("wagtailusers_users:index")).content.decode()
    assert client.get(reset_url).status_code == 200
    assert TOTPDevice.objects.filter(user=handler).exists()  # a GET changes nothing
    response = client.post(reset_url)
    assert response.status_code == 302
    assert not TOTPDevice.objects.filter(user=handler).exists()

    # Nobody resets their own device (a stolen session must not swap the phone).
    own = reverse("governance_two_factor_reset", args=[administrator.pk])
    client.post(own)
    assert TOTPDevice.objects.filter(user=administrator).exists()


@pytest.mark.django_db
def test_handlers_and_editors_cannot_reset_anyone(client):
    victim = make_member("handler", HANDLER_GROUP)
    TOTPDevice.objects.create(user=victim, name="Phone", confirmed=True)
    reset_url = reverse("governance_two_factor_reset", args=[victim.pk])
    login_verified(client, make_member("other-handler", HANDLER_GROUP))
    client.post(reset_url)
    client.force_login(make_member("editor", roles.EDITORS), backend=MODEL_BACKEND)
    client.post(reset_url)
    assert TOTPDevice.objects.filter(user=victim).exists()


# --- Sessions and passwords -----------------------------------------------------------------


@pytest.mark.django_db
def test_admin_sessions_end_with_the_browser_and_after_four_hours(client):
    make_member("editor", roles.EDITORS)
    response = sign_in(client, "editor", PASSWORD)
    cookie = response.cookies[settings.SESSION_COOKIE_NAME]
    assert cookie["max-age"] == "" and cookie["expires"] == ""  # a browser-session cookie
    assert cookie["httponly"]
    assert client.session.get_expire_at_browser_close()
    assert client.session.get_expiry_age() == settings.SESSION_COOKIE_AGE == 4 * 60 * 60


@pytest.mark.parametrize(
    "password",
    ["short-pass1", "123456789012345", "password1234", "editor-editor-1"],
)
def test_weak_passwords_are_refused(password):
    user = get_user_model()(username="editor-editor-1", email="editor@example.org")
    with pytest.raises(ValidationError):
        validate_password(password, user)


def test_a_long_uncommon_password_is_accepted():
    validate_password("violet kettle harbour 42")


@pytest.mark.django_db
def test_the_admin_refuses_a_short_password_for_a_new_user(client):
    root = make_member("root", is_superuser=True, is_staff=True)
    login_verified(client, root)
    data = {
        "username": "newperson",
        "email": "new@example.org",
        "first_name": "New",
        "last_name": "Person",
        "password1": "Sh0rt-pass",
        "password2": "Sh0rt-pass",
    }
    response = client.post(reverse("wagtailusers_users:add"), data)
    assert response.status_code == 200
    assert b"at least 12 characters" in response.content
    assert not get_user_model().objects.filter(username="newperson").exists()

    data["password1"] = data["password2"] = "violet kettle harbour 42"
    response = client.post(reverse("wagtailusers_users:add"), data)
    assert response.status_code == 302
    assert get_user_model().objects.filter(username="newperson").exists()
