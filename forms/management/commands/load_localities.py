"""Load the postcode districts and towns that decide the council, from the CSV kept
in the repository or another file."""

from django.core.management.base import BaseCommand

from forms.models import Locality
from forms.reference_data import LOCALITIES_CSV, load_localities


class Command(BaseCommand):
    help = "Load postcode districts and towns from a CSV (default: forms/data/localities.csv)."

    def add_arguments(self, parser):
        parser.add_argument("path", nargs="?", default=str(LOCALITIES_CSV))

    def handle(self, path, **options):
        created, updated = load_localities(Locality, path)
        self.stdout.write(f"Localities: {created} created, {updated} updated.")
