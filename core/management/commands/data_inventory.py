"""Print or write docs/data-inventory.md from the declarations beside the models
(core/data_inventory.py): ``manage.py data_inventory --write``."""

from django.core.management.base import BaseCommand, CommandError

from core import data_inventory


class Command(BaseCommand):
    help = "Print the data inventory, or write it to docs/data-inventory.md (--write)."

    def add_arguments(self, parser):
        parser.add_argument("--write", action="store_true", help="Write the file in docs/.")

    def handle(self, *args, write=False, **options):
        gaps = data_inventory.problems()
        if gaps:
            raise CommandError("The declarations are incomplete:\n" + "\n".join(gaps))
        text = data_inventory.render()
        if not write:
            self.stdout.write(text, ending="")
            return
        path = data_inventory.inventory_path()
        path.parent.mkdir(exist_ok=True)
        path.write_text(text, encoding="utf-8")
        self.stdout.write(f"Wrote {path}")
