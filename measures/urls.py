"""Where the measures' forms post to, included under /measures/ (in i18n_patterns)."""

from django.urls import path

from . import views

app_name = "measures"

urlpatterns = [
    path("feedback/", views.feedback, name="feedback"),
    path("feedback/thanks/", views.feedback_thanks, name="feedback_thanks"),
    path("feedback/comment/", views.feedback_comment, name="feedback_comment"),
    path("feedback/reasons/", views.feedback_reasons, name="feedback_reasons"),
    path("confidence/", views.confidence, name="confidence"),
    path("confidence/<int:page_id>/", views.confidence_page, name="confidence_page"),
    path("confidence/done/", views.confidence_done, name="confidence_done"),
    path("quiz/", views.quiz, name="quiz"),
    path("quiz/result/", views.quiz_result_gone, name="quiz_result"),
]
