from django import template

register = template.Library()


@register.inclusion_tag("components/breadcrumbs.html", takes_context=True)
def breadcrumbs(context, page):
    """Ancestors from the home page down, without the tree's invisible root."""
    ancestors = page.get_ancestors().filter(depth__gt=1).live() if page else []
    return {"ancestors": ancestors, "request": context.get("request")}


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
