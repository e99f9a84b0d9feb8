"""``{% page_feedback page %}``: "Was this page helpful?" under a page, with the
children's version (no comment box; where to go if worried) on children's pages."""

from django import template

from ..children import is_for_children, worried_links

register = template.Library()


@register.inclusion_tag("measures/components/page_feedback.html", takes_context=True)
def page_feedback(context, page):
    for_children = is_for_children(page)
    return {
        "page": page,
        "for_children": for_children,
        "worried": worried_links(context.get("request")) if for_children else None,
    }
