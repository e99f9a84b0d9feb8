"""Blocks editors place on pages to collect the success measures.

Both render forms that post to this app's own endpoints (measures.views), so
the page they sit on stays cacheable and sets no cookie: no CSRF token, no
session, nothing per visitor. Neither block queries the database to render.
"""

from django.conf import settings
from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.blocks import StructBlockValidationError

from home.blocks import RichTextBlock


class QuizAnswerBlock(blocks.StructBlock):
    text = blocks.CharBlock(max_length=150, help_text=_("One possible answer, in plain words."))
    correct = blocks.BooleanBlock(
        required=False, help_text=_("Tick the one right answer for this question.")
    )


class QuizQuestionBlock(blocks.StructBlock):
    question = blocks.CharBlock(max_length=200, help_text=_("Short and clear, for ages 9 and up."))
    answers = blocks.ListBlock(QuizAnswerBlock(), min_num=2, max_num=4)
    explanation = blocks.TextBlock(
        max_length=300,
        help_text=_(
            "Shown after they answer, whether they were right or not: why the right "
            "answer is right, said kindly."
        ),
    )

    def clean(self, value):
        value = super().clean(value)
        right = [answer for answer in value["answers"] if answer["correct"]]
        if len(right) != 1:
            raise StructBlockValidationError(
                block_errors={"answers": ValidationError(_("Tick exactly one right answer."))}
            )
        return value


class QuizBlock(blocks.StructBlock):
    """A short quiz (3 to 5 questions). Only the score and which answers were
    right are kept, never who answered."""

    title = blocks.CharBlock(
        max_length=80, default=_("Quick quiz"), help_text=_("For example 'Quick quiz'.")
    )
    intro = blocks.TextBlock(
        required=False,
        max_length=300,
        help_text=_("One or two sentences: it is not a test, and nobody sees who answered."),
    )
    questions = blocks.ListBlock(QuizQuestionBlock(), min_num=3, max_num=5)

    def get_context(self, value, parent_context=None):
        from .forms import QuizForm

        context = super().get_context(value, parent_context=parent_context)
        context["form"] = QuizForm(quiz=value)
        return context

    class Meta:
        icon = "help"
        template = "components/streamfield/quiz.html"
        label = _("Quiz")
        description = _(
            "A short quiz at the end of a children's page. Children see kind feedback on "
            "each answer; the site keeps only the score."
        )


class ConfidenceCheckBlock(blocks.StructBlock):
    """Asks parents how confident they are, at the start of a page and again at the end.

    Put one block with "At the start" near the top of the page and one with
    "At the end" at the bottom. The second appears once the first is answered,
    and both answers are stored together, without knowing who gave them.
    """

    stage = blocks.ChoiceBlock(
        choices=[("before", _("At the start of the page")), ("after", _("At the end"))],
        default="before",
        help_text=_("Use one of each on the same page."),
    )
    question = blocks.CharBlock(
        max_length=200,
        default=_(
            "How confident are you about the risks of online and social media for your child?"
        ),
        help_text=_("Use the same question at the start and at the end."),
    )
    intro = RichTextBlock(required=False, help_text=_("Optional: why we are asking."))

    def get_context(self, value, parent_context=None):
        from .forms import ConfidenceForm
        from .views import CONFIDENCE_STATE

        context = super().get_context(value, parent_context=parent_context)
        request = (parent_context or {}).get("request")
        # Set only on the copy of the page shown after the first answer (views.py).
        context["state"] = getattr(request, CONFIDENCE_STATE, None)
        context["form"] = ConfidenceForm(question=value["question"], stage=value["stage"])
        return context

    class Meta:
        icon = "tick"
        template = "components/streamfield/confidence_check.html"
        label = _("Confidence check (parents)")
        description = _("A 1 to 5 question asked before and after reading the page.")


# --- The privacy notice --------------------------------------------------------------------
# Editors write the notice's words; these blocks print what the site itself decides
# (measures/privacy.py), so a period, a cookie or a recipient can never be mistyped.

PRIVACY_VERSIONS = [
    ("full", _("The full notice")),
    ("young-people", _("The young people's version: short, plain sentences")),
]


class RetentionScheduleBlock(blocks.StructBlock):
    heading = blocks.CharBlock(
        max_length=80, required=False, help_text=_("For example 'How long we keep things'.")
    )
    version = blocks.ChoiceBlock(choices=PRIVACY_VERSIONS, default="full")

    def get_context(self, value, parent_context=None):
        from .privacy import schedule

        context = super().get_context(value, parent_context=parent_context)
        context["rows"] = schedule(value["version"])
        return context

    class Meta:
        icon = "time"
        template = "components/streamfield/retention_schedule.html"
        label = _("Privacy notice: how long we keep things")
        description = _(
            "The retention schedule, printed from the site's settings: the periods cannot be "
            "typed, so they are always what the site does."
        )


class CookieListBlock(blocks.StructBlock):
    heading = blocks.CharBlock(max_length=80, required=False, help_text=_("For example 'Cookies'."))
    version = blocks.ChoiceBlock(choices=PRIVACY_VERSIONS, default="full")

    def get_context(self, value, parent_context=None):
        from .privacy import cookies, csrf_cookie_lasts

        context = super().get_context(value, parent_context=parent_context)
        context["cookies"] = cookies()
        context["csrf_cookie_lasts"] = csrf_cookie_lasts()
        return context

    class Meta:
        icon = "cog"
        template = "components/streamfield/cookie_list.html"
        label = _("Privacy notice: cookies")
        description = _("Every cookie the site sets, from the site's settings.")


class PrivacySectionBlock(blocks.StructBlock):
    """A section only the partnership can write (Settings › Privacy notice), or the list
    of who receives reports. Shown only once confirmed: until then the block, heading
    and all, is left out of the page."""

    heading = blocks.CharBlock(max_length=120)
    section = blocks.ChoiceBlock(
        choices=[
            ("recipients", _("Who receives reports (from the authorities list)")),
            ("controllers", _("Who is responsible (the data controllers)")),
            ("lawful_basis", _("The lawful basis")),
            ("rights_contact", _("How to use your rights")),
            ("processors", _("Companies that run the site (processors)")),
        ],
        help_text=_("The text comes from Settings › Privacy notice, once it is confirmed there."),
    )

    def get_context(self, value, parent_context=None):
        from .models import PrivacySettings
        from .privacy import confirmed_text, report_recipients

        context = super().get_context(value, parent_context=parent_context)
        request = (parent_context or {}).get("request")
        privacy = PrivacySettings.load(request)
        section = value["section"]
        if section == "recipients":
            context["recipients"] = report_recipients()
            context["text"] = confirmed_text(privacy, "onward_sharing")
        else:
            context["text"] = confirmed_text(privacy, section)
        context["show"] = bool(context.get("recipients") or context["text"])
        # Settings are written once, in the site's main language.
        context["text_language"] = settings.LANGUAGE_CODE
        return context

    class Meta:
        icon = "lock"
        template = "components/streamfield/privacy_section.html"
        label = _("Privacy notice: a section the partnership confirms")
        description = _(
            "Controllers, lawful basis, rights, processors or who receives reports: left "
            "out of the page until confirmed in Settings › Privacy notice."
        )
