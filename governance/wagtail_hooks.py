"""Governance in the Wagtail admin: two-factor pages (and their reset for a lost
phone, from Settings > Users), the dashboard panels, what the editor says around a
review, and translations submitted for review."""

from django.contrib import messages as django_messages
from django.shortcuts import redirect
from django.urls import path, reverse
from django.utils.translation import gettext as _
from wagtail import hooks
from wagtail.admin import messages
from wagtail.admin.widgets.button import ListingButton
from wagtail.models import Page, WorkflowMixin, WorkflowState

from home.phone_numbers import numbers_in_page

from . import review, translations, two_factor
from .models import SELF_APPROVAL_REFUSED, TwoPersonApprovalTask, can_edit, is_author


@hooks.register("register_admin_urls", order=-1)  # before wagtail-localize's own URLs
def register_governance_urls():
    return [
        path("two-factor/setup/", two_factor.setup, name=two_factor.SETUP_URL_NAME),
        path("two-factor/verify/", two_factor.verify, name=two_factor.VERIFY_URL_NAME),
        path("two-factor/reset/<int:user_id>/", two_factor.reset, name=two_factor.RESET_URL_NAME),
        path(
            "translation-review/<int:translation_id>/",
            translations.submit_view,
            name=translations.SUBMIT_URL_NAME,
        ),
        # Resolved before wagtail-localize's view at the same address: "Sync translated
        # pages" publishes at once only for those who may publish without review.
        path(
            "localize/update/<int:translation_source_id>/",
            translations.ReviewedUpdateTranslationsView.as_view(),
        ),
    ]


@hooks.register("register_user_listing_buttons")
def two_factor_reset_button(user, request_user):
    if not two_factor.can_reset(request_user, user):
        return []
    return [
        ListingButton(
            _("Reset two-step sign-in"),
            reverse(two_factor.RESET_URL_NAME, args=[user.pk]),
            icon_name="key",
            priority=50,
        )
    ]


@hooks.register("construct_homepage_panels")
def add_governance_panels(request, panels):
    user = request.user
    panels.append(review.OverdueReviewsPanel(user))
    if user.has_perm("home.change_helpline"):  # editors and administrators
        panels.append(review.ContactsToConfirmPanel(user))
        panels.append(review.PublishedWithoutReviewPanel())


# --- Around a review: what the editor says, and where people land -------------------------


def _is_workflow_approval(request):
    return (
        request.method == "POST"
        and request.POST.get("action-workflow-action")
        and request.POST.get("workflow-action-name") == "approve"
    )


def _latest_workflow_state(obj):
    return obj.workflow_states.order_by("-created_at", "-pk").first()


def _replace_success_message(request, text):
    """Wagtail says "updated" after an approval made in the editor; say what happened.
    (Its message is queued already: drop it rather than show two.)"""
    storage = django_messages.get_messages(request)
    queued = getattr(storage, "_queued_messages", None)
    if queued is not None:
        storage._queued_messages = [m for m in queued if m.level != django_messages.SUCCESS]
    messages.success(request, text)


def _after_approval(request, obj):
    state = _latest_workflow_state(obj)
    if state is None:
        return None
    if state.status == WorkflowState.STATUS_APPROVED:
        text = _("'%(title)s' has been approved and published.")
    else:
        task = state.current_task_state.task.name if state.current_task_state else ""
        text = _("'%(title)s' has been approved. It now waits for '%(task)s'.")
        text = text.replace("%(task)s", task)
    _replace_success_message(request, text % {"title": obj})
    if not can_edit(obj, request.user):
        return redirect("wagtailadmin_home")  # their step is over: not a refusal page
    return None


def _warn_about_typed_numbers(request, page):
    numbers = numbers_in_page(page.get_latest_revision_as_object())
    if numbers:
        messages.warning(
            request,
            _(
                "'%(title)s' has a phone number typed into its text (%(numbers)s). Numbers "
                "belong in the Helplines list, so they change everywhere at once: take it "
                "out of the text and add a Helplines block instead."
            )
            % {"title": page.get_admin_display_title(), "numbers": ", ".join(numbers)},
        )


@hooks.register("after_edit_page")
def after_edit_page(request, page):
    _warn_about_typed_numbers(request, page)
    if _is_workflow_approval(request):
        return _after_approval(request, page.specific)
    return None


@hooks.register("after_create_page")
def after_create_page(request, page):
    _warn_about_typed_numbers(request, page)


@hooks.register("after_edit_snippet")
def after_edit_snippet(request, instance):
    if isinstance(instance, WorkflowMixin) and _is_workflow_approval(request):
        return _after_approval(request, instance)
    return None


def _tell_authors(request, obj):
    """Whoever made or submitted the change under review is told that someone else
    must approve it (the approve button is not there for them)."""
    task = obj.current_workflow_task
    if (
        request.method == "GET"
        and isinstance(task, TwoPersonApprovalTask)
        and task._user_in_groups(request.user)
        and is_author(obj, request.user)
    ):
        messages.info(request, SELF_APPROVAL_REFUSED)


@hooks.register("before_edit_page", order=-1)  # before wagtail-localize's editor
def before_edit_page(request, page):
    page = page.specific
    _tell_authors(request, page)
    _offer_translation_review(request, page)


@hooks.register("before_edit_snippet", order=-1)
def before_edit_snippet(request, instance):
    if isinstance(instance, WorkflowMixin):
        _tell_authors(request, instance)
        _offer_translation_review(request, instance)


def _offer_translation_review(request, obj):
    if request.method != "GET" or not hasattr(obj, "translation_key"):
        return
    if isinstance(obj, Page) and obj.alias_of_id:
        return
    translation = translations.enabled_translation_for(obj)
    if translation is not None:
        translations.offer_submission(request, translation, obj)
