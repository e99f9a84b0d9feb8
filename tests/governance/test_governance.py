"""Governance: the admin's groups, the review workflows, review
dates and the audit log for administrators (governance/).

Permissions are checked through the admin with the test client: what each
group's member can open, and what they are refused.
"""

import datetime
from io import StringIO

import pytest
from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group, Permission
from django.core.management import call_command
from django.test import override_settings
from django.urls import reverse
from django.utils import timezone
from wagtail.models import Comment, Page, Site, Workflow, WorkflowState
from wagtail.test.utils.form_data import inline_formset, nested_form_data, rich_text, streamfield

from audiences.factories import AudiencePageFactory, ContentPageFactory
from audiences.models import Audience
from forms.models import Authority, ReportLogEntry
from governance import roles
from governance.review import overdue_pages
from home.factories import HomePageFactory
from home.models import HomePage
from tests.forms.test_permissions import make_report
from tests.two_factor import login_verified

MODEL_BACKEND = "django.contrib.auth.backends.ModelBackend"
HANDLER_GROUP = "Report handlers: Halton Borough Council"


def make_member(username, group_name):
    user = get_user_model().objects.create_user(username=username, password="not-used-here-123")
    user.groups.add(Group.objects.get(name=group_name))
    return user


@pytest.fixture
def tree(db):
    """Home, the Young people and Years 5 and 6 sections, a parents' section, one
    content page in each, as the demo builds them."""
    home = HomePageFactory(parent=Page.get_first_root_node())
    sections = {
        audience: AudiencePageFactory(parent=home, audience=audience, slug=audience.value)
        for audience in (Audience.YOUNG_PEOPLE, Audience.YEARS_5_6, Audience.PARENTS_CARERS)
    }
    pages = {
        audience: ContentPageFactory(parent=section, title=f"About {audience.value}")
        for audience, section in sections.items()
    }
    for page in [home, *sections.values(), *pages.values()]:
        page.save_revision().publish()  # live with a revision, as seed_demo leaves them
    return {"home": home, "sections": sections, "pages": pages}


@pytest.fixture
def editor(db):
    return make_member("editor", roles.EDITORS)


@pytest.fixture
def second_editor(db):
    """Nobody approves their own change: another editor reviews the editor's."""
    return make_member("second-editor", roles.EDITORS)


@pytest.fixture
def reviewer(db):
    return make_member("reviewer", roles.PANEL)


@pytest.fixture
def administrator(db):
    return make_member("site-admin", roles.ADMINISTRATORS)


@pytest.fixture
def handler(db):
    return make_member("halton-handler", HANDLER_GROUP)


def login(client, user):
    """Signed in with the two-step code done (everyone in the admin needs it)."""
    login_verified(client, user)
    return client


def is_refused(response):
    """403/404, or a redirect to the login or the dashboard: Wagtail's ways of
    refusing a signed-in user."""
    if response.status_code in (403, 404):
        return True
    return response.status_code == 302 and (
        response.url.startswith(reverse("wagtailadmin_login"))
        or response.url == reverse("wagtailadmin_home")
    )


def status(client, url):
    response = client.get(url)
    return "refused" if is_refused(response) else response.status_code


# --- The groups exist, and setup_groups puts them back ----------------------------------


@pytest.mark.django_db
def test_the_migration_makes_every_group_and_both_workflows():
    names = set(Group.objects.values_list("name", flat=True))
    assert {roles.EDITORS, roles.PANEL, roles.ADMINISTRATORS} <= names
    for authority in Authority.objects.all():
        assert authority.handlers.name == f"Report handlers: {authority.name}"
    triage = Authority.objects.get(slug=roles.TRIAGE_AUTHORITY)
    assert triage.handlers.name == "Report handlers: Pan-Cheshire triage team"
    # Wagtail's starter groups are replaced by ours.
    assert not names & {"Editors", "Moderators"}
    workflows = {w.name: [t.name for t in w.tasks] for w in Workflow.objects.filter(active=True)}
    assert workflows == {
        roles.STANDARD_WORKFLOW: [roles.COMMS_TASK],
        roles.CHILDREN_WORKFLOW: [roles.COMMS_TASK, roles.PANEL_TASK],
        roles.AUTHORITIES_WORKFLOW: [roles.ADMIN_TASK],
    }
    # The reviewed snippets are assigned their workflow.
    from django.contrib.contenttypes.models import ContentType
    from wagtail.models import WorkflowContentType

    for name, models in roles.REVIEWED_SNIPPETS.items():
        for app_label, model in models:
            content_type = ContentType.objects.get(app_label=app_label, model=model)
            assert WorkflowContentType.objects.get(content_type=content_type).workflow.name == name


@pytest.mark.django_db
def test_setup_groups_is_idempotent_and_takes_back_hand_added_permissions():
    call_command("setup_groups", verbosity=0)
    panel = Group.objects.get(name=roles.PANEL)
    before = {g.name: set(g.permissions.values_list("pk", flat=True)) for g in Group.objects.all()}
    panel.permissions.add(Permission.objects.get(codename="add_helpline"))

    call_command("setup_groups", verbosity=0)
    call_command("setup_groups", verbosity=0)

    after = {g.name: set(g.permissions.values_list("pk", flat=True)) for g in Group.objects.all()}
    assert after == before
    assert Workflow.objects.filter(name=roles.CHILDREN_WORKFLOW).count() == 1


# --- What each group can open in the admin -----------------------------------------------


def admin_urls(tree):
    young_page = tree["pages"][Audience.YOUNG_PEOPLE]
    parents_page = tree["pages"][Audience.PARENTS_CARERS]
    return {
        "dashboard": reverse("wagtailadmin_home"),
        "edit young people's page": reverse("wagtailadmin_pages:edit", args=[young_page.pk]),
        "edit parents' page": reverse("wagtailadmin_pages:edit", args=[parents_page.pk]),
        "add page": reverse(
            "wagtailadmin_pages:add",
            args=["audiences", "contentpage", tree["sections"][Audience.PARENTS_CARERS].pk],
        ),
        "helplines": reverse("wagtailsnippets_home_helpline:list"),
        "resources": reverse("wagtailsnippets_resources_resource:list"),
        "images": reverse("wagtailimages:add"),
        "documents": reverse("wagtaildocs:add_multiple"),
        "quick exit": reverse("wagtailsnippets_home_quickexit:list"),
        "footer links": reverse(
            "wagtailsettings:edit",
            args=["home", "footerlinks", Site.objects.get(is_default_site=True).pk],
        ),
        "authorities": reverse("wagtailsnippets_reports_authority:list"),
        "inbox": reverse("reports_inbox:index"),
        "users": reverse("wagtailusers_users:index"),
        "groups": reverse("wagtailusers_groups:index"),
        "site history": reverse("wagtailadmin_reports:site_history"),
    }


EXPECTED_ACCESS = {
    # What each role can open; everything else in admin_urls must be refused.
    "editor": {
        "dashboard",
        "edit young people's page",
        "edit parents' page",
        "add page",
        "helplines",
        "resources",
        "images",
        "documents",
        "quick exit",
        "footer links",
        "site history",
    },
    "reviewer": {"dashboard", "site history"},
    "handler": {"dashboard", "inbox", "site history"},
    "administrator": {
        "dashboard",
        "edit young people's page",
        "edit parents' page",
        "add page",
        "helplines",
        "resources",
        "images",
        "documents",
        "quick exit",
        "footer links",
        "authorities",
        "users",
        "groups",
        "site history",
    },
}


@pytest.mark.parametrize("role", sorted(EXPECTED_ACCESS))
def test_each_group_opens_exactly_its_own_part_of_the_admin(client, tree, role):
    user = make_member(
        role,
        {
            "editor": roles.EDITORS,
            "reviewer": roles.PANEL,
            "handler": HANDLER_GROUP,
            "administrator": roles.ADMINISTRATORS,
        }[role],
    )
    login_verified(client, user)  # the two-factor step is tested elsewhere
    urls = admin_urls(tree)
    opened = {name for name, url in urls.items() if status(client, url) == 200}
    assert opened == EXPECTED_ACCESS[role], {
        name: status(client, url) for name, url in urls.items()
    }


def test_an_editor_can_submit_a_page_but_not_touch_an_authority(client, tree, editor):
    login(client, editor)
    page = tree["pages"][Audience.PARENTS_CARERS]
    response = client.post(
        reverse("wagtailadmin_pages:edit", args=[page.pk]), edit_form(page, "action-submit")
    )
    assert response.status_code == 302
    assert WorkflowState.objects.filter(base_content_type__isnull=False).count() == 1

    authority = Authority.objects.get(slug="halton")
    response = client.post(
        reverse("wagtailsnippets_reports_authority:edit", args=[authority.pk]),
        {"name": "Renamed"},
    )
    assert response.status_code in (302, 403)
    authority.refresh_from_db()
    assert authority.name == "Halton Borough Council"


def test_an_editor_cannot_skip_the_review_by_publishing(client, tree, editor):
    login(client, editor)
    page = tree["pages"][Audience.YOUNG_PEOPLE]
    html = client.get(reverse("wagtailadmin_pages:edit", args=[page.pk])).content.decode()
    assert 'name="action-publish"' not in html
    assert "Submit to Children&#x27;s pages review" in html
    client.post(
        reverse("wagtailadmin_pages:edit", args=[page.pk]),
        edit_form(page, "action-publish", title="Published without review"),
    )
    page.refresh_from_db()
    assert page.title == "About young-people"


def test_a_reviewer_cannot_edit_or_publish_anything_outside_a_review(client, tree, reviewer):
    login(client, reviewer)
    page = tree["pages"][Audience.YOUNG_PEOPLE]
    response = client.post(
        reverse("wagtailadmin_pages:edit", args=[page.pk]), edit_form(page, "action-publish")
    )
    assert response.status_code in (302, 403)
    page.refresh_from_db()
    assert page.title == "About young-people"
    assert not page.has_unpublished_changes


# --- Workflows -------------------------------------------------------------------------


def edit_form(page, action, **fields):
    data = {
        "title": page.title,
        "slug": page.slug,
        "summary": page.summary,
        "body": streamfield([("text", rich_text("<p>If a child is in danger now, call 999.</p>"))]),
        "comments": inline_formset([]),
        action: action,
    }
    data.update(fields)
    return nested_form_data(data)


def approve(client, page):
    task_state = page.current_workflow_task_state
    url = reverse("wagtailadmin_pages:workflow_action", args=[page.pk, "approve", task_state.pk])
    return client.post(url, {"comment": ""})


def test_childrens_sections_use_both_reviews_and_other_pages_one(tree):
    assert [t.name for t in tree["pages"][Audience.YOUNG_PEOPLE].get_workflow().tasks] == [
        roles.COMMS_TASK,
        roles.PANEL_TASK,
    ]
    assert [t.name for t in tree["pages"][Audience.YEARS_5_6].get_workflow().tasks] == [
        roles.COMMS_TASK,
        roles.PANEL_TASK,
    ]
    assert [t.name for t in tree["pages"][Audience.PARENTS_CARERS].get_workflow().tasks] == [
        roles.COMMS_TASK
    ]
    assert [t.name for t in tree["home"].get_workflow().tasks] == [roles.COMMS_TASK]


def test_a_childrens_page_goes_through_communications_then_the_panel_in_order(
    client, tree, editor, second_editor, reviewer
):
    page = tree["pages"][Audience.YEARS_5_6]
    login(client, editor)
    response = client.post(
        reverse("wagtailadmin_pages:edit", args=[page.pk]),
        edit_form(page, "action-submit", title="Secrets that feel wrong"),
    )
    assert response.status_code == 302
    page.refresh_from_db()
    assert page.current_workflow_task.name == roles.COMMS_TASK
    assert page.title == "About years-5-6"  # not published yet

    # The panel cannot approve the communications step.
    reviewer_client = login(type(client)(), reviewer)
    assert is_refused(approve(reviewer_client, page))
    page.refresh_from_db()
    assert page.current_workflow_task.name == roles.COMMS_TASK

    # Communications (another editor) approves: the page moves to the panel, still
    # unpublished.
    communications = login(type(client)(), second_editor)
    assert approve(communications, page).status_code == 302
    page.refresh_from_db()
    assert page.current_workflow_task.name == roles.PANEL_TASK
    assert page.title == "About years-5-6"
    # The editors cannot approve the panel's step for it.
    assert is_refused(approve(client, page))
    assert is_refused(approve(communications, page))

    # The reviewer can now open the page (to read it and comment), then approves.
    edit_url = reverse("wagtailadmin_pages:edit", args=[page.pk])
    assert reviewer_client.get(edit_url).status_code == 200
    assert approve(reviewer_client, page).status_code == 302
    page.refresh_from_db()
    assert page.live and page.title == "Secrets that feel wrong"
    assert page.current_workflow_task is None
    state = WorkflowState.objects.get(object_id=str(page.pk))
    assert state.status == WorkflowState.STATUS_APPROVED
    finished = [ts.task.name for ts in state.task_states.order_by("started_at", "pk")]
    assert finished == [roles.COMMS_TASK, roles.PANEL_TASK]
    # After the review, the reviewer cannot open the page any more.
    assert status(reviewer_client, edit_url) == "refused"


def test_the_reviewer_comments_by_sending_back_but_cannot_edit(
    client, tree, editor, second_editor, reviewer
):
    page = tree["pages"][Audience.YOUNG_PEOPLE]
    login(client, editor)
    client.post(
        reverse("wagtailadmin_pages:edit", args=[page.pk]), edit_form(page, "action-submit")
    )
    page.refresh_from_db()
    approve(login(type(client)(), second_editor), page)

    reviewer_client = login(type(client)(), reviewer)
    data = edit_form(page, "action-save")
    data.update(
        nested_form_data(
            {
                "comments": inline_formset(
                    [
                        {
                            "contentpath": "title",
                            "text": "Too long for a 10-year-old",
                            "position": "",
                            "replies": inline_formset([]),
                        }
                    ]
                )
            }
        )
    )
    # Saving anything in the editor (even only a comment) is refused at this step...
    response = reviewer_client.post(reverse("wagtailadmin_pages:edit", args=[page.pk]), data)
    assert response.status_code == 200 and "locked" in response.content.decode()
    assert not Comment.objects.filter(page=page).exists()
    # ...their comment goes with "Request changes", which sends the page back.
    page.refresh_from_db()
    task_state = page.current_workflow_task_state
    url = reverse("wagtailadmin_pages:workflow_action", args=[page.pk, "reject", task_state.pk])
    reviewer_client.post(url, {"comment": "Too long for a 10-year-old"})
    task_state.refresh_from_db()
    assert task_state.comment == "Too long for a 10-year-old"
    assert task_state.finished_by == reviewer
    assert page.current_workflow_state.status == WorkflowState.STATUS_NEEDS_CHANGES


def test_a_page_other_than_a_childrens_one_needs_one_review(client, tree, editor, second_editor):
    page = tree["pages"][Audience.PARENTS_CARERS]
    login(client, editor)
    client.post(
        reverse("wagtailadmin_pages:edit", args=[page.pk]),
        edit_form(page, "action-submit", title="Talking to your child"),
    )
    page.refresh_from_db()
    assert page.current_workflow_task.name == roles.COMMS_TASK
    assert approve(login(type(client)(), second_editor), page).status_code == 302
    page.refresh_from_db()
    assert page.title == "Talking to your child" and page.current_workflow_task is None


def test_an_approved_page_with_a_go_live_date_is_published_by_publish_scheduled(
    client, tree, editor, second_editor
):
    page = tree["pages"][Audience.PARENTS_CARERS]
    go_live = timezone.now() + datetime.timedelta(days=2)
    login(client, editor)
    client.post(
        reverse("wagtailadmin_pages:edit", args=[page.pk]),
        edit_form(
            page,
            "action-submit",
            title="Half-term advice",
            go_live_at=timezone.localtime(go_live).strftime("%Y-%m-%d %H:%M"),
        ),
    )
    page.refresh_from_db()
    approve(login(type(client)(), second_editor), page)
    page.refresh_from_db()
    revision = page.scheduled_revision
    assert revision is not None and page.title == "About parents-carers"

    call_command("publish_scheduled", verbosity=0)
    page.refresh_from_db()
    assert page.title == "About parents-carers"  # not yet

    # The go-live time passes (moved in the database rather than by the clock).
    past = timezone.now() - datetime.timedelta(minutes=1)
    revision.content["go_live_at"] = past.isoformat()
    revision.approved_go_live_at = past
    revision.save(update_fields=["content", "approved_go_live_at"])
    call_command("publish_scheduled", verbosity=0)
    page.refresh_from_db()
    assert page.title == "Half-term advice" and page.live


# --- Review dates ------------------------------------------------------------------------


def test_new_pages_are_due_for_review_in_a_year_and_an_empty_date_is_filled(tree):
    page = tree["pages"][Audience.PARENTS_CARERS]
    assert page.review_by == timezone.localdate() + datetime.timedelta(days=365)
    page.review_by = None
    page.save()
    page.refresh_from_db()
    assert page.review_by == timezone.localdate() + datetime.timedelta(days=365)


def test_the_dashboard_lists_pages_past_their_review_date_oldest_first(
    client, tree, editor, reviewer
):
    today = timezone.localdate()
    young = tree["pages"][Audience.YOUNG_PEOPLE]
    parents = tree["pages"][Audience.PARENTS_CARERS]
    young.review_by = today - datetime.timedelta(days=3)
    young.content_owner = editor
    young.save()
    parents.review_by = today - datetime.timedelta(days=40)
    parents.save()
    HomePage.objects.filter(pk=tree["home"].pk).update(review_by=today)  # due today: not late

    assert [p.pk for p in overdue_pages(editor)] == [parents.pk, young.pk]

    login(client, editor)
    html = client.get(reverse("wagtailadmin_home")).content.decode()
    assert "Pages past their review date" in html
    panel = html[html.index("Pages past their review date") :]
    first = panel.index(reverse("wagtailadmin_pages:edit", args=[parents.pk]))
    second = panel.index(reverse("wagtailadmin_pages:edit", args=[young.pk]))
    assert first < second
    assert "No owner: please set one" in panel and "editor" in panel

    # The reviewer edits no pages, so has no such list.
    login(client, reviewer)
    html = client.get(reverse("wagtailadmin_home")).content.decode()
    assert "Pages past their review date" not in html


def test_review_by_and_owner_are_on_the_settings_tab(client, tree, editor):
    login(client, editor)
    page = tree["pages"][Audience.PARENTS_CARERS]
    html = client.get(reverse("wagtailadmin_pages:edit", args=[page.pk])).content.decode()
    assert 'name="review_by"' in html and 'name="content_owner"' in html


# --- The audit log ------------------------------------------------------------------------


@pytest.fixture
def report_history(db):
    """A Halton report that a Halton handler viewed and changed, and an edited page."""
    from wagtail.log_actions import log

    from forms.inbox import STATUS_CHANGED, VIEWED

    halton = Authority.objects.get(slug="halton")
    warrington = Authority.objects.get(slug="warrington")
    report = make_report(halton)
    other = make_report(warrington)
    actor = make_member("halton-actor", HANDLER_GROUP)
    log(instance=report, action=VIEWED, user=actor)
    log(instance=report, action=STATUS_CHANGED, user=actor, data={"from": "new", "to": "open"})
    log(instance=other, action=VIEWED, user=actor)
    return {"report": report, "other": other}


def site_history(client, **params):
    response = client.get(reverse("wagtailadmin_reports:site_history"), params)
    assert response.status_code == 200
    return response.content.decode()


def test_administrators_see_report_handling_and_content_in_site_history(
    client, tree, administrator, report_history
):
    login_verified(client, administrator)
    html = site_history(client)
    assert report_history["report"].reference in html
    assert report_history["other"].reference in html
    assert "Report status changed" in html or "Changed the status" in html
    # Content changes are in the same log.
    page = tree["pages"][Audience.PARENTS_CARERS]
    page.save_revision(user=administrator, log_action=True)
    assert page.title in site_history(client)
    assert ReportLogEntry.objects.viewable_by_user(administrator).count() == 3
    # Filterable like the rest of the log: by action, here a status change.
    html = site_history(client, action="reports.status_changed")
    assert report_history["report"].reference in html
    assert report_history["other"].reference not in html


def test_editors_and_other_authorities_never_see_report_handling(
    client, tree, editor, report_history
):
    login(client, editor)
    html = site_history(client)
    assert report_history["report"].reference not in html
    assert ReportLogEntry.objects.viewable_by_user(editor).count() == 0

    warrington = make_member("warrington-handler", "Report handlers: Warrington Borough Council")
    login_verified(client, warrington)
    html = site_history(client)
    assert report_history["report"].reference not in html
    assert report_history["other"].reference in html  # their own authority's report only


# --- Development users ---------------------------------------------------------------------


@pytest.mark.django_db
@override_settings(DEBUG=True, DEV_ADMIN_USERNAME="admin", DEV_ADMIN_PASSWORD="local-only-admin")
def test_ensure_dev_admin_makes_one_user_per_role_with_the_readme_passwords():
    from home.management.commands.ensure_dev_admin import DEV_ROLE_USERS

    call_command("ensure_dev_admin", stdout=StringIO())
    call_command("ensure_dev_admin", stdout=StringIO())  # and again: nothing duplicated
    readme = (settings.BASE_DIR / "README.md").read_text()
    for username, (password, group_name) in DEV_ROLE_USERS.items():
        user = get_user_model().objects.get(username=username)
        assert user.check_password(password) and not user.is_superuser
        assert list(user.groups.values_list("name", flat=True)) == [group_name]
        assert f"`{username}` /\n`{password}`" in readme or f"`{username}` / `{password}`" in readme
