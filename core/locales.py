"""Snippets in the reader's language, with the default language's as the fallback."""

from wagtail.models import Locale


def in_active_language(queryset):
    """The rows of a translatable ``queryset`` in the active language; the default
    language's when it has none (a language added before its snippets are translated)."""
    rows = list(queryset.filter(locale=Locale.get_active()))
    return rows or list(queryset.filter(locale=Locale.get_default()))
