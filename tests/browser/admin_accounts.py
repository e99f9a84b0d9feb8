"""Admin accounts for the browser tests, made in the browser server's database before
it starts (tests/browser/conftest.py): an editor and a Halton report handler, each
with an authenticator app whose key the tests know, so they can type the six-digit
code as a person would."""

EDITOR = ("browser-editor", "Browser editor password 1")
HANDLER = ("browser-handler", "Browser handler password 1")
HANDLER_GROUP = "Report handlers: Halton Borough Council"
# 20 bytes, hex, as django-otp stores them. Test-only keys.
TOTP_KEY = "3132333435363738393031323334353637383930"


def create():
    """Run inside the server's database (manage.py shell)."""
    from django.contrib.auth import get_user_model
    from django.contrib.auth.models import Group
    from django_otp.plugins.otp_totp.models import TOTPDevice

    from governance import roles

    for (username, password), group in ((EDITOR, roles.EDITORS), (HANDLER, HANDLER_GROUP)):
        user = get_user_model().objects.create_user(username=username, password=password)
        user.groups.add(Group.objects.get(name=group))
        TOTPDevice.objects.create(user=user, name="Phone", confirmed=True, key=TOTP_KEY)


def current_code():
    """The code the authenticator app shows now."""
    from binascii import unhexlify

    from django_otp.oath import TOTP

    return f"{TOTP(unhexlify(TOTP_KEY)).token():06d}"


def sign_in(page, base_url, account):
    """Sign in through the login page and the two-step code page, as a person does."""
    username, password = account
    page.goto(base_url + "/admin/login/")
    page.get_by_label("Username").fill(username)
    page.get_by_label("Password").fill(password)
    page.get_by_role("button", name="Sign in").click()
    page.wait_for_url("**/two-factor/verify/**")
    page.get_by_label("Six-digit code from your authenticator app").fill(current_code())
    page.get_by_role("button", name="Continue").click()
    page.wait_for_url(base_url + "/admin/")
