"""Re-apply the admin's groups, permissions and workflows (governance/roles.py).

Safe to run any number of times; `make seed` runs it after the demo pages exist so
that the children's sections get their two-step workflow.
"""

from django.apps import apps
from django.core.management.base import BaseCommand
from django.db import transaction

from governance import roles


class Command(BaseCommand):
    help = "Create or update the admin groups, their permissions and the review workflows."

    def handle(self, *args, **options):
        with transaction.atomic():
            groups, workflows = roles.apply(apps)
        sections = roles.children_sections(apps).count()
        self.stdout.write(
            self.style.SUCCESS(
                f"Groups: {', '.join(g.name for g in groups.values())}. "
                f"Workflows: {', '.join(w.name for w in workflows.values())} "
                f"({sections} children's sections)."
            )
        )
