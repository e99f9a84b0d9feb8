"""The resource library in the admin: one menu item holding the resources and the
audiences and topics they are filed under."""

from django.utils.translation import gettext_lazy as _
from wagtail.admin.ui.tables import Column
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from .models import Audience, Resource, Topic


class ResourceViewSet(SnippetViewSet):
    model = Resource
    icon = "doc-full"
    menu_label = _("Resources")
    list_display = [
        "title",
        "format",
        Column("destination_label", label=_("Leads to")),
        "review_date",
        Column("download_count", label=_("Downloads"), sort_key="download_count"),
    ]
    list_filter = ["format", "audiences", "topics", "review_date"]
    ordering = ["title"]
    list_per_page = 50


class TermViewSet(SnippetViewSet):
    list_display = ["name", "slug"]


class AudienceViewSet(TermViewSet):
    model = Audience
    icon = "group"
    menu_label = _("Audiences")


class TopicViewSet(TermViewSet):
    model = Topic
    icon = "tag"
    menu_label = _("Topics")


class ResourceLibraryGroup(SnippetViewSetGroup):
    items = (ResourceViewSet, TopicViewSet, AudienceViewSet)
    menu_icon = "doc-full-inverse"
    menu_label = _("Resource library")
    menu_name = "resource-library"
    menu_order = 250


register_snippet(ResourceLibraryGroup)
