"""Create or update the local-only admin login that `make run` promises.

Runs only with DEBUG on and DEV_ADMIN_USERNAME / DEV_ADMIN_PASSWORD set, which only
the dev settings do, so a known password can never reach a real database.
"""

from axes.utils import reset as reset_lockouts
from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand, CommandError


class Command(BaseCommand):
    help = "Create or update the local development superuser (DEBUG and dev settings only)."

    def handle(self, *args, **options):
        username = getattr(settings, "DEV_ADMIN_USERNAME", "")
        password = getattr(settings, "DEV_ADMIN_PASSWORD", "")
        if not (settings.DEBUG and username and password):
            raise CommandError(
                "ensure_dev_admin is only for local development: it needs DEBUG=True and "
                "DEV_ADMIN_USERNAME and DEV_ADMIN_PASSWORD in settings (cse_site.settings.dev)."
            )

        user, created = get_user_model().objects.get_or_create(username=username)
        user.is_active = user.is_staff = user.is_superuser = True
        if created or not user.check_password(password):
            user.set_password(password)
        user.save()
        # A developer who mistyped the password five times is locked out by Axes.
        reset_lockouts(username=username)

        action = "Created" if created else "Updated"
        self.stdout.write(self.style.SUCCESS(f"{action} local admin '{username}'."))
