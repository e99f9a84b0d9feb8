"""The small forms on a report's page in the handler inbox.

Each has its own prefix, so the four can sit on one page without clashing ids.
"""

from django import forms
from django.utils.translation import gettext_lazy as _

from .choices import ReportStatus
from .models import Authority

NOTE_MAX_LENGTH = 5000


def _text_field(label, help_text):
    return forms.CharField(
        label=label,
        help_text=help_text,
        max_length=NOTE_MAX_LENGTH,
        widget=forms.Textarea(attrs={"rows": 4}),
    )


class StatusForm(forms.Form):
    prefix = "status"

    status = forms.ChoiceField(label=_("Status"), choices=ReportStatus.choices)


class NoteForm(forms.Form):
    prefix = "note"

    text = _text_field(
        _("Internal note"),
        _("Seen only by the handlers of the authority that holds this report."),
    )


class QuestionForm(forms.Form):
    prefix = "question"

    text = _text_field(
        _("Question for the reporter"),
        _(
            "The reporter sees this, exactly as you write it, only if they come back to "
            "the site with their receipt code. They are not told that you asked, so they "
            "may never see it. Do not include names of staff or other people."
        ),
    )


class ReassignForm(forms.Form):
    prefix = "reassign"

    authority = forms.ModelChoiceField(
        label=_("Pass to"),
        queryset=Authority.objects.none(),
        help_text=_(
            "The report moves to this authority and they are notified. It shows as "
            "New for them. Unless you also handle their reports, you will no longer "
            "see it."
        ),
    )
    reason = _text_field(
        _("Reason"),
        _("Why it belongs with them. They see this reason; the reporter does not."),
    )

    def __init__(self, *args, report, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["authority"].queryset = Authority.objects.exclude(pk=report.authority_id)
