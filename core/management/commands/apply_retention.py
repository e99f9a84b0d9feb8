"""Run the daily retention job now (core/retention.py): ``manage.py apply_retention``.

The worker runs the same job once a day; this command is for a first run, a check
(``--dry-run`` counts what is due and changes nothing) or an operator in a hurry.
"""

from django.core.management.base import BaseCommand

from core import retention


class Command(BaseCommand):
    help = "Apply the retention schedule (settings.RETENTION) now and print what it removed."

    def add_arguments(self, parser):
        parser.add_argument(
            "--dry-run", action="store_true", help="Count what is due; change nothing."
        )

    def handle(self, *args, dry_run=False, **options):
        results = retention.run_daily(dry_run=dry_run)
        heading = "Would change (dry run):" if dry_run else "Changed:"
        self.stdout.write(heading)
        for name, counts in results.items():
            summary = ", ".join(f"{what} {count}" for what, count in counts.items()) or "nothing"
            self.stdout.write(f"  {name}: {summary}")
        if any("failed" in counts for counts in results.values()):
            self.stderr.write("Some rules failed: see the log.")
            raise SystemExit(1)
