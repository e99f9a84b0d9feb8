"""The strategy's success measures, collected by the site itself and anonymously.

Every row here is about a page, a day and an answer: never a person. No
address, user agent, session, user or exact time is stored; rows carry the day
only (``created_on``), so they cannot be lined up with a server's access log.

- PageFeedback: "Was this page helpful?" (yes/no, then an optional comment, or on
  children's pages a choice from a fixed list of reasons). A comment that the screen
  (measures/screening.py) takes for a possible disclosure is not kept here: it goes to
  the triage team as a report.
- FeedbackScreening: the administrators' own words for the screen to catch.
- PrivacySettings: what only the partnership can say on the privacy notice (who the
  controllers are, the lawful basis, how to use your rights, the processors), each
  shown only once confirmed (measures/privacy.py).
- ConfidenceResponse: a parent's confidence about online and social media risks,
  before and after reading, in one row per submission.
- QuizResponse: a child's quiz score and which answers were right.
- PageView: Know and See campaign page views, one counter per path and day.
- ReportFiguresPage: the public "What happens to reports" page.
"""

from django.db import models
from django.utils import timezone, translation
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.contrib.settings.models import BaseGenericSetting, register_setting
from wagtail.fields import RichTextField, StreamField
from wagtail.search import index

from core.data_inventory import VISITORS, Field, PersonalData
from core.page_cache import page_tags, tagged
from home.blocks import BaseStreamBlock
from home.models import BasePage

# The Django permissions the governance groups are given (see governance/roles.py).
VIEW_PAN_CHESHIRE = "measures.view_pan_cheshire"
VIEW_FEEDBACK_COMMENTS = "measures.view_feedback_comments"


class PageFeedback(models.Model):
    page = models.ForeignKey(
        "wagtailcore.Page", null=True, on_delete=models.SET_NULL, related_name="+"
    )
    # Kept so the figures still name a page that has since been deleted.
    page_title = models.CharField(max_length=255)
    helpful = models.BooleanField()
    comment = models.TextField(blank=True, max_length=500)
    # Children's pages ask for these instead of a comment (measures.forms.REASONS).
    reasons = models.JSONField(default=list, blank=True)
    # The comment went to the triage team (screened as a possible disclosure); it is not
    # kept here.
    comment_passed_on = models.BooleanField(default=False)
    created_on = models.DateField(db_index=True)

    personal_data = PersonalData(
        whose=VISITORS,
        retention="feedback",
        about='One answer to "Was this page helpful?": no address, cookie, time or '
        "person. Comments are screened first: one that may be a disclosure or holds "
        "personal details is sent to the triage team as a report instead.",
        fields={
            "page": "The page the answer is about.",
            "page_title": "Its title, so the figures still name a deleted page.",
            "helpful": "Yes or no.",
            "comment": Field(
                "What the visitor typed (adults' pages only), if the screen let it through.",
                retention="feedback-comments",
            ),
            "reasons": "Reasons chosen from a fixed list (children's pages).",
            "comment_passed_on": "Whether a comment was sent to the triage team.",
            "created_on": "The day (no time); starts the clock.",
        },
    )

    class Meta:
        ordering = ["-created_on", "-id"]
        verbose_name = _("page feedback")
        verbose_name_plural = _("page feedback")
        # The dashboard's permissions live here so the governance groups can be
        # given them like any other Django permission.
        permissions = [
            ("view_pan_cheshire", "Can see the pan-Cheshire quarterly figures"),
            ("view_feedback_comments", "Can read the comments left on page feedback"),
        ]

    def __str__(self):
        return f"{self.page_title}: {'yes' if self.helpful else 'no'}"


class ConfidenceResponse(models.Model):
    """One parent's answers to "how confident are you...", 1 (not at all) to 5 (very).

    ``token`` is a random value made for this submission only (carried in the
    signed "after" form) so the second answer lands in the same row.
    """

    page = models.ForeignKey(
        "wagtailcore.Page", null=True, on_delete=models.SET_NULL, related_name="+"
    )
    before = models.PositiveSmallIntegerField()
    after = models.PositiveSmallIntegerField(null=True, blank=True)
    token = models.CharField(max_length=32, unique=True, editable=False)
    created_on = models.DateField(db_index=True)

    personal_data = PersonalData(
        whose=VISITORS,
        retention="confidence",
        about="A parent's two answers, with no address, cookie, time or person.",
        fields={
            "page": "The page they were reading.",
            "before": "Their answer before reading, 1 to 5.",
            "after": "Their answer after reading, 1 to 5.",
            "token": "Random, made for this answer only, to pair the two answers.",
            "created_on": "The day (no time); starts the clock.",
        },
    )

    class Meta:
        ordering = ["-created_on", "-id"]
        verbose_name = _("confidence check answer")

    def __str__(self):
        return f"{self.before} -> {self.after or '?'}"


class QuizResponse(models.Model):
    page = models.ForeignKey(
        "wagtailcore.Page", null=True, on_delete=models.SET_NULL, related_name="+"
    )
    quiz_title = models.CharField(max_length=255)
    score = models.PositiveSmallIntegerField()
    total = models.PositiveSmallIntegerField()
    # One boolean per question, in order: which answers were right.
    right = models.JSONField(default=list)
    created_on = models.DateField(db_index=True)

    personal_data = PersonalData(
        whose=VISITORS,
        retention="quiz",
        about="A child's quiz score. Not the answers they chose, and nothing about them.",
        fields={
            "page": "The page the quiz is on.",
            "quiz_title": "The quiz's title.",
            "score": "How many answers were right.",
            "total": "How many questions.",
            "right": "Which questions were answered rightly, in order.",
            "created_on": "The day (no time); starts the clock.",
        },
    )

    class Meta:
        ordering = ["-created_on", "-id"]
        verbose_name = _("quiz result")

    def __str__(self):
        return f"{self.quiz_title}: {self.score}/{self.total}"


class PageView(models.Model):
    """Views of one campaign page on one day: a counter, never a row per visit."""

    path = models.CharField(max_length=255)
    page = models.ForeignKey(
        "wagtailcore.Page", null=True, on_delete=models.SET_NULL, related_name="+"
    )
    day = models.DateField()
    count = models.PositiveIntegerField(default=0)

    personal_data = PersonalData(
        whose=VISITORS,
        retention="page-views",
        about="A count per campaign page and day: never a row per visit.",
        fields={
            "path": "The page's address.",
            "page": "The page.",
            "day": "The day; starts the clock.",
            "count": "How many times it was opened that day.",
        },
    )

    class Meta:
        ordering = ["-day", "path"]
        verbose_name = _("campaign page views")
        constraints = [models.UniqueConstraint(fields=["path", "day"], name="one_count_per_day")]

    def __str__(self):
        return f"{self.path} {self.day}: {self.count}"


# A starting point for administrators: words a child may use that the built-in screen
# does not look for. Local slang, place and school names belong here.
DEFAULT_SCREENING_WORDS = """link up
linking
plug
trap house
going country
cotch
sugar daddy
"""


@register_setting(icon="warning")
class FeedbackScreening(BaseGenericSetting):
    """Words the page feedback screen catches, beside its own (measures/screening.py).

    Only administrators may change it (editors have no permission on this app's
    settings), and editors never see the comments it catches."""

    words = models.TextField(
        blank=True,
        default=DEFAULT_SCREENING_WORDS,
        help_text=_(
            "One word or phrase a line. A page feedback comment containing any of them is "
            "not shown to editors: it goes to the Pan-Cheshire triage team as a possible "
            "concern. Add local slang, and the names of local schools and places."
        ),
    )

    panels = [FieldPanel("words")]

    class Meta:
        verbose_name = _("feedback screening")


# Rich text for the privacy notice's settings: paragraphs, lists and links.
PRIVACY_TEXT_FEATURES = ["bold", "ol", "ul", "link"]


def _privacy_text(help_text):
    return RichTextField(blank=True, features=PRIVACY_TEXT_FEATURES, help_text=help_text)


def _confirmed():
    return models.BooleanField(
        default=False,
        help_text=_(
            "Tick only once the partnership has agreed this text. Until then the privacy "
            "notice leaves this section out, and the deploy check lists it."
        ),
    )


@register_setting(icon="lock")
class PrivacySettings(BaseGenericSetting):
    """What only the partnership can say on the privacy notice. A section is shown only
    once it is confirmed: the public never reads "to be confirmed" (measures/privacy.py,
    and `manage.py check --deploy --database default` lists what is not)."""

    controllers = _privacy_text(
        _(
            "Who is responsible for the personal information the site handles (the data "
            "controller or joint controllers), with their registration numbers."
        )
    )
    controllers_confirmed = _confirmed()
    lawful_basis = _privacy_text(
        _("The lawful basis for each kind of information, as the partnership has decided.")
    )
    lawful_basis_confirmed = _confirmed()
    rights_contact = _privacy_text(
        _(
            "How to ask for your information or use your other rights, and the data "
            "protection officer's contact details."
        )
    )
    rights_contact_confirmed = _confirmed()
    processors = _privacy_text(
        _("The companies that run the site for the partnership: hosting, email, the page cache.")
    )
    processors_confirmed = _confirmed()
    onward_sharing = _privacy_text(
        _(
            "Who else an authority may pass a report to (for example other councils, the "
            "NHS or schools), and when."
        )
    )
    onward_sharing_confirmed = _confirmed()

    panels = [
        FieldPanel(name)
        for section in (
            "controllers",
            "lawful_basis",
            "rights_contact",
            "processors",
            "onward_sharing",
        )
        for name in (section, f"{section}_confirmed")
    ]

    class Meta:
        verbose_name = _("privacy notice")


class ReportFiguresPage(BasePage):
    """ "What happens to reports": an editor's explanation, then the figures.

    The table is worked out on each (cacheable) view from the reports themselves,
    with small numbers suppressed by ``measures.public_figures``.
    """

    template = "pages/report_figures_page.html"

    body = StreamField(
        BaseStreamBlock(),
        blank=True,
        help_text=_(
            "What happens after someone sends a report: who reads it, how quickly, what "
            "'passed on' means. Shown above the figures."
        ),
    )
    quarters_shown = models.PositiveSmallIntegerField(
        default=4, help_text=_("How many quarters of figures to show, newest first.")
    )

    content_panels = BasePage.content_panels + [FieldPanel("body"), FieldPanel("quarters_shown")]
    search_fields = BasePage.search_fields + [index.SearchField("body")]

    parent_page_types = ["home.HomePage"]
    subpage_types = []
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("report figures page")

    def get_context(self, request, *args, **kwargs):
        from .public_figures import public_table

        context = super().get_context(request, *args, **kwargs)
        context["figures"] = self.cached_figures(public_table)
        return context

    def cached_figures(self, public_table):
        """The table counts every report of several quarters (three queries a quarter),
        so it is kept for PAGE_CACHE_SECONDS: no staler than the cached page itself
        (report changes purge neither), and recounted when this page is published."""
        language = translation.get_language()
        key = f"pc:figures:{self.pk}:{self.quarters_shown}:{timezone.localdate()}:{language}"
        return tagged(key, page_tags(self), lambda: public_table(self.quarters_shown))
