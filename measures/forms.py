"""The questions people answer: page feedback, the parents' confidence check, the quiz.

The same form classes draw the forms embedded in pages (unbound, so no
database query and no token) and check what comes back.
"""

import hashlib
import json

from django import forms
from django.utils.translation import gettext_lazy as _

from forms.forms import LimitedText

COMMENT_LIMIT = 500
YES, NO = "yes", "no"


class FeedbackForm(forms.Form):
    helpful = forms.ChoiceField(
        label=_("Was this page helpful?"),
        choices=[(YES, _("Yes")), (NO, _("No"))],
        widget=forms.RadioSelect,
        error_messages={"required": _("Select yes or no")},
    )

    def __init__(self, *args, **kwargs):
        kwargs.setdefault("auto_id", "page-feedback-%s")
        super().__init__(*args, **kwargs)


# What children may say about a page instead of typing: a fixed list, so nothing they
# type can go unread (measures/screening.py explains the comment screen for adults).
REASONS = [
    ("easy", _("It was easy to understand")),
    ("what-to-do", _("It told me what to do")),
    ("hard", _("It was hard to understand")),
    ("too-long", _("It was too long")),
    ("not-there", _("It did not have what I was looking for")),
    ("worried", _("It made me feel worried")),
]


class ReasonsForm(forms.Form):
    reasons = forms.MultipleChoiceField(
        label=_("Tell us more (optional)"),
        help_text=_("Choose any that are true."),
        choices=REASONS,
        required=False,
        widget=forms.CheckboxSelectMultiple,
    )

    def __init__(self, *args, **kwargs):
        kwargs.setdefault("auto_id", "feedback-%s")
        super().__init__(*args, **kwargs)


class CommentForm(forms.Form):
    comment = LimitedText(
        limit=COMMENT_LIMIT,
        short_name=_("Your comment"),
        multiline=True,
        label=_("Tell us more (optional)"),
        help_text=_(
            "What was useful, what was missing or hard to understand. Do not include "
            "names or anything that could identify you or anyone else. We cannot reply. "
            "A comment that may be about someone’s safety, or that has names or contact "
            "details in it, goes to the team who deal with worries about children instead."
        ),
    )


SCORE_CHOICES = [
    ("1", _("1 – not at all confident")),
    ("2", _("2")),
    ("3", _("3")),
    ("4", _("4")),
    ("5", _("5 – very confident")),
]


class ConfidenceForm(forms.Form):
    score = forms.ChoiceField(
        choices=SCORE_CHOICES,
        widget=forms.RadioSelect,
        error_messages={"required": _("Choose a number from 1 to 5")},
    )

    def __init__(self, *args, question="", stage="before", **kwargs):
        kwargs.setdefault("auto_id", f"confidence-{stage}-%s")
        super().__init__(*args, **kwargs)
        self.fields["score"].label = question


def quiz_key(value):
    """A short fingerprint of a quiz's questions and answers.

    The embedded form sends it back so the site knows which quiz was answered
    without a database query to draw the page. Change the quiz and the
    fingerprint changes, so an answer to an old version is never marked
    against a new one.
    """
    data = [
        [q["question"], [[a["text"], bool(a["correct"])] for a in q["answers"]]]
        for q in value["questions"]
    ]
    text = json.dumps([str(value["title"]), data], sort_keys=True)
    return hashlib.sha256(text.encode()).hexdigest()[:16]


class QuizForm(forms.Form):
    """One radio question per quiz question; the values are the answers' positions."""

    def __init__(self, *args, quiz, **kwargs):
        self.quiz = quiz
        self.key = quiz_key(quiz)
        kwargs.setdefault("auto_id", f"quiz-{self.key}-%s")
        super().__init__(*args, **kwargs)
        for number, question in enumerate(quiz["questions"], start=1):
            self.fields[f"q{number}"] = forms.ChoiceField(
                label=_("%(number)s. %(question)s")
                % {"number": number, "question": question["question"]},
                choices=[(str(i), a["text"]) for i, a in enumerate(question["answers"])],
                widget=forms.RadioSelect,
                error_messages={
                    "required": _("Choose an answer to question %(number)s") % {"number": number}
                },
            )

    @property
    def question_fields(self):
        return [self[name] for name in self.fields]

    def chosen(self):
        """The chosen answer's position for each question, in order."""
        return [int(self.cleaned_data[name]) for name in self.fields]


def mark(quiz, chosen):
    """For each question: the question, the right answer, whether the chosen answer
    was right, and the explanation. ``chosen`` holds answer positions; what was chosen
    is not passed on, so the result page cannot show it."""
    marked = []
    for question, answer_index in zip(quiz["questions"], chosen, strict=False):
        answers = list(question["answers"])
        right_index = next(i for i, a in enumerate(answers) if a["correct"])
        marked.append(
            {
                "question": question["question"],
                "right_answer": answers[right_index]["text"],
                "right": answer_index == right_index,
                "explanation": question["explanation"],
            }
        )
    return marked
