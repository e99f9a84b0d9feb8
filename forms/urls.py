"""Anonymous follow-up, included under /report/follow-up/ (inside i18n_patterns)."""

from django.urls import path

from . import followup

app_name = "followup"

urlpatterns = [
    path("", followup.check, name="check"),
    path("answer/", followup.answer, name="answer"),
]
