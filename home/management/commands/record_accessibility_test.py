"""Show the last automated accessibility test on the accessibility statement:
``manage.py record_accessibility_test [record.json]``. See home/accessibility.py."""

from django.core.management.base import BaseCommand, CommandError
from wagtail.models import Site

from home.accessibility import RECORD_PATH, read_record, record_test
from home.models import AccessibilitySettings


class Command(BaseCommand):
    help = (
        "Record the last automated accessibility test (the JSON the browser tests write) "
        "on every site's accessibility statement settings."
    )

    def add_arguments(self, parser):
        parser.add_argument("record", nargs="?", default=str(RECORD_PATH))

    def handle(self, *args, record, **options):
        try:
            test = read_record(record)
        except (OSError, ValueError, KeyError, TypeError) as error:
            raise CommandError(f"Cannot read the test record {record}: {error}") from error
        if test.violations or test.sideways_scrolling:
            raise CommandError(
                f"The test on {test.run_on} found problems: fix them before recording it."
            )
        for site in Site.objects.all():
            changed = record_test(AccessibilitySettings.for_site(site), test)
            if options["verbosity"]:
                state = "recorded" if changed else "already recorded"
                self.stdout.write(f"{site}: test of {test.run_on} {state}.")
