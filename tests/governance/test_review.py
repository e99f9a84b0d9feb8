"""Nothing a child relies on changes without a second person.

Through the admin, as each role would: an editor's change to a helpline, the
quick-exit target or a page is not public until someone else approves it; nobody
approves their own change (superusers included); the young people's panel approves
or sends back but cannot save an edit; an approved English helpline number reaches
every language at once.
"""

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group, Permission
from django.test import Client
from django.urls import reverse
from wagtail.models import Page, WorkflowState
from wagtail.test.utils.form_data import inline_formset, nested_form_data, rich_text, streamfield

from audiences.models import ContentPage
from governance import roles
from governance.models import TwoPersonApprovalTask
from home.models import SYNCED_FROM_ENGLISH, Helpline, QuickExit
from tests.two_factor import login_verified

CRIMESTOPPERS_NEW = "0800 555 112"  # a changed number, as an editor might type it


def member(username, *group_names, **fields):
    user = get_user_model().objects.create_user(
        username=username, password="not-used-here-123", **fields
    )
    for name in group_names:
        user.groups.add(Group.objects.get(name=name))
    return user


def signed_in(user):
    client = Client()
    login_verified(client, user)
    return client


@pytest.fixture
def people(db):
    return {
        "editor": member("editor", roles.EDITORS),
        "second_editor": member("second-editor", roles.EDITORS),
        "panel": member("panel", roles.PANEL),
        "admin": member("site-admin", roles.ADMINISTRATORS),
        "root": member("root", is_superuser=True, is_staff=True),
    }


# --- Snippets: helplines ------------------------------------------------------------------


def helpline_form(helpline, action, **changes):
    data = {
        "name": helpline.name,
        "number": helpline.number,
        "website": helpline.website,
        "description": helpline.description,
        "show_in_footer": "on" if helpline.show_in_footer else "",
        f"action-{action}": "1",
    }
    data.update(changes)
    return data


def edit_url(obj):
    meta = obj._meta
    return reverse(f"wagtailsnippets_{meta.app_label}_{meta.model_name}:edit", args=[obj.pk])


def snippet_action_url(obj, action):
    meta = obj._meta
    obj.refresh_from_db()
    task_state = obj.current_workflow_task_state
    return reverse(
        f"wagtailsnippets_{meta.app_label}_{meta.model_name}:workflow_action",
        args=[obj.pk, action, task_state.pk],
    )


def refused(response):
    """Wagtail's refusal: 403, or back to the dashboard with "Sorry, you do not have
    permission"."""
    return response.status_code == 403 or (
        response.status_code == 302 and response.url == reverse("wagtailadmin_home")
    )


@pytest.fixture
def crimestoppers(demo_site):
    return Helpline.objects.get(locale__language_code="en", name="Crimestoppers")


def test_editors_have_no_publish_permission_on_reviewed_content(people):
    publish = Permission.objects.filter(codename__startswith="publish_")
    assert publish.filter(content_type__app_label="home").exists()  # Wagtail made them
    for role in ("editor", "admin", "panel"):
        user = people[role]
        assert not any(user.has_perm(f"{p.content_type.app_label}.{p.codename}") for p in publish)
    page_publish = Page.objects.get(depth=1).permissions_for_user(people["admin"]).can_publish()
    assert not page_publish


def test_every_workflow_uses_the_two_person_task(people):
    from wagtail.models import Workflow

    for workflow in Workflow.objects.filter(active=True):
        assert workflow.tasks.exists()
        assert all(isinstance(task, TwoPersonApprovalTask) for task in workflow.tasks.specific())


def test_an_editors_helpline_change_is_public_only_once_someone_else_approves(
    client, people, crimestoppers
):
    old = crimestoppers.number
    editor = signed_in(people["editor"])
    html = editor.get(edit_url(crimestoppers)).content.decode()
    assert 'name="action-publish"' not in html  # no way round the review
    # A direct publish is not possible: what the editor sends is kept as a draft.
    editor.post(
        edit_url(crimestoppers), helpline_form(crimestoppers, "publish", number=CRIMESTOPPERS_NEW)
    )
    crimestoppers.refresh_from_db()
    assert crimestoppers.number == old and crimestoppers.has_unpublished_changes
    assert not crimestoppers.workflow_in_progress

    response = editor.post(
        edit_url(crimestoppers), helpline_form(crimestoppers, "submit", number=CRIMESTOPPERS_NEW)
    )
    assert response.status_code == 302
    crimestoppers.refresh_from_db()
    assert crimestoppers.number == old and crimestoppers.has_unpublished_changes
    assert crimestoppers.current_workflow_task.name == roles.COMMS_TASK
    assert CRIMESTOPPERS_NEW not in client.get("/").content.decode()
    assert old in client.get("/").content.decode()

    # The editor cannot approve their own change: no button, and the action is refused.
    html = editor.get(edit_url(crimestoppers)).content.decode()
    assert "someone else must approve it" in html
    assert (
        "data-workflow-action-url" not in html
        or "approve" not in html.split("data-workflow-action-url")[1][:200]
    )
    assert refused(editor.post(snippet_action_url(crimestoppers, "approve")))
    crimestoppers.refresh_from_db()
    assert crimestoppers.number == old

    # Someone else approves: it is public, in every language.
    reviewer = signed_in(people["second_editor"])
    response = reviewer.post(snippet_action_url(crimestoppers, "approve"), {"comment": ""})
    assert response.status_code == 302
    crimestoppers.refresh_from_db()
    assert crimestoppers.number == CRIMESTOPPERS_NEW and not crimestoppers.has_unpublished_changes
    for helpline in Helpline.objects.filter(translation_key=crimestoppers.translation_key):
        assert helpline.number == CRIMESTOPPERS_NEW and helpline.live, helpline.locale
    for prefix in ("/", "/pl/", "/ro/", "/ar/"):
        html = client.get(prefix).content.decode()
        assert CRIMESTOPPERS_NEW in html and old not in html, prefix


def test_a_helpline_change_reaches_all_four_languages_with_their_own_history(people, crimestoppers):
    signed_in(people["editor"]).post(
        edit_url(crimestoppers), helpline_form(crimestoppers, "submit", number=CRIMESTOPPERS_NEW)
    )
    signed_in(people["second_editor"]).post(snippet_action_url(crimestoppers, "approve"))
    rows = Helpline.objects.filter(translation_key=crimestoppers.translation_key)
    assert sorted(rows.values_list("locale__language_code", flat=True)) == ["ar", "en", "pl", "ro"]
    for helpline in rows.exclude(pk=crimestoppers.pk):
        # The translation keeps its own name and description, with the new number, and
        # its history says who published it.
        assert helpline.name and helpline.number == CRIMESTOPPERS_NEW
        assert helpline.live_revision.content["number"] == CRIMESTOPPERS_NEW
        from wagtail.models import ModelLogEntry

        entry = ModelLogEntry.objects.filter(object_id=str(helpline.pk)).order_by("-pk").first()
        assert entry.action == SYNCED_FROM_ENGLISH and entry.user == people["second_editor"]
        assert entry.message == "Number and website published from the approved English helpline"
    # A reviewed change: nothing for the "published without a second person" panel.
    from governance.review import published_without_review

    assert published_without_review() == []


def test_a_draft_save_does_not_purge_the_page_cache_but_publishing_does(
    client, people, crimestoppers
):
    client.get("/")
    assert client.get("/")["X-Page-Cache"] == "hit"
    editor = signed_in(people["editor"])
    editor.post(
        edit_url(crimestoppers), helpline_form(crimestoppers, "edit", number=CRIMESTOPPERS_NEW)
    )
    assert client.get("/")["X-Page-Cache"] == "hit"
    editor.post(
        edit_url(crimestoppers), helpline_form(crimestoppers, "submit", number=CRIMESTOPPERS_NEW)
    )
    assert client.get("/")["X-Page-Cache"] == "hit"
    signed_in(people["second_editor"]).post(snippet_action_url(crimestoppers, "approve"))
    response = client.get("/")
    assert response["X-Page-Cache"] == "miss" and CRIMESTOPPERS_NEW in response.content.decode()


def test_superusers_cannot_approve_their_own_change_either(people, crimestoppers):
    root = signed_in(people["root"])
    root.post(
        edit_url(crimestoppers), helpline_form(crimestoppers, "submit", number=CRIMESTOPPERS_NEW)
    )
    crimestoppers.refresh_from_db()
    assert crimestoppers.workflow_in_progress
    assert refused(root.post(snippet_action_url(crimestoppers, "approve")))
    crimestoppers.refresh_from_db()
    assert crimestoppers.number != CRIMESTOPPERS_NEW


def test_the_last_editor_cannot_approve_a_change_someone_else_submitted(people, crimestoppers):
    """The reviewer who corrects a change under review becomes its author: a third
    person must approve it."""
    signed_in(people["editor"]).post(
        edit_url(crimestoppers), helpline_form(crimestoppers, "submit", number="0800 555 113")
    )
    second = signed_in(people["second_editor"])
    second.post(
        edit_url(crimestoppers), helpline_form(crimestoppers, "edit", number=CRIMESTOPPERS_NEW)
    )
    crimestoppers.refresh_from_db()
    assert crimestoppers.workflow_in_progress
    assert refused(second.post(snippet_action_url(crimestoppers, "approve")))
    # The submitter may not approve it either; an administrator can.
    assert refused(signed_in(people["editor"]).post(snippet_action_url(crimestoppers, "approve")))
    # An administrator approves. The change was edited while it waited, so the step
    # runs again on the edited version (WAGTAIL_WORKFLOW_REQUIRE_REAPPROVAL_ON_EDIT).
    admin = signed_in(people["admin"])
    admin.post(snippet_action_url(crimestoppers, "approve"))
    crimestoppers.refresh_from_db()
    assert crimestoppers.workflow_in_progress and crimestoppers.number != CRIMESTOPPERS_NEW
    admin.post(snippet_action_url(crimestoppers, "approve"))
    crimestoppers.refresh_from_db()
    assert crimestoppers.number == CRIMESTOPPERS_NEW


def test_the_refusal_holds_where_the_action_is_taken(people, crimestoppers):
    """Not only the button: the task itself refuses, whatever calls it."""
    from django.core.exceptions import PermissionDenied

    signed_in(people["editor"]).post(
        edit_url(crimestoppers), helpline_form(crimestoppers, "submit", number=CRIMESTOPPERS_NEW)
    )
    crimestoppers.refresh_from_db()
    task_state = crimestoppers.current_workflow_task_state
    task = task_state.task.specific
    assert task.get_actions(crimestoppers, people["editor"]) == []
    with pytest.raises(PermissionDenied):
        task.on_action(task_state, people["editor"], "approve")
    assert [a[0] for a in task.get_actions(crimestoppers, people["second_editor"])] == [
        "reject",
        "approve",
        "approve",
    ]
    # Their own submission is not "awaiting their review" on the dashboard.
    assert not task.get_task_states_user_can_moderate(people["editor"]).exists()
    assert task.get_task_states_user_can_moderate(people["second_editor"]).exists()


def test_approving_in_the_editor_says_published(people, crimestoppers):
    signed_in(people["editor"]).post(
        edit_url(crimestoppers), helpline_form(crimestoppers, "submit", number=CRIMESTOPPERS_NEW)
    )
    reviewer = signed_in(people["second_editor"])
    data = helpline_form(crimestoppers, "workflow-action", number=CRIMESTOPPERS_NEW)
    data["workflow-action-name"] = "approve"
    response = reviewer.post(edit_url(crimestoppers), data, follow=True)
    text = " ".join(str(m) for m in response.context["messages"])
    assert "approved and published" in text and "updated" not in text


# --- The quick-exit target ------------------------------------------------------------------


def quick_exit_form(record, action, url):
    return {"site": record.site_id, "url": url, f"action-{action}": "1"}


def test_an_editors_quick_exit_change_is_public_only_once_someone_else_approves(
    client, people, demo_site
):
    record = QuickExit.objects.get(site=demo_site)
    old = record.url
    editor = signed_in(people["editor"])
    # Only https.
    response = editor.post(
        edit_url(record), quick_exit_form(record, "submit", "http://example.org/")
    )
    assert response.status_code == 200 and "https://" in response.content.decode()
    editor.post(
        edit_url(record), quick_exit_form(record, "submit", "https://www.example.org/weather")
    )
    record.refresh_from_db()
    assert record.url == old and record.workflow_in_progress
    assert f'href="{old}"' in client.get("/").content.decode()
    assert refused(editor.post(snippet_action_url(record, "approve")))

    signed_in(people["second_editor"]).post(snippet_action_url(record, "approve"))
    record.refresh_from_db()
    assert record.url == "https://www.example.org/weather"
    assert 'href="https://www.example.org/weather"' in client.get("/").content.decode()


# --- Pages: self-approval and the panel -------------------------------------------------------


def page_form(page, action, **fields):
    data = {
        "title": page.title,
        "slug": page.slug,
        "summary": page.summary,
        "body": streamfield([("text", rich_text("<p>If a child is in danger now, call 999.</p>"))]),
        "comments": inline_formset([]),
        f"action-{action}": "1",
    }
    data.update(fields)
    return nested_form_data(data)


def page_action(client, page, action, **data):
    page.refresh_from_db()
    url = reverse(
        "wagtailadmin_pages:workflow_action",
        args=[page.pk, action, page.current_workflow_task_state.pk],
    )
    return client.post(url, data)


@pytest.fixture
def young_page(demo_site):
    section = Page.objects.get(slug="young-people", locale__language_code="en").specific
    return ContentPage.objects.child_of(section).live().first()


def test_self_approval_of_a_page_is_refused(people, young_page):
    editor = signed_in(people["editor"])
    editor.post(
        reverse("wagtailadmin_pages:edit", args=[young_page.pk]),
        page_form(young_page, "submit", title="Changed by the editor"),
    )
    young_page.refresh_from_db()
    assert young_page.current_workflow_task.name == roles.COMMS_TASK
    assert refused(page_action(editor, young_page, "approve"))
    # Through the editor's own form: nothing is approved (it is saved as a draft).
    data = page_form(young_page, "workflow-action", title="Changed by the editor")
    data["workflow-action-name"] = "approve"
    editor.post(reverse("wagtailadmin_pages:edit", args=[young_page.pk]), data)
    young_page.refresh_from_db()
    assert young_page.current_workflow_task.name == roles.COMMS_TASK
    assert young_page.title != "Changed by the editor"


def test_the_panel_approves_or_sends_back_but_cannot_save_an_edit(people, young_page):
    edit = reverse("wagtailadmin_pages:edit", args=[young_page.pk])
    signed_in(people["editor"]).post(edit, page_form(young_page, "submit", title="Secrets"))
    page_action(signed_in(people["second_editor"]), young_page, "approve")
    young_page.refresh_from_db()
    assert young_page.current_workflow_task.name == roles.PANEL_TASK

    panel = signed_in(people["panel"])
    html = panel.get(edit).content.decode()
    assert "waiting for your review" in html  # they can read it, and are told how to act
    revisions = young_page.revisions.count()
    response = panel.post(edit, page_form(young_page, "edit", title="Edited by the panel"))
    assert response.status_code == 200 and "locked" in response.content.decode()
    young_page.refresh_from_db()
    assert young_page.revisions.count() == revisions
    assert young_page.get_latest_revision_as_object().title == "Secrets"

    # They send it back with a comment, which the editor sees in the history.
    response = page_action(panel, young_page, "reject", comment="Too long for a 10-year-old")
    assert response.status_code == 302 and response.url == reverse("wagtailadmin_home")
    state = WorkflowState.objects.filter(object_id=str(young_page.pk)).latest("created_at")
    assert state.status == WorkflowState.STATUS_NEEDS_CHANGES
    assert state.current_task_state.comment == "Too long for a 10-year-old"


def test_after_approving_the_panel_lands_on_the_dashboard_and_the_page_is_published(
    client, people, young_page
):
    edit = reverse("wagtailadmin_pages:edit", args=[young_page.pk])
    signed_in(people["editor"]).post(edit, page_form(young_page, "submit", title="Secrets"))
    page_action(signed_in(people["second_editor"]), young_page, "approve")
    panel = signed_in(people["panel"])
    response = page_action(panel, young_page, "approve", comment="")
    assert response.status_code == 302 and response.url == reverse("wagtailadmin_home")
    assert panel.get(response.url).status_code == 200
    young_page.refresh_from_db()
    assert young_page.title == "Secrets" and young_page.live
    assert "Secrets" in client.get(young_page.url).content.decode()


def test_an_edit_at_the_communications_step_sends_it_round_again(people, young_page):
    edit = reverse("wagtailadmin_pages:edit", args=[young_page.pk])
    signed_in(people["editor"]).post(edit, page_form(young_page, "submit", title="First"))
    page_action(signed_in(people["second_editor"]), young_page, "approve")
    # A superuser (the only one who may still edit at the panel step) corrects it.
    signed_in(people["root"]).post(edit, page_form(young_page, "edit", title="Corrected"))
    page_action(signed_in(people["panel"]), young_page, "approve")
    young_page.refresh_from_db()
    # Communications must see the correction: the page is back at their step.
    assert young_page.current_workflow_task.name == roles.COMMS_TASK
    assert young_page.title != "Corrected"


def test_a_superusers_direct_publish_is_flagged_on_the_dashboard(people, young_page):
    root = signed_in(people["root"])
    edit = reverse("wagtailadmin_pages:edit", args=[young_page.pk])
    root.post(edit, page_form(young_page, "publish", title="Urgent fix"))
    young_page.refresh_from_db()
    assert young_page.title == "Urgent fix"
    html = signed_in(people["second_editor"]).get(reverse("wagtailadmin_home")).content.decode()
    panel = html[html.index("Published without a second person") :]
    assert "Urgent fix" in panel and "root" in panel
    # A reviewed publish is not flagged.
    assert html.count("Urgent fix") >= 1


# --- Who must use two-step sign-in ---------------------------------------------------------


def test_editors_and_reviewers_must_use_two_step_sign_in(people):
    from governance.two_factor import requires_two_factor

    for role in ("editor", "panel", "admin", "root"):
        assert requires_two_factor(people[role]), role
    client = Client()
    client.force_login(people["editor"], backend="django.contrib.auth.backends.ModelBackend")
    response = client.get(reverse("wagtailadmin_home"))
    assert response.status_code == 302 and "two-factor" in response.url


def test_every_change_shows_who_when_before_and_after(people, crimestoppers):
    signed_in(people["editor"]).post(
        edit_url(crimestoppers), helpline_form(crimestoppers, "submit", number=CRIMESTOPPERS_NEW)
    )
    reviewer = signed_in(people["second_editor"])
    history = reviewer.get(
        reverse("wagtailsnippets_home_helpline:history", args=[crimestoppers.pk])
    ).content.decode()
    assert "editor" in history and "Communications review" in history
    compare = reverse(
        "wagtailsnippets_home_helpline:revisions_compare",
        args=[crimestoppers.pk, "live", "latest"],
    )
    html = reviewer.get(compare).content.decode()
    # Before and after, side by side.
    assert '0800 555 <span class="deletion">111</span><span class="addition">112</span>' in html
