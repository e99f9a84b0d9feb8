"""Parts of a page kept in the page cache (core/page_cache.py, "Fragments").

    {% sitefragment "footer" page.helplines_in_body %}...{% endsitefragment %}
        the same on every page (in this language, on this host) for the same values
        after the name; purged with the chrome (the ``site`` tag).
    {% pagefragment page "body" %}...{% endpagefragment %}
        this page's own part at this address (query string included); purged with the
        page (its tags: a publish, a move, a change beside or above it) and with
        whatever its context depended on (``depends_on`` in ``get_context``).

Only what is the same for every visitor goes inside: nothing from the session, the
CSRF token or the user (a part whose render used the token or the session is not kept).
"""

from django import template
from django.utils.safestring import mark_safe

from core import page_cache

register = template.Library()


class FragmentNode(template.Node):
    def __init__(self, nodelist, name, vary, page=None):
        self.nodelist, self.name, self.vary, self.page = nodelist, name, vary, page

    def render(self, context):
        request = context.get("request")
        if request is None:
            return self.nodelist.render(context)
        vary = [value.resolve(context) for value in self.vary]
        name = self.name.resolve(context)
        if self.page is None:
            tags = {page_cache.SITE}
        else:
            page = self.page.resolve(context)
            if page is None or not getattr(page, "pk", None):
                return self.nodelist.render(context)
            tags = page_cache.page_tags(page)
            vary = [page.pk, page.live_revision_id, request.get_full_path(), *vary]
        key = page_cache.fragment_key(request, name, *vary)
        html = page_cache.fragment(
            request,
            key,
            tags,
            lambda: self.nodelist.render(context),
            with_request_tags=self.page is not None,
        )
        return mark_safe(html)  # noqa: S308  (rendered by this template, escaped there)


def _parse(parser, token, end, with_page):
    bits = token.split_contents()
    needed = 3 if with_page else 2
    if len(bits) < needed:
        raise template.TemplateSyntaxError(f"{bits[0]} needs {needed - 1} argument(s) at least")
    nodelist = parser.parse((end,))
    parser.delete_first_token()
    args = [parser.compile_filter(bit) for bit in bits[1:]]
    if with_page:
        return FragmentNode(nodelist, args[1], args[2:], page=args[0])
    return FragmentNode(nodelist, args[0], args[1:])


@register.tag
def sitefragment(parser, token):
    return _parse(parser, token, "endsitefragment", with_page=False)


@register.tag
def pagefragment(parser, token):
    return _parse(parser, token, "endpagefragment", with_page=True)
