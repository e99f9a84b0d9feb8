"""Factories for the reports app, shared by the tests and by the demo site."""

from home.factories import StreamBodyPageFactory

from .models import ReportPage


class ReportPageFactory(StreamBodyPageFactory):
    """A report journey's start page: ``ReportPageFactory(parent=home, kind="concern")``."""

    class Meta:
        model = ReportPage
