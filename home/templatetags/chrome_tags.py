"""Template tags for every page's chrome: breadcrumbs from what the request already
holds, where a page sits in the navigation, and the page's languages."""

from django import template
from wagtail.models import Site

register = template.Library()


def _known_ancestors(page, request):
    """The ancestors from the pages every request already holds (the site's home page
    and the navigation, both cached), or None when one of them is not among those."""
    from home.chrome import chrome_for

    if request is None:
        return None
    site = Site.find_for_request(request)
    if site is None:
        return None
    known = {site.root_page.path: site.root_page}
    known.update({item.path: item for item in chrome_for(request).navigation})
    step = page.steplen
    paths = [page.path[:end] for end in range(2 * step, len(page.path), step)]
    if not all(path in known for path in paths):
        return None
    return [known[path] for path in paths if known[path].live]


@register.inclusion_tag("components/breadcrumbs.html", takes_context=True)
def breadcrumbs(context, page):
    """Ancestors from the home page down, without the tree's invisible root. Usually
    no query: a page's ancestors are the home page and a section in the navigation."""
    request = context.get("request")
    ancestors = page and _known_ancestors(page, request)
    if page and ancestors is None:
        ancestors = page.get_ancestors().filter(depth__gt=1).live()
    return {"ancestors": ancestors or [], "request": request}


@register.filter
def is_within(page, section):
    """True when ``page`` is ``section`` or sits beneath it in the page tree."""
    return bool(page and section and page.path.startswith(section.path))


@register.simple_tag(takes_context=True)
def page_languages(context, page=None):
    """The languages this page exists in and whether the reader sees the English
    fallback (home.i18n; fetched once per request)."""
    from home.i18n import page_languages as languages_for

    return languages_for(context.get("request"), page)


@register.simple_tag
def section_theme(page):
    """The CSS classes that give a page its section's look ("app-theme
    app-theme--young-people"), from its section's audience: only the young people's
    and the Years 5 and 6 sections have one; elsewhere "" ."""
    from home.sections import THEMED_AUDIENCES, section_audiences

    if page is None or not getattr(page, "path", None):
        return ""
    audience = section_audiences().get(page.path[: 3 * page.steplen])
    return f"app-theme app-theme--{audience}" if audience in THEMED_AUDIENCES else ""
