"""Build the demo site's main pages, helplines and site settings from the copy in
content/site.yaml and content/pages/, with the apps' page factories.

Safe to run again: every page is looked up by its slug under its parent, updated to
match the copy and published only when something differs, so a second run changes
nothing. Helplines are looked up by name, settings by site.
"""

import re

from django.conf import settings
from django.core.management.base import CommandError
from django.utils.html import escape
from wagtail.coreutils import get_supported_content_language_variant
from wagtail.models import Locale, Page, Site

from audiences.factories import AudiencePageFactory, ContentPageFactory
from audiences.models import AudiencePage, ContentPage
from forms.factories import ReportPageFactory
from forms.models import ReportPage
from home import defaults
from home.factories import (
    AccessibilityStatementPageFactory,
    HelplineFactory,
    HomePageFactory,
    stream_data,
)
from home.models import (
    AccessibilityStatementPage,
    DemoSettings,
    FooterLinks,
    Helpline,
    HomePage,
    QuickExit,
)

from .loaders import DemoPage, html, load, load_pages

PAGE_TYPES = {
    "home": (HomePage, HomePageFactory),
    "audience": (AudiencePage, AudiencePageFactory),
    "content": (ContentPage, ContentPageFactory),
    "report": (ReportPage, ReportPageFactory),
    "accessibility": (AccessibilityStatementPage, AccessibilityStatementPageFactory),
}
# Page types earlier versions of the demo built where the copy now wants another: such
# a page, with nothing beneath it, is replaced rather than refused.
REPLACED_TYPES = {(ContentPage, AccessibilityStatementPage)}

# An internal link in the copy, written as a site path: <a href="/young-people/">.
INTERNAL_LINK = re.compile(r'<a href="(/[^"]*)"')


def site_copy():
    """``{"site_name": ..., "footer_links": {field name: site path}}``."""
    return load("site.yaml")


def home_copy() -> DemoPage:
    """The home page, with every page beneath it that content/pages/ describes."""
    (home,) = load_pages("pages/home.yaml")
    return home


def _without_block_ids(value):
    if isinstance(value, dict):
        return {key: _without_block_ids(item) for key, item in value.items() if key != "id"}
    if isinstance(value, list):
        return [_without_block_ids(item) for item in value]
    return value


def comparable(stream_value):
    """A body as stored, minus the generated block ids, to tell whether copy changed."""
    return _without_block_ids(
        [
            {"type": child.block_type, "value": child.block.get_prep_value(child.value)}
            for child in stream_value
        ]
    )


def new_counts():
    return {"created": 0, "updated": 0, "unchanged": 0}


class DemoSiteBuilder:
    def __init__(self):
        self.counts = {kind: new_counts() for kind in ("pages", "helplines")}
        # Site path ("/", "/young-people/") -> (copy, page), filled in tree order.
        self.pages: dict[str, tuple[DemoPage, Page]] = {}
        self.created: set[int] = set()

    def build(self):
        """Build or update the main pages, helplines and settings; returns the home page."""
        copy = site_copy()
        home_spec = home_copy()
        locale = self.ensure_locale()
        # Helplines first: pages choose some of them by name in their helplines blocks.
        self.ensure_helplines(locale)
        home = self.ensure_home_page(home_spec)
        self.ensure_children(home_spec, home, "/")
        # Every page exists now, so links between pages can be resolved.
        for spec, page in self.pages.values():
            self.update_and_publish(spec, page)
        site = self.ensure_site(home, copy["site_name"])
        self.ensure_settings(site, copy["footer_links"])
        return home

    # Locale and site -------------------------------------------------------------

    def ensure_locale(self):
        language_code = get_supported_content_language_variant(settings.LANGUAGE_CODE)
        locale, _ = Locale.objects.get_or_create(language_code=language_code)
        return locale

    def ensure_site(self, home, site_name):
        site = Site.objects.filter(is_default_site=True).first() or Site(is_default_site=True)
        site.hostname = "localhost"
        site.port = 80
        site.site_name = site_name
        site.root_page = home
        site.save()
        return site

    # Pages -----------------------------------------------------------------------

    def ensure_home_page(self, spec):
        root = Page.get_first_root_node()
        home = root.get_children().filter(slug=spec.slug).first()
        if home is not None and home.specific_class is not HomePage:
            self.remove_welcome_page(home, root, spec.slug)
            root.refresh_from_db()
            home = None
        if home is None:
            home = self.create_page(spec, root)
        self.pages["/"] = (spec, home.specific)
        return home.specific

    def remove_welcome_page(self, page, root, slug):
        """Wagtail's "Welcome to your new Wagtail site!" page holds the slug "home"."""
        if page.specific_class is not Page or page.get_children().exists():
            raise CommandError(
                f"The top-level page '{page.title}' uses the slug '{slug}' and is not "
                "Wagtail's default welcome page. Rename or move it, then run seed_demo again."
            )
        # A site whose root page is deleted is deleted with it: point it at the root
        # node until the new home page exists.
        Site.objects.filter(root_page=page).update(root_page=root)
        page.delete()

    def ensure_children(self, spec, parent, path):
        for child_spec in spec.children:
            child_path = f"{path}{child_spec.slug}/"
            model, _ = PAGE_TYPES[child_spec.kind]
            child = parent.get_children().filter(slug=child_spec.slug).first()
            if child is not None and self.replaceable(child, model):
                child.delete()
                child = None
            if child is None:
                child = self.create_page(child_spec, parent)
            elif child.specific_class is not model:
                raise CommandError(
                    f"The page at {child_path} is a {child.specific_class.__name__}, "
                    f"not a {model.__name__}. Move it or delete it, then run seed_demo again."
                )
            child = child.specific
            self.pages[child_path] = (child_spec, child)
            self.ensure_children(child_spec, child, child_path)

    @staticmethod
    def replaceable(page, model):
        return (page.specific_class, model) in REPLACED_TYPES and not page.get_children().exists()

    def create_page(self, spec, parent):
        """Create the page with a stand-in body; update_and_publish fills it in."""
        _, factory = PAGE_TYPES[spec.kind]
        stand_in = [("text", f"<p>{escape(spec.summary)}</p>")]
        page = factory(parent=parent, **self.page_fields(spec, body=stand_in))
        self.created.add(page.pk)
        return page

    def page_fields(self, spec, body):
        fields = {
            "title": spec.title,
            "slug": spec.slug,
            "summary": spec.summary,
            "show_in_menus": spec.show_in_menus,
            "body": body,
        }
        if spec.kind == "home":
            fields["hero_heading"] = spec.hero_heading
        if spec.kind == "audience":
            fields["audience"] = spec.audience
        if spec.kind == "report":
            fields["kind"] = spec.report_kind
            fields["contact_note"] = html(spec.contact_note)
        if spec.kind == "accessibility":
            fields["compliance_status"] = spec.compliance_status
            fields["known_issues"] = html(spec.known_issues)
            fields["how_tested"] = html(spec.how_tested)
        return fields

    def update_and_publish(self, spec, page):
        fields = self.page_fields(spec, body=self.resolve_links(spec.body))
        stream_block = type(page).body.field.stream_block
        new_body = stream_block.to_python(stream_data(fields.pop("body")))
        changed = any(getattr(page, name) != value for name, value in fields.items())
        changed = changed or comparable(page.body) != comparable(new_body)
        created = page.pk in self.created
        if not (created or changed or page.has_unpublished_changes or not page.live):
            self.counts["pages"]["unchanged"] += 1
            return
        for name, value in fields.items():
            setattr(page, name, value)
        page.body = new_body
        page.save_revision().publish()
        self.counts["pages"]["created" if created else "updated"] += 1

    def resolve_links(self, value):
        """Turn site paths in the copy into links to the pages themselves, so links
        follow a page when an editor moves it or changes its slug."""
        if isinstance(value, str):
            return INTERNAL_LINK.sub(
                lambda match: f'<a linktype="page" id="{self.page_at(match[1]).pk}"', value
            )
        if isinstance(value, (list, tuple)):
            return type(value)(self.resolve_links(item) for item in value)
        if isinstance(value, dict):
            return {key: self.resolve_item(key, item) for key, item in value.items()}
        return value

    def resolve_item(self, key, item):
        if key == "page" and isinstance(item, str):
            return self.page_at(item).pk
        if key == "helplines" and isinstance(item, list):
            return self.helpline_ids(item)
        return self.resolve_links(item)

    def helpline_ids(self, names):
        """The English helplines a helplines block names, in the copy's order."""
        found = dict(
            Helpline.objects.filter(locale=Locale.get_default(), name__in=names).values_list(
                "name", "pk"
            )
        )
        missing = [name for name in names if name not in found]
        if missing:
            raise CommandError(f"The demo copy names helplines that do not exist: {missing}.")
        return [found[name] for name in names]

    def page_at(self, path):
        try:
            return self.pages[path][1]
        except KeyError:
            raise CommandError(
                f"The demo copy links to {path}, which is not a page of the demo site."
            ) from None

    # Snippets and settings -------------------------------------------------------

    def helpline_rows(self):
        """(name, fields) for the national helplines (in the footer) and the national
        online routes (chosen by the pages that need them)."""
        rows = [
            (
                name,
                {
                    "number": number,
                    "website": "",
                    "description": description,
                    "show_in_footer": True,
                },
            )
            for name, number, description in defaults.NATIONAL_HELPLINES
        ]
        rows += [
            (
                name,
                {
                    "number": "",
                    "website": website,
                    "description": description,
                    "show_in_footer": False,
                },
            )
            for name, website, description in defaults.NATIONAL_ONLINE_ROUTES
        ]
        return rows

    def ensure_helplines(self, locale):
        """The well-known national services, live as the demo's starting point; every
        later change goes through review like any editor's."""
        for sort_order, (name, row) in enumerate(self.helpline_rows()):
            fields = {**row, "sort_order": sort_order}
            helpline = Helpline.objects.filter(locale=locale, name=name).first()
            if helpline is None:
                HelplineFactory(name=name, locale=locale, **fields)
                self.counts["helplines"]["created"] += 1
            elif any(getattr(helpline, key) != value for key, value in fields.items()):
                for key, value in fields.items():
                    setattr(helpline, key, value)
                helpline.save()
                self.counts["helplines"]["updated"] += 1
            else:
                self.counts["helplines"]["unchanged"] += 1

    def ensure_settings(self, site, footer_links):
        QuickExit.objects.get_or_create(site=site, defaults={"url": defaults.QUICK_EXIT_URL})
        footer = FooterLinks.for_site(site)
        for field_name, path in footer_links.items():
            setattr(footer, field_name, self.page_at(path))
        footer.save()


def turn_on_demo_mode(home):
    """Demo mode on, with the example pages content/site.yaml names (in English; the
    label follows each page into every language). A path the demo has not built is
    skipped. Run last: the pages come from several parts of the demo."""
    site = Site.objects.get(root_page=home)
    setting = DemoSettings.for_site(site)
    wanted = [
        page
        for path in site_copy()["demo_mode"]["example_pages"]
        if (page := Page.objects.filter(url_path=home.url_path + path.lstrip("/")).first())
    ]
    if not setting.demo_mode:
        setting.demo_mode = True
        setting.save()
    if {page.pk for page in setting.example_pages.all()} != {page.pk for page in wanted}:
        setting.example_pages.set(wanted)
