"""Demo translations (Polish, Romanian, Arabic) of the key pages and the helplines,
from content/translations/<language>.yaml.

They are made the way an editor makes them, through wagtail-localize: a
TranslationSource for the English page, a StringTranslation for each of its
strings, then ``Translation.save_target`` to create or update the translated page.
So editors can carry on in the localize editor, and "Sync" works when English changes.

Each file lists the English strings (as wagtail-localize splits a page into them) with
their translation. The copy was written for the demo, not by a qualified translator:
every translated page is published with "needs review by a qualified translator" ticked
(BasePage.needs_translation_review), which the admin shows next to its title.

Safe to run again: nothing is saved when neither the English page nor its
translations changed.
"""

from django.db import transaction
from django.utils import timezone
from wagtail.models import Locale, Page
from wagtail_localize.models import StringSegment, StringTranslation, Translation, TranslationSource

from home.i18n import sync_locales
from home.models import Helpline

from .loaders import load

LANGUAGES = ["pl", "ro", "ar"]


def translation_copy(language_code):
    """``{English string: translation}`` for one language."""
    return {row["en"]: row[language_code] for row in load(f"translations/{language_code}.yaml")}


# Site paths of the English pages translated for the demo.
TRANSLATED_PAGES = [
    "/",
    "/what-is-child-sexual-exploitation/",
    "/young-people/",
    "/know-and-see/",
    "/report-a-concern/",
    "/share-information/",
]


def _english_page(home, path):
    """Read afresh: the caller's copy of the home page may predate its publishing."""
    return Page.objects.get(url_path=home.url_path + path.lstrip("/")).specific


def _store_strings(source, locale, copy):
    """A StringTranslation for every string of the source that the copy translates.
    Returns how many were created or changed."""
    changed = 0
    segments = StringSegment.objects.filter(source=source).select_related("string", "context")
    for segment in segments:
        text = copy.get(segment.string.data)
        if not text:
            continue  # left in English: wagtail-localize falls back to the source
        existing = StringTranslation.objects.filter(
            translation_of=segment.string, locale=locale, context=segment.context
        ).first()
        if existing and existing.data == text:
            continue
        StringTranslation.objects.update_or_create(
            translation_of=segment.string,
            locale=locale,
            context=segment.context,
            defaults={
                "data": text,
                "translation_type": StringTranslation.TRANSLATION_TYPE_MANUAL,
                "updated_at": timezone.now(),
                "has_error": False,
                "field_error": "",
            },
        )
        changed += 1
    return changed


def _translate(instance, locales, copies, counts):
    before = TranslationSource.objects.filter(
        object_id=instance.translation_key, locale_id=instance.locale_id
    ).first()
    source, _ = TranslationSource.update_or_create_from_instance(instance)
    source_changed = before is None or before.last_updated_at != source.last_updated_at
    for locale in locales:
        strings_changed = _store_strings(source, locale, copies[locale.language_code])
        translation, created = Translation.objects.get_or_create(
            source=source, target_locale=locale, defaults={"enabled": True}
        )
        target = instance.get_translation_or_none(locale)
        if target is not None and not (created or source_changed or strings_changed):
            counts["unchanged"] += 1
            continue
        if isinstance(instance, Page):
            # Saved as a draft, then published here: wagtail-localize's own publish
            # waits for the end of the transaction and would publish a stale copy
            # (of the parent's child count, and without the review flag).
            source.create_or_update_translation(
                locale, publish=False, fallback=True, copy_parent_pages=True
            )
            _publish_for_review(instance.get_translation(locale).specific)
        else:
            translation.save_target(publish=True)
        counts["created" if created else "updated"] += 1


def _publish_for_review(page):
    """Published with "needs review by a qualified translator" ticked."""
    page.needs_translation_review = True
    page.save_revision().publish()


def seed_translations(home):
    """Translate the demo's key pages and helplines into pl, ro and ar."""
    sync_locales()
    copies = {code: translation_copy(code) for code in LANGUAGES}
    locales = list(Locale.objects.filter(language_code__in=copies).order_by("language_code"))
    counts = {"created": 0, "updated": 0, "unchanged": 0}
    with transaction.atomic():
        # Parents first: a translated page needs its parent translated.
        for path in TRANSLATED_PAGES:
            _translate(_english_page(home, path), locales, copies, counts)
        for helpline in Helpline.objects.filter(locale=home.locale):
            _translate(helpline, locales, copies, counts)
    return counts
