"""Create or update the local-only admin login that `make run` promises.

Runs only with DEBUG on and DEV_ADMIN_USERNAME / DEV_ADMIN_PASSWORD set, which only
the dev settings do, so a known password can never reach a real database.

It also makes one person for each everyday role (DEV_ROLE_USERS), so a developer
can see the admin as an editor, a young people's panel reviewer and a Halton
report handler see it (passwords in the README).
"""

from axes.utils import reset as reset_lockouts
from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
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

        for role_username, (role_password, group_name) in DEV_ROLE_USERS.items():
            self.ensure_role_user(role_username, role_password, group_name)

    def ensure_role_user(self, username, password, group_name):
        group = Group.objects.filter(name=group_name).first()
        if group is None:
            raise CommandError(f"No group '{group_name}': run manage.py setup_groups first.")
        user, created = get_user_model().objects.get_or_create(username=username)
        user.is_active = True
        user.is_staff = user.is_superuser = False
        if created or not user.check_password(password):
            user.set_password(password)
        user.save()
        user.groups.set([group])
        reset_lockouts(username=username)
        action = "Created" if created else "Updated"
        self.stdout.write(f"{action} local user '{username}' in '{group_name}'.")


# username -> (password, group). Development only, like the admin above.
DEV_ROLE_USERS = {
    "editor": ("local-only-editor", "Communications editors"),
    "reviewer": ("local-only-reviewer", "Young people's panel reviewers"),
    "halton-handler": ("local-only-handler", "Report handlers: Halton Borough Council"),
}
