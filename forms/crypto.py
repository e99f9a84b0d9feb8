"""Encryption at rest for what reporters type.

Keys come from the environment (REPORT_ENCRYPTION_KEYS, newest first) and are
combined with MultiFernet: the first key encrypts, every key decrypts, so a new
key can be put in front and old rows re-encrypted with
``manage.py reencrypt_reports`` before the old key is removed.
"""

from functools import lru_cache

from cryptography.fernet import Fernet, InvalidToken, MultiFernet
from django.conf import settings
from django.core.exceptions import ImproperlyConfigured
from django.db import models


@lru_cache(maxsize=4)
def _fernet_for(keys):
    if not keys:
        raise ImproperlyConfigured("REPORT_ENCRYPTION_KEYS is empty: reports cannot be stored.")
    return MultiFernet([Fernet(key) for key in keys])


def fernet():
    return _fernet_for(tuple(settings.REPORT_ENCRYPTION_KEYS))


def encrypt(text):
    return fernet().encrypt(text.encode("utf-8")).decode("ascii")


def decrypt(token):
    return fernet().decrypt(token.encode("ascii")).decode("utf-8")


def rotate(token):
    """Re-encrypt a token under the newest key."""
    return fernet().rotate(token.encode("ascii")).decode("ascii")


class EncryptedTextField(models.TextField):
    """A text field stored as a Fernet token. Empty text is stored as ''.

    Python code sees plain text; the database only ever holds ciphertext. Such
    fields cannot be searched or filtered on, which is the point.
    """

    description = "Text encrypted at rest"
    # Read by the data inventory (core/data_inventory.py).
    encrypted_at_rest = True

    def from_db_value(self, value, expression, connection):
        if not value:
            return ""
        try:
            return decrypt(value)
        except InvalidToken as error:
            raise ImproperlyConfigured(
                "A report field cannot be decrypted: is its key missing from "
                "REPORT_ENCRYPTION_KEYS?"
            ) from error

    def get_prep_value(self, value):
        value = super().get_prep_value(value)
        if not value:
            return ""
        return encrypt(value)

    def get_lookup(self, lookup_name):
        # Ciphertext differs on every save: a lookup could only ever mislead.
        if lookup_name == "isnull":
            return super().get_lookup(lookup_name)
        return None
