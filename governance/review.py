"""What the admin dashboard asks people to look at:

- pages past their "review by" date, so content is checked before it goes stale;
- contact details the public cannot see yet (not confirmed, or waiting for review);
- anything published without a second person (a superuser's emergency publish).

Pages past their review date: each page type keeps ``review_by`` in its own table
(home.models.BasePage is abstract), so the panel asks every page type that has it
and merges the lists, oldest first. A person sees only the pages they may edit: an
editor all of them, a reviewer or report handler none (the panel is then not shown).
"""

import datetime

from django.utils import timezone
from wagtail import hooks
from wagtail.admin.ui.components import Component
from wagtail.models import get_page_models
from wagtail.permission_policies.pages import PagePermissionPolicy

PANEL_LIMIT = 20


def page_types_with_review_date():
    from home.models import BasePage

    return [model for model in get_page_models() if issubclass(model, BasePage)]


def overdue_pages(user, today=None):
    """Live pages whose review date has passed that ``user`` may edit, oldest first."""
    today = today or timezone.localdate()
    editable = PagePermissionPolicy().instances_user_has_permission_for(user, "change")
    pages = []
    for model in page_types_with_review_date():
        pages.extend(
            model.objects.live()
            .filter(review_by__lt=today, pk__in=editable.values("pk"))
            .select_related("content_owner", "owner")
        )
    return sorted(pages, key=lambda page: (page.review_by, page.path))


class OverdueReviewsPanel(Component):
    name = "pages_past_review"
    template_name = "governance/overdue_reviews_panel.html"
    order = 90  # above Wagtail's own panels: this is the editor's to-do list

    def __init__(self, user):
        self.user = user

    def get_context_data(self, parent_context=None):
        pages = overdue_pages(self.user)
        return {"pages": pages[:PANEL_LIMIT], "total": len(pages)}


# --- Contact details the public cannot see yet -------------------------------------------

# Apps list what they hold back from the public with this hook (so governance imports
# none of them): each function takes the user and returns rows, dicts with "what"
# ("Helpline 'Childline' (pl)"), "missing" (what stops the public seeing it) and
# "edit_url" (empty when this user may not edit it).
CONTACTS_HOOK = "register_contacts_to_confirm"


def contacts_to_confirm(user):
    rows = []
    for provide in hooks.get_hooks(CONTACTS_HOOK):
        rows.extend(provide(user))
    return rows


class ContactsToConfirmPanel(Component):
    """What the public does not see yet (an unconfirmed number, a change waiting for
    review), so editors know what is missing although the public never sees a gap."""

    name = "contacts_to_confirm"
    template_name = "governance/contacts_to_confirm_panel.html"
    order = 85

    def __init__(self, user):
        self.user = user

    def get_context_data(self, parent_context=None):
        rows = contacts_to_confirm(self.user)
        return {"rows": rows[:PANEL_LIMIT], "total": len(rows)}


# --- Published without a second person ------------------------------------------------

DIRECT_PUBLISH_DAYS = 30


def published_without_review(days=DIRECT_PUBLISH_DAYS):
    """Publishes by a person (not code) in the last ``days`` whose revision no workflow
    approved: a superuser's emergency publish, for a second look. Newest first."""
    from wagtail.models import ModelLogEntry, PageLogEntry, TaskState

    since = timezone.now() - datetime.timedelta(days=days)
    approved = TaskState.objects.filter(status=TaskState.STATUS_APPROVED).values("revision_id")
    entries = []
    for model in (PageLogEntry, ModelLogEntry):
        entries.extend(
            model.objects.filter(action="wagtail.publish", timestamp__gte=since)
            .exclude(user=None)
            .exclude(revision_id__in=approved)
            .select_related("user", "content_type")
        )
    return sorted(entries, key=lambda entry: entry.timestamp, reverse=True)


class PublishedWithoutReviewPanel(Component):
    name = "published_without_review"
    template_name = "governance/published_without_review_panel.html"
    order = 70  # first: someone must look at these

    def get_context_data(self, parent_context=None):
        entries = published_without_review()
        return {
            "entries": entries[:PANEL_LIMIT],
            "total": len(entries),
            "days": DIRECT_PUBLISH_DAYS,
        }
