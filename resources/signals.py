"""Keep each resource's copy of its document's type and size up to date when an
editor replaces or deletes the file, so the library never reads a file to list it."""

from django.db.models.signals import post_delete, post_save
from wagtail.documents import get_document_model


def document_saved(sender, instance, **kwargs):
    from .models import Resource

    size = instance.file_size
    if size is None:
        try:
            size = instance.file.size
        except (OSError, ValueError):
            size = None
    Resource.objects.filter(document=instance).update(
        file_extension=instance.file_extension.lower()[:10], file_size=size
    )


def document_deleted(sender, instance, **kwargs):
    from .models import Resource

    # The foreign key has already been set to NULL by the database cascade.
    Resource.objects.filter(document__isnull=True).exclude(file_extension="").update(
        file_extension="", file_size=None
    )


def connect():
    document_model = get_document_model()
    post_save.connect(document_saved, sender=document_model, dispatch_uid="resources.doc_saved")
    post_delete.connect(
        document_deleted, sender=document_model, dispatch_uid="resources.doc_deleted"
    )
