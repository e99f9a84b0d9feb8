"""Pages found by their type's label ("app_label.modelname"), so that an app can list
another app's pages without importing it."""


def of_type(label):
    """Filter arguments for pages of one type: ``Page.objects.filter(**of_type(...))``."""
    app_label, model = label.lower().split(".")
    return {"content_type__app_label": app_label, "content_type__model": model}
