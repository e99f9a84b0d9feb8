"""Blocks that only the audience sections use: signs, staff checklists, campaign
assets, the lead professionals and professionals' links. The stream block the
audience page types offer, ``SectionStreamBlock``, is the shared one plus these
and the shared section blocks (Get help now, Top 10, made-up stories)."""

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.blocks import StructBlockValidationError
from wagtail.documents.blocks import DocumentChooserBlock
from wagtail.snippets.blocks import SnippetChooserBlock

from home.blocks import (
    BaseStreamBlock,
    GetHelpNowBlock,
    StoryBlock,
    TopTenBlock,
    get_help_now_context,
    require_one_of,
)
from measures.blocks import (
    ConfidenceCheckBlock,
    CookieListBlock,
    PrivacySectionBlock,
    QuizBlock,
    RetentionScheduleBlock,
)


class SignBlock(blocks.StructBlock):
    """One sign. The short sentence stands on its own: posters print it alone."""

    sign = blocks.CharBlock(
        max_length=140,
        help_text=_(
            "The sign in one short sentence, for example 'A child gets gifts "
            "nobody can explain'. Posters print this line on its own."
        ),
    )
    detail = blocks.TextBlock(
        required=False,
        max_length=400,
        help_text=_("Optional. A sentence or two more, shown on the web page only."),
    )

    class Meta:
        icon = "warning"
        template = "components/streamfield/sign.html"
        label = _("Sign")
        description = _("One sign to look out for, with an optional line of detail.")
        preview_value = {"sign": "A child gets gifts nobody can explain.", "detail": ""}


class SignsBlock(blocks.StructBlock):
    heading = blocks.CharBlock(
        max_length=80,
        default=_("Signs to look out for"),
        help_text=_("Usually 'Signs to look out for'."),
    )
    signs = blocks.ListBlock(SignBlock(), min_num=1, help_text=_("The most telling first."))

    class Meta:
        icon = "warning"
        template = "components/streamfield/signs.html"
        label = _("Signs to look out for")
        description = _("A list of signs, each a short sentence with optional detail.")
        preview_value = {
            "heading": "Signs to look out for",
            "signs": [{"sign": "A child gets gifts nobody can explain.", "detail": ""}],
        }


class ChecklistBlock(blocks.StructBlock):
    heading = blocks.CharBlock(
        max_length=80,
        default=_("Staff checklist"),
        help_text=_("For example 'Staff checklist'."),
    )
    items = blocks.ListBlock(
        blocks.CharBlock(
            max_length=200,
            help_text=_("Something staff should do or know, starting with a verb."),
        ),
        min_num=1,
        help_text=_("Short steps, one per line. Printed with a tick box beside each."),
    )

    class Meta:
        icon = "tasks"
        template = "components/streamfield/checklist.html"
        label = _("Checklist")
        description = _("A list of steps with tick boxes, for staff to print and go through.")
        preview_value = {
            "heading": "Staff checklist",
            "items": ["Make sure every member of staff knows the signs."],
        }


class CampaignAssetBlock(blocks.StructBlock):
    """A file or page to download that is not in the resource library, such as
    newsletter text. Posters and school packs in the library use
    ``CampaignResourceBlock`` instead, so their download counts and details stay in
    one place."""

    title = blocks.CharBlock(max_length=120, help_text=_("For example 'Poster for schools'."))
    description = blocks.TextBlock(
        required=False,
        max_length=300,
        help_text=_("Who it is for and how to use it, in a sentence or two."),
    )
    document = DocumentChooserBlock(
        required=False, help_text=_("The file to download. Or choose a page below instead.")
    )
    page = blocks.PageChooserBlock(
        required=False, help_text=_("Only when the asset is a page of this site, not a file.")
    )

    def clean(self, value):
        value = super().clean(value)
        require_one_of(value, "document", "page", _("Choose a document or a page, not both."))
        return value

    class Meta:
        icon = "doc-full"
        template = "components/streamfield/campaign_asset.html"
        label = _("Campaign asset")
        description = _("A file to download, with what it is for.")


class CampaignResourceBlock(SnippetChooserBlock):
    """A poster, leaflet or school pack from the resource library, shown the way the
    library shows it and opened through its download counter."""

    def __init__(self, **kwargs):
        kwargs.setdefault(
            "help_text",
            _(
                "Choose it from the resource library (Snippets > Resources). Its title, "
                "summary, file type and size come from there, and so do download counts."
            ),
        )
        super().__init__("resources.Resource", **kwargs)

    class Meta:
        icon = "doc-full-inverse"
        template = "components/streamfield/campaign_resource.html"
        label = _("Resource from the library")
        description = _("A poster, leaflet or school pack from the resource library.")


class CampaignAssetsBlock(blocks.StructBlock):
    heading = blocks.CharBlock(
        max_length=80,
        default=_("Posters and materials to download"),
        help_text=_("For example 'Posters and materials to download'."),
    )
    assets = blocks.ListBlock(CampaignAssetBlock(), min_num=1)

    class Meta:
        icon = "download"
        template = "components/streamfield/campaign_assets.html"
        label = _("Campaign assets")
        description = _("Posters, social images and school packs to download.")


class LeadProfessionalsBlock(blocks.StructBlock):
    heading = blocks.CharBlock(
        max_length=80,
        default=_("Lead professionals for child sexual exploitation"),
        help_text=_("For example 'Lead professionals for child sexual exploitation'."),
    )
    lead_professionals = blocks.ListBlock(
        SnippetChooserBlock("audiences.LeadProfessional"),
        required=False,
        help_text=_("Choose some to show. Leave empty to show all of them, area by area."),
    )

    def get_context(self, value, parent_context=None):
        from .models import LeadProfessional  # audiences.models imports this module

        context = super().get_context(value, parent_context=parent_context)
        request = (parent_context or {}).get("request")
        chosen = [lead for lead in value["lead_professionals"] if lead]
        leads = chosen or list(LeadProfessional.objects.all())
        # The public sees only approved leads with a confirmed way to reach them; an
        # editor's preview shows every one, with what is missing.
        preview = bool(getattr(request, "is_preview", False))
        shown = leads if preview else [lead for lead in leads if lead.live and lead.is_reachable]
        context["lead_professional_list"] = shown
        context["preview"] = preview
        context["incomplete"] = not leads or any(
            not (lead.live and lead.is_confirmed) for lead in leads
        )
        context["get_help_now"] = get_help_now_context(request)
        return context

    class Meta:
        icon = "group"
        template = "components/streamfield/lead_professionals.html"
        label = _("Lead professionals")
        description = _(
            "The lead professional for each area, from the Lead professionals list. "
            "Contact details appear once an editor confirms them and a second person "
            "approves; until then the national helplines are shown instead."
        )


class ProfessionalLinkBlock(blocks.StructBlock):
    title = blocks.CharBlock(
        max_length=120, help_text=_("What it is, for example 'The CSE screening tool'.")
    )
    description = blocks.TextBlock(
        required=False,
        max_length=300,
        help_text=_("Optional. Who should use it and when."),
    )
    page = blocks.PageChooserBlock(
        required=False, help_text=_("A page of this site. Or give a web address below.")
    )
    url = blocks.URLBlock(
        required=False,
        help_text=_(
            "The full address of a page on another site. Never guess one: leave the page "
            "and the address empty until the link is confirmed, and the site leaves the "
            "link out (your preview shows it as missing)."
        ),
    )

    def clean(self, value):
        # Neither is allowed: the public then does not see the link at all.
        value = super().clean(value)
        if value.get("page") and value.get("url"):
            raise StructBlockValidationError(
                block_errors={
                    "page": ValidationError(_("Choose a page or give a web address, not both."))
                }
            )
        return value

    class Meta:
        icon = "link"
        label = _("Link")
        description = _("A page or web address; left empty, the link is not shown yet.")


class ProfessionalLinksBlock(blocks.StructBlock):
    heading = blocks.CharBlock(
        max_length=80,
        default=_("Local procedures and tools"),
        help_text=_("For example 'Local procedures and tools'."),
    )
    links = blocks.ListBlock(
        ProfessionalLinkBlock(),
        min_num=1,
        help_text=_("The screening tool, local procedures, training and the like."),
    )

    class Meta:
        icon = "link"
        template = "components/streamfield/professional_links.html"
        label = _("Links for professionals")
        description = _(
            "Links to the screening tool, local procedures and training, chosen by editors. "
            "A link left empty is not shown to the public until it is confirmed."
        )

    def get_context(self, value, parent_context=None):
        context = super().get_context(value, parent_context=parent_context)
        request = (parent_context or {}).get("request")
        preview = bool(getattr(request, "is_preview", False))
        links = list(value["links"])
        context["preview"] = preview
        confirmed = [link for link in links if link["page"] or link["url"]]
        context["link_list"] = links if preview else confirmed
        context["incomplete"] = any(not (link["page"] or link["url"]) for link in links)
        return context


class SectionStreamBlock(BaseStreamBlock):
    """The shared blocks plus those written for the audience sections.

    Names are part of the stored data and of the demo copy: do not rename them.
    """

    get_help_now = GetHelpNowBlock()
    top_ten = TopTenBlock()
    story = StoryBlock()
    signs = SignsBlock()
    checklist = ChecklistBlock()
    lead_professionals = LeadProfessionalsBlock()
    professional_links = ProfessionalLinksBlock()
    # Success measures (measures app): the children's quiz and the parents' check.
    quiz = QuizBlock()
    confidence_check = ConfidenceCheckBlock()
    # The privacy notices (measures app): what the site itself decides, printed from
    # its settings, between the editors' words.
    retention_schedule = RetentionScheduleBlock()
    cookie_list = CookieListBlock()
    privacy_section = PrivacySectionBlock()
