"""The sitemap: every live public page in every language, each with its
translations as hreflang alternates (Google's "localized versions" format, which
Django's sitemap template writes from ``alternates``)."""

from collections import defaultdict

from django.conf import settings
from wagtail.contrib.sitemaps import Sitemap
from wagtail.models import Page


class I18nSitemap(Sitemap):
    def items(self):
        site = self.get_wagtail_site()
        roots = Page.objects.filter(translation_key=site.root_page.translation_key)
        pages = Page.objects.none()
        for root in roots:
            pages = pages | Page.objects.descendant_of(root, inclusive=True)
        return (
            pages.live()
            .public()
            .filter(locale__language_code__in=[code for code, _ in settings.LANGUAGES])
            .select_related("locale")
            .order_by("path")
        )

    def _urls(self, page, protocol, domain):
        items = list(self.paginator.page(page).object_list)
        # Every translation of the pages on this sitemap page, found in one query.
        group = defaultdict(list)
        keys = {item.translation_key for item in items}
        for translation in self.items().filter(translation_key__in=keys):
            url = translation.get_full_url(self.request)
            if url:
                group[translation.translation_key].append(
                    {"lang_code": translation.locale.language_code, "location": url}
                )
        urls, last_mods = [], set()
        for item in items:
            alternates = group[item.translation_key]
            for url_info in item.get_sitemap_urls(self.request):
                if len(alternates) > 1:
                    default = next(
                        (a for a in alternates if a["lang_code"] == settings.LANGUAGE_CODE), None
                    )
                    url_info["alternates"] = alternates + (
                        [{"lang_code": "x-default", "location": default["location"]}]
                        if default
                        else []
                    )
                urls.append(url_info)
                last_mods.add(url_info.get("lastmod"))
        if last_mods and None not in last_mods:
            self.latest_lastmod = max(last_mods)
        return urls
