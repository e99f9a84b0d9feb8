from django.db import migrations


def forwards(apps, schema_editor):
    from governance import roles

    roles.apply(apps)


class Migration(migrations.Migration):
    """The admin's groups and workflows (governance/roles.py) with the two-person review
    task, the reviewed snippets' workflows and no "publish" for editors or
    administrators. Runs after every app whose permissions, pages or snippets it uses;
    `manage.py setup_groups` re-applies it."""

    dependencies = [
        ("governance", "0003_two_person_approval_task"),
        ("governance", "0002_groups_and_workflows"),
        ("home", "0004_reviewed_helplines_and_quick_exit"),
        ("audiences", "0007_reviewed_lead_professionals"),
        ("resources", "0004_reviewed_resources"),
        ("reports", "0007_reviewed_authorities"),
        ("wagtailcore", "0098_apitoken"),
        ("wagtail_localize", "0016_rename_page_revision_translationlog_revision"),
        ("measures", "0002_review_and_translation_fields"),
    ]

    operations = [migrations.RunPython(forwards, migrations.RunPython.noop)]
