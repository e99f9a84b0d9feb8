"""Blocks editors place on pages to collect the success measures.

Both render forms that post to this app's own endpoints (measures.views), so
the page they sit on stays cacheable and sets no cookie: no CSRF token, no
session, nothing per visitor. Neither block queries the database to render.
"""

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
