"""Included at /resources/ by the site's urls, before Wagtail's pages."""

from django.urls import path

from . import views

app_name = "resources"

urlpatterns = [
    path("<int:pk>/download/", views.download, name="download"),
]
