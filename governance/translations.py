"""Translations go through the same review as the English content.

wagtail-localize publishes a new translation at once unless
WAGTAILLOCALIZE_SYNC_LIVE_STATUS_ON_TRANSLATE is off (it is: site/settings), and its
translation editor has no way to finish a translation except "Publish", which only a
superuser has. So:

- The translation editor tells the translator where the translation stands and offers
  "Submit for review" (a confirmation page, then ``submit_for_review``).
- ``submit_for_review`` saves what the translator has written as a new *draft revision*
  of the translated page or snippet and starts (or carries on) its workflow. It never
  writes to the live row: wagtail-localize's own "save as draft" does (the translated
  page would change before anyone approved it).
- "Sync translated pages" may publish the synced translations at once only for people
  who may publish without review (superusers): ``ReviewedUpdateTranslationsView``.

A translated page whose parent is not translated yet has an alias of the English
parent made for it; menus leave such aliases out and they are served as English
(home/i18n.py).
"""

from django.core.exceptions import ObjectDoesNotExist, PermissionDenied
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils.translation import gettext as _
from wagtail.admin import messages
from wagtail.models import Page, WorkflowState
from wagtail_localize.fields import copy_synchronised_fields
from wagtail_localize.models import Translation
from wagtail_localize.segments.ingest import ingest_segments
from wagtail_localize.views.update_translations import (
    UpdateTranslationsForm,
    UpdateTranslationsView,
)

from .models import can_edit

SUBMIT_URL_NAME = "governance_submit_translation"


def target_of(translation):
    """The translated page or snippet (its live row), or None if not made yet."""
    try:
        target = translation.source.get_translated_instance(translation.target_locale)
    except ObjectDoesNotExist:
        return None
    return target.specific if isinstance(target, Page) else target


def save_translation_draft(translation, user):
    """The translator's current strings as a new draft revision of the target. The live
    row is left as it is: the public sees the change only once it is approved."""
    source = translation.source
    locale = translation.target_locale
    original = source.as_instance()
    target = target_of(translation)
    draft = target.get_latest_revision_as_object()
    copy_synchronised_fields(original, draft)
    segments = source._get_segments_for_translation(locale, fallback=True)
    ingest_segments(original, draft, source.locale, locale, segments)
    return draft.save_revision(user=user, log_action=True)


def submit_for_review(translation, user):
    """Save the draft and start its workflow (or carry on one already under way: the
    new revision is then what every step must approve). Returns the workflow state."""
    save_translation_draft(translation, user)
    target = target_of(translation)
    state = target.current_workflow_state
    if state is not None and state.status == WorkflowState.STATUS_NEEDS_CHANGES:
        state.resume(user)
        return state
    if state is not None:
        return state
    workflow = target.get_workflow()
    if workflow is None:
        raise PermissionDenied(_("This content has no review workflow."))
    return workflow.start(target, user)


def review_status(target):
    """A sentence for the translator: where the translation stands."""
    state = target.current_workflow_state
    if state is not None and state.status == WorkflowState.STATUS_IN_PROGRESS:
        return _("This translation is waiting for '%(task)s'.") % {
            "task": state.current_task_state.task.name
        }
    if state is not None and state.status == WorkflowState.STATUS_NEEDS_CHANGES:
        return _("A reviewer asked for changes. Make them, then submit it for review again.")
    if not target.live:
        return _(
            "This translation is a draft: nobody sees it until you submit it for review "
            "and a second person approves it."
        )
    return _(
        "Changes you make here are a draft: the published translation stays as it is "
        "until you submit them for review and a second person approves them."
    )


def offer_submission(request, translation, target):
    """The translation editor's note on where the translation stands, with a button
    to submit it for review (not while a review is already under way)."""
    state = target.current_workflow_state
    buttons = []
    if state is None or state.status == WorkflowState.STATUS_NEEDS_CHANGES:
        url = reverse(SUBMIT_URL_NAME, args=[translation.pk])
        buttons = [messages.button(url, _("Submit for review"))]
    messages.info(request, review_status(target), buttons=buttons)


def enabled_translation_for(instance):
    """The synced translation the instance is the target of, if any."""
    key = instance.translation_key
    return (
        Translation.objects.filter(
            source__object_id=key, target_locale_id=instance.locale_id, enabled=True
        )
        .select_related("source", "target_locale")
        .first()
    )


def submit_view(request, translation_id):
    """Confirm, then submit a translation for review."""
    translation = get_object_or_404(Translation, pk=translation_id, enabled=True)
    target = target_of(translation)
    if target is None or not can_edit(target, request.user):
        raise PermissionDenied
    edit_url = _edit_url(target)
    if request.method == "POST":
        submit_for_review(translation, request.user)
        messages.success(
            request,
            _("'%(title)s' in %(language)s has been submitted for review.")
            % {"title": target, "language": translation.target_locale.get_display_name()},
        )
        return redirect(edit_url)
    return TemplateResponse(
        request,
        "governance/submit_translation.html",
        {
            "translation": translation,
            "target": target,
            "edit_url": edit_url,
            "page_title": _("Submit a translation for review"),
            "header_icon": "wagtail-localize-language",
        },
    )


def _edit_url(target):
    from wagtail.admin.admin_url_finder import AdminURLFinder

    return AdminURLFinder().get_edit_url(target)


class ReviewedUpdateForm(UpdateTranslationsForm):
    """wagtail-localize's "Sync translated pages" form without "Publish immediately"
    for anyone who may not publish without a review."""

    def __init__(self, *args, user=None, **kwargs):
        super().__init__(*args, **kwargs)
        if not (user and user.is_superuser):
            del self.fields["publish_translations"]

    def clean(self):
        cleaned = super().clean()
        cleaned.setdefault("publish_translations", False)
        return cleaned


class ReviewedUpdateTranslationsView(UpdateTranslationsView):
    def get_form(self):
        data = self.request.POST if self.request.method == "POST" else None
        return ReviewedUpdateForm(data, user=self.request.user)
