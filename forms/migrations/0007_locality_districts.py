from django.db import migrations, models

from forms.reference_data import load_localities


def forwards(apps, schema_editor):
    # The towns of the districts that cross a boundary, and two more such districts.
    load_localities(apps.get_model("reports", "Locality"))


class Migration(migrations.Migration):
    dependencies = [("reports", "0006_merge_0005_languages_0005_review_by_and_content_owner")]

    operations = [
        migrations.AddField(
            model_name="locality",
            name="districts",
            field=models.CharField(
                blank=True,
                help_text=(
                    "Towns only: the postcode districts the town lies in, separated by spaces, "
                    "for example 'WA8'. Reporters who type a district that crosses a boundary "
                    "choose from the towns listed for it."
                ),
                max_length=200,
            ),
        ),
        migrations.RunPython(forwards, migrations.RunPython.noop),
    ]
