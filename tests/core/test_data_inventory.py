"""docs/data-inventory.md is true: every model is either declared (each field with a
purpose and a retention rule) or listed as holding no data about visitors, and the
file in docs/ is what the declarations say today."""

import pytest
from django.db import models

from core import data_inventory
from core.data_inventory import VISITORS, PersonalData, declare, problems

REGENERATE = "run `manage.py data_inventory --write` and commit docs/data-inventory.md"


def test_every_model_and_field_is_accounted_for():
    assert problems() == []


def test_the_inventory_in_docs_is_up_to_date():
    written = data_inventory.inventory_path().read_text(encoding="utf-8")
    assert written == data_inventory.render(), REGENERATE


def test_the_inventory_lists_every_visitor_field_with_encryption_and_rule():
    text = data_inventory.render()
    assert "| `what_happened` | What the reporter saw or was told. | yes |" in text
    assert "| `contact_phone` |" in text
    assert "| `comment` |" in text and "`feedback-comments`" in text
    assert "| `reports-closed` | Closed reports, with their notes | 1 year |" in text


@pytest.fixture
def scratch_model():
    """A model made for one test, and forgotten afterwards."""
    from django.apps import apps

    made = []

    def make(name, **fields):
        attrs = {"__module__": "measures.models", **fields}
        model = type(name, (models.Model,), attrs)
        made.append(model)
        return model

    yield make
    for model in made:
        apps.all_models["measures"].pop(model._meta.model_name, None)
        data_inventory._DECLARED.pop(model._meta.label_lower, None)
    apps.clear_cache()


def test_a_new_model_with_no_declaration_fails(scratch_model):
    scratch_model("ChildrenMessage", text=models.TextField())
    assert "measures.ChildrenMessage: neither declared (personal_data) nor listed as none" in (
        problems()
    )


def test_a_new_field_with_no_purpose_or_an_unknown_rule_fails(scratch_model):
    scratch_model(
        "SurveyAnswer",
        answer=models.TextField(),
        age=models.PositiveSmallIntegerField(),
        personal_data=PersonalData(VISITORS, "no-such-rule", {"answer": "What they said."}),
    )
    found = problems()
    assert "measures.SurveyAnswer.age: no purpose" in found
    assert "measures.SurveyAnswer.answer: retention 'no-such-rule' is no rule" in found


def test_a_declaration_of_a_field_that_does_not_exist_fails(scratch_model):
    model = scratch_model("Tally", count=models.IntegerField())
    declare(
        model._meta.label_lower,
        PersonalData(VISITORS, "feedback", {"count": "A count.", "colour": "Gone."}),
    )
    assert "measures.Tally.colour: declared but not a field" in problems()


def test_the_dpia_names_every_data_set_and_retention_rule():
    """docs/dpia.md uses the inventory: a new data set or rule must be assessed there."""
    from core import retention

    dpia = (data_inventory.inventory_path().parent / "dpia.md").read_text(encoding="utf-8")
    for entry in data_inventory.entries():
        assert f"`{entry.model._meta.label}`" in dpia, entry.model._meta.label
    for rule in retention.rules():
        assert f"`{rule.ident}`" in dpia, rule.ident
