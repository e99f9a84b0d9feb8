"""Re-encrypt every encrypted field under the newest key, after a key rotation.

Put the new key first in REPORT_ENCRYPTION_KEYS (keeping the old ones after it),
deploy, run this, then remove the old keys. Each row is read (decrypted with
whichever key it was written under) and written back (encrypted with the first
key), in batches, each batch in its own transaction with its rows locked, so a
handler's edit is never overwritten with stale text. Safe to run again: it only
ever writes ciphertext under the newest key. ``updated_at`` is left as it was.
"""

from django.apps import apps
from django.conf import settings
from django.core.management.base import BaseCommand, CommandError
from django.db import transaction

from forms.crypto import EncryptedTextField


def encrypted_fields():
    """[(model, [field names])] for every model in the app with encrypted fields."""
    found = []
    for model in apps.get_app_config("reports").get_models():
        names = [f.name for f in model._meta.concrete_fields if isinstance(f, EncryptedTextField)]
        if names:
            found.append((model, names))
    return found


def reencrypt(model, names, batch_size):
    done = 0
    last_pk = None
    while True:
        with transaction.atomic():
            rows = model._base_manager.select_for_update().order_by("pk").only("pk", *names)
            if last_pk is not None:
                rows = rows.filter(pk__gt=last_pk)
            batch = list(rows[:batch_size])
            if not batch:
                return done
            # Loading decrypted each value; saving encrypts it with the first key.
            model._base_manager.bulk_update(batch, names)
        done += len(batch)
        last_pk = batch[-1].pk


class Command(BaseCommand):
    help = "Re-encrypt every report field under the newest key in REPORT_ENCRYPTION_KEYS."

    def add_arguments(self, parser):
        parser.add_argument("--batch-size", type=int, default=500)

    def handle(self, *args, batch_size=500, **options):
        if batch_size < 1:
            raise CommandError("--batch-size must be 1 or more.")
        keys = settings.REPORT_ENCRYPTION_KEYS
        if not keys:
            raise CommandError("REPORT_ENCRYPTION_KEYS is empty: there is no key to use.")
        if len(keys) == 1:
            self.stdout.write("Only one key is configured: rewriting under it anyway.")
        for model, names in encrypted_fields():
            count = reencrypt(model, names, batch_size)
            self.stdout.write(
                f"{model._meta.label}: re-encrypted {count} rows ({', '.join(names)})."
            )
        self.stdout.write(self.style.SUCCESS("Every encrypted field now uses the newest key."))
