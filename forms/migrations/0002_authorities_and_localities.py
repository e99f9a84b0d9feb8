from django.db import migrations

from forms.reference_data import create_authorities, load_localities


def forwards(apps, schema_editor):
    create_authorities(apps)
    load_localities(apps.get_model("reports", "Locality"))


class Migration(migrations.Migration):
    dependencies = [
        ("reports", "0001_initial"),
        ("wagtailadmin", "0001_create_admin_access_permissions"),
        ("auth", "0012_alter_user_first_name_max_length"),
        ("contenttypes", "0002_remove_content_type_name"),
    ]

    operations = [migrations.RunPython(forwards, migrations.RunPython.noop)]
