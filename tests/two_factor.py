"""Signing test users into the admin as if they had typed a two-factor code.

Handlers, triage and administrators must confirm a code before any admin page
opens (governance/two_factor.py). Tests that are not about that step use
``login_verified`` (or the ``verified_login`` fixture in conftest.py), which gives
the user a confirmed authenticator device and marks the session as verified with
it, exactly as django_otp.login does after a correct code.
"""

from django_otp import DEVICE_ID_SESSION_KEY
from django_otp.plugins.otp_totp.models import TOTPDevice

MODEL_BACKEND = "django.contrib.auth.backends.ModelBackend"


def login_verified(client, user, backend=MODEL_BACKEND):
    device = TOTPDevice.objects.filter(user=user, confirmed=True).first()
    if device is None:
        device = TOTPDevice.objects.create(user=user, name="Test phone", confirmed=True)
    client.force_login(user, backend=backend)
    session = client.session
    session[DEVICE_ID_SESSION_KEY] = device.persistent_id
    session.save()
    return device
