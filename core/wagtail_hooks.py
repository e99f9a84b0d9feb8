"""Core's one Wagtail hook: the page cache notes a page's tags before it renders."""

from wagtail import hooks

from . import page_cache

# The page cache notes what a page depends on before it is rendered.
hooks.register("before_serve_page", page_cache.before_serve_page)
