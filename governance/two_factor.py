"""Two-factor sign-in for everyone who uses the admin.

The one rule, in ``requires_two_factor``: anyone who may open the Wagtail admin
(editors, the young people's panel, report handlers, administrators), superusers,
anyone who may handle reports and anyone given "Must sign in to the admin with
two-factor authentication" must confirm a code from an authenticator app before
any admin page opens. A password alone would let whoever steals it change what a
child relies on (a helpline, the quick-exit target) or read reports.
``RequireTwoFactorMiddleware`` enforces it for every admin URL (Wagtail's and
Django's), so no view can forget it.

The codes are TOTP (django-otp's TOTP plugin): the person scans a QR code once
on the setup page, then types the six-digit code after each sign-in. django-otp
throttles wrong codes. A lost phone: a site administrator uses "Reset two-step
sign-in" in Settings > Users (``reset`` below) and the person sets up a new one.

Why django-otp and not wagtail-2fa: wagtail-2fa (1.8.0) is a thin layer over
django-otp whose classifiers stop at Wagtail 4, which needs qrcode and six, and
which decides who needs 2FA by its own permission and middleware. Our rule
would then live in two places; with django-otp directly it lives here, and the
pages use Wagtail's own login styling.
"""

from base64 import b32encode
from urllib.parse import urlencode

import segno
from django import forms
from django.contrib.auth.decorators import login_required
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext_lazy as _
from django_otp import login as otp_login
from django_otp import user_has_device
from django_otp.plugins.otp_totp.models import TOTPDevice

from core.middleware import mark_form_page

REQUIRE_PERMISSION = "governance.require_two_factor"
HANDLE_REPORT = "reports.handle_report"
ACCESS_ADMIN = "wagtailadmin.access_admin"

SETUP_URL_NAME = "governance_two_factor_setup"
VERIFY_URL_NAME = "governance_two_factor_verify"
# Admin URLs a signed-in person may open before confirming a code.
EXEMPT_URL_NAMES = {
    SETUP_URL_NAME,
    VERIFY_URL_NAME,
    "wagtailadmin_login",
    "wagtailadmin_logout",
    "wagtailadmin_sprite",
    "wagtailadmin_javascript_catalog",
}
DEVICE_NAME = "Authenticator app"


def requires_two_factor(user):
    if not (user.is_authenticated and user.is_active):
        return False
    return user.is_superuser or any(
        user.has_perm(permission)
        for permission in (ACCESS_ADMIN, HANDLE_REPORT, REQUIRE_PERMISSION)
    )


def is_verified(user):
    return bool(getattr(user, "is_verified", lambda: False)())


def _admin_prefixes():
    return (reverse("wagtailadmin_home"), "/django-admin/")


class RequireTwoFactorMiddleware:
    """Sends anyone signed in to the admin without a confirmed code to set one up or
    confirm it."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.get_response(request)

    def process_view(self, request, view_func, view_args, view_kwargs):
        if not request.path.startswith(_admin_prefixes()):
            return None
        match = request.resolver_match
        if match is not None and match.url_name in EXEMPT_URL_NAMES:
            return None
        user = request.user
        if not requires_two_factor(user) or is_verified(user):
            return None
        url_name = VERIFY_URL_NAME if user_has_device(user) else SETUP_URL_NAME
        return redirect(f"{reverse(url_name)}?{urlencode({'next': request.get_full_path()})}")


class TokenForm(forms.Form):
    token = forms.CharField(
        label=_("Six-digit code from your authenticator app"),
        max_length=6,
        min_length=6,
        widget=forms.TextInput(
            attrs={"autocomplete": "one-time-code", "inputmode": "numeric", "autofocus": True}
        ),
    )

    def clean_token(self):
        token = "".join(self.cleaned_data["token"].split())
        if not token.isdigit():
            raise forms.ValidationError(_("Enter the six numbers your app shows."))
        return token


def _next_url(request):
    candidate = request.POST.get("next") or request.GET.get("next") or ""
    if url_has_allowed_host_and_scheme(
        candidate, allowed_hosts={request.get_host()}, require_https=request.is_secure()
    ):
        return candidate
    return reverse("wagtailadmin_home")


def _confirmed_devices(user):
    return TOTPDevice.objects.devices_for_user(user, confirmed=True)


def _render(request, template, context):
    context = {"next": _next_url(request), **context}
    return mark_form_page(TemplateResponse(request, template, context))


@login_required
def setup(request):
    """Add an authenticator app: show its QR code, then confirm one code from it."""
    user = request.user
    if _confirmed_devices(user).exists():
        return redirect(f"{reverse(VERIFY_URL_NAME)}?{urlencode({'next': _next_url(request)})}")
    device = TOTPDevice.objects.filter(user=user, confirmed=False).first()
    if device is None:
        device = TOTPDevice.objects.create(user=user, name=DEVICE_NAME, confirmed=False)

    form = TokenForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        if device.verify_token(form.cleaned_data["token"]):
            device.confirmed = True
            device.save(update_fields=["confirmed"])
            otp_login(request, device)
            return redirect(_next_url(request))
        form.add_error("token", _("That code did not match. Check the time on your phone."))

    qr = segno.make(device.config_url, error="m")
    return _render(
        request,
        "governance/two_factor_setup.html",
        {
            "form": form,
            "qr_svg": qr.svg_inline(scale=5, omitsize=False),
            "secret": _group(device_secret(device)),
        },
    )


@login_required
def verify(request):
    """Confirm a code after signing in."""
    user = request.user
    if not _confirmed_devices(user).exists():
        return redirect(f"{reverse(SETUP_URL_NAME)}?{urlencode({'next': _next_url(request)})}")
    form = TokenForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        # verify_token refuses while a device is throttled after wrong codes.
        for device in _confirmed_devices(user):
            if device.verify_token(form.cleaned_data["token"]):
                otp_login(request, device)
                return redirect(_next_url(request))
        form.add_error("token", _("That code did not match. Try the newest code in your app."))
    return _render(request, "governance/two_factor_verify.html", {"form": form})


def device_secret(device):
    """The key in base32, for people who type it rather than scan the QR code."""
    return b32encode(device.bin_key).decode("ascii").rstrip("=")


def _group(secret, size=4):
    return " ".join(secret[i : i + size] for i in range(0, len(secret), size))


# --- Lost phone: an administrator resets someone's two-step sign-in --------------------

RESET_URL_NAME = "governance_two_factor_reset"


def can_reset(request_user, user):
    """Whoever may edit users (Site administrators, superusers) may reset anyone's
    device but their own, so a stolen session cannot swap the victim's phone."""
    return request_user.has_perm("auth.change_user") and request_user.pk != user.pk


def reset(request, user_id):
    """Delete every authenticator device of a user after a confirmation page; at
    their next sign-in they scan a new QR code."""
    from django.contrib.auth import get_user_model
    from django.core.exceptions import PermissionDenied
    from django.shortcuts import get_object_or_404
    from wagtail.admin import messages

    user = get_object_or_404(get_user_model(), pk=user_id)
    if not can_reset(request.user, user):
        raise PermissionDenied
    if request.method == "POST":
        TOTPDevice.objects.filter(user=user).delete()
        messages.success(
            request,
            _("Two-step sign-in reset for %(name)s: they will set it up again at next sign-in.")
            % {"name": user.get_username()},
        )
        return redirect("wagtailusers_users:index")
    return mark_form_page(
        TemplateResponse(
            request,
            "governance/two_factor_reset.html",
            {
                "person": user,
                "has_device": TOTPDevice.objects.filter(user=user).exists(),
                "page_title": _("Reset two-step sign-in"),
                "header_icon": "key",
            },
        )
    )
