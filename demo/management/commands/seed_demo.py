"""Build the demo site from the copy in demo/content/ and the apps' factories.

Safe to run again: each part looks up what it made by a natural key (a page by its slug
under its parent, a helpline by name, a resource or document by title) and changes it
only when the copy differs, so a second run changes nothing.
"""

from django.core.management.base import BaseCommand
from django.db import transaction

from demo.campaign import seed_campaign_and_sectors
from demo.library import seed_resources
from demo.measures import seed_measures
from demo.pages import DemoSiteBuilder, new_counts, site_copy, turn_on_demo_mode
from demo.sections import seed_audience_content
from demo.translations import seed_translations


def build_demo_site():
    """Every part of the demo, each after the parts it links to. Returns counts by kind:
    ``{"pages": {"created": n, "updated": n, "unchanged": n}, ...}``."""
    builder = DemoSiteBuilder()
    home = builder.build()
    counts = builder.counts
    _add(counts, "pages", seed_audience_content(home))
    for kind, kind_counts in seed_resources(home).items():
        _add(counts, f"library {kind}", kind_counts)
    # The campaign offers the library's posters and links the sector pages it builds.
    seed_campaign_and_sectors(home)
    seed_measures(home)  # quizzes, figures page, demo figures
    # Last: the translations include the report start pages and the campaign page.
    _add(counts, "translations", seed_translations(home))
    # Last: it labels pages from every part above as examples.
    turn_on_demo_mode(home)
    return counts


def _add(counts, kind, more):
    totals = counts.setdefault(kind, new_counts())
    for key in totals:
        totals[key] += more.get(key, 0)


class Command(BaseCommand):
    help = (
        "Build the demo site: home page, audience pages, content pages, helplines and "
        "site settings. Safe to run again."
    )

    def handle(self, *args, **options):
        with transaction.atomic():
            counts = build_demo_site()
        if options["verbosity"] < 1:
            return
        site_name = site_copy()["site_name"]
        self.stdout.write(self.style.SUCCESS(f"Demo site '{site_name}' is ready."))
        for kind, kind_counts in counts.items():
            self.stdout.write(
                f"{kind.capitalize()}: {kind_counts['created']} created, "
                f"{kind_counts['updated']} updated, {kind_counts['unchanged']} unchanged."
            )
