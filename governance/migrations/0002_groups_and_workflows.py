from django.db import migrations


def forwards(apps, schema_editor):
    """Nothing any more: governance/roles.py now needs the two-person review task
    (0003), so the groups and workflows are applied by 0004 instead. A database that
    ran this before gets them updated by 0004 too."""


class Migration(migrations.Migration):
    """The admin's groups and workflows (governance/roles.py). Runs after every app
    whose permissions or pages it uses; `manage.py setup_groups` re-applies it."""

    dependencies = [
        ("governance", "0001_permissions"),
        ("auth", "0012_alter_user_first_name_max_length"),
        ("contenttypes", "0002_remove_content_type_name"),
        ("wagtailcore", "0098_apitoken"),
        ("wagtailadmin", "0006_formstate"),
        ("wagtailimages", "0027_image_description"),
        ("wagtaildocs", "0014_alter_document_file_size"),
        ("wagtailredirects", "0008_add_verbose_name_plural"),
        ("wagtailsearchpromotions", "0008_query_verbose_name"),
        ("wagtail_localize", "0016_rename_page_revision_translationlog_revision"),
        ("home", "0002_review_by_and_content_owner"),
        ("audiences", "0004_review_by_and_content_owner"),
        ("resources", "0002_review_by_and_content_owner"),
        ("reports", "0005_review_by_and_content_owner"),
    ]

    operations = [migrations.RunPython(forwards, migrations.RunPython.noop)]
