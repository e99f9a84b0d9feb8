"""Pages past their "review by" date, on the admin dashboard, so content is checked
before it goes stale.

Each page type keeps ``review_by`` in its own table (home.models.BasePage is
abstract), so the panel asks every page type that has it and merges the lists,
oldest first. A person sees only the pages they may edit: an editor all of them,
a reviewer or report handler none (the panel is then not shown).
"""

from django.utils import timezone
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
