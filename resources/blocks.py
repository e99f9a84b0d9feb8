"""A block that lists resources from the library on any page: "resources for
parents", "posters for businesses". Only pages whose stream includes it use it."""

from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.models import Locale
from wagtail.snippets.blocks import SnippetChooserBlock

from core.page_cache import depends_on


class ResourceListBlock(blocks.StructBlock):
    heading = blocks.CharBlock(
        max_length=80,
        default=_("Resources you can use"),
        help_text=_("A short heading above the list, for example 'Posters for your staff room'."),
    )
    audience = SnippetChooserBlock(
        "resources.Audience",
        required=False,
        help_text=_("Show only resources for this audience. Leave empty for every audience."),
    )
    topic = SnippetChooserBlock(
        "resources.Topic",
        required=False,
        help_text=_("Show only resources about this topic. Leave empty for every topic."),
    )
    limit = blocks.IntegerBlock(
        min_value=1,
        max_value=12,
        default=4,
        help_text=_("How many resources to show at most. A link to the whole library follows."),
    )

    def get_context(self, value, parent_context=None):
        from .models import LIBRARY_TAG, Resource, ResourceIndexPage

        context = super().get_context(value, parent_context=parent_context)
        request = (parent_context or {}).get("request")
        if request is not None:  # the page cache purges this page when a resource changes
            depends_on(request, LIBRARY_TAG)
        locale = Locale.get_active()
        resources = Resource.objects.listed().filter(locale=locale)
        params = []
        # Filter by slug, as the library does, so a translated page finds its resources.
        for name, term in (("audience", value["audience"]), ("topic", value["topic"])):
            if term:
                resources = resources.filter(**{f"{name}s__slug": term.slug})
                params.append(f"{name}={term.slug}")
        context["resources"] = list(
            resources.distinct().prefetch_related("audiences").order_by("title")[: value["limit"]]
        )
        library = ResourceIndexPage.objects.live().filter(locale=locale).first()
        library_url = library.get_url(request) if library else ""
        if library_url and params:
            library_url += "?" + "&".join(params)
        context["library_url"] = library_url
        return context

    class Meta:
        icon = "doc-full"
        template = "components/resource_list.html"
        label = _("Resources from the library")
        description = _(
            "A short list of resources from the library, chosen by audience and topic, "
            "with a link to the rest."
        )
