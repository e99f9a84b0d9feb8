"""Create the Locale rows for the languages in settings (SITE_LANGUAGES).

``migrate`` does this too (home.apps); run this after changing SITE_LANGUAGES on a
site that needs no migration.
"""

from django.core.management.base import BaseCommand

from home.i18n import sync_locales


class Command(BaseCommand):
    help = "Create a Locale for every language in settings.WAGTAIL_CONTENT_LANGUAGES."

    def handle(self, *args, **options):
        created = sync_locales()
        if options["verbosity"]:
            self.stdout.write(
                f"Locales created: {', '.join(created)}" if created else "Locales up to date."
            )
