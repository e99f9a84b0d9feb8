"""The admin's groups and workflows, as data: who may do what is reviewed in code,
not clicked together in the admin.

``apply(apps)`` is run by the governance migrations (with historical models) and by
``manage.py setup_groups`` (with the real ones), so a fresh database and an
updated one end up the same. It is idempotent: it adds what is missing and
resets each group's permissions to exactly the list below, so a permission
ticked by hand in Settings > Groups is taken away again by the next run.

Groups (what each may do is tested in tests/governance/test_governance.py):

- Communications editors: every page and snippet of the content apps, images,
  documents, settings, redirects and promoted search results; nothing in the
  reports app (no inbox, no authorities, whose handler group decides who reads
  reports). They publish nothing themselves: no ``publish`` permission on pages or
  on the reviewed snippets, so every change reaches the public through a review.
- Young people's panel reviewers: admin access only. They approve or send back the
  second step of the children's workflow, reading the page while it waits for
  them; they edit nothing.
- Report handlers: <authority>: one per authority, made by the reports app
  (forms/reference_data.py) and linked as ``Authority.handlers``. The
  "Pan-Cheshire triage" role is the handler group of the Pan-Cheshire triage
  team authority: it reads the reports nobody could route.
- Site administrators: everything except reading reports (they are not an
  authority: forms/permissions.py) and publishing without a review, plus the
  reports' audit trail. Only a superuser can publish directly (an emergency), and
  the dashboard lists every such publish for a second look (governance/review.py).

Workflows: every page goes through "Communications review"; the young people's
and Years 5 and 6 sections add the panel's review after it. The reviewed snippets
(``REVIEWED_SNIPPETS``: helplines, the quick-exit target, lead professionals,
resources) go through "Communications review" too, and authorities (their public
contacts) through the administrators' own review. Every step is a
``TwoPersonApprovalTask``: nobody approves their own change.

Everyone who signs in to the admin uses two-step sign-in (governance/two_factor.py).
"""

from django.contrib.auth.management import create_permissions

EDITORS = "Communications editors"
PANEL = "Young people's panel reviewers"
ADMINISTRATORS = "Site administrators"
HANDLERS_PREFIX = "Report handlers: "
TRIAGE_AUTHORITY = "pan-cheshire-triage"

COMMS_TASK = "Communications review"
PANEL_TASK = "Young people's panel review"
ADMIN_TASK = "Site administrators' review"
STANDARD_WORKFLOW = "Communications review"
CHILDREN_WORKFLOW = "Children's pages review"
AUTHORITIES_WORKFLOW = "Authorities' public details review"
# Snippets that reach the public only through a workflow, and which one.
REVIEWED_SNIPPETS = {
    STANDARD_WORKFLOW: [
        ("home", "helpline"),
        ("home", "quickexit"),
        ("audiences", "leadprofessional"),
        ("resources", "resource"),
    ],
    AUTHORITIES_WORKFLOW: [("reports", "authority")],
}
TASK_MODEL = ("governance", "twopersonapprovaltask")
# Audience values (audiences.models.Audience) whose sections need the panel's review.
CHILDREN_AUDIENCES = ("young-people", "years-5-6")

# Apps whose every model permission is "content" for editors.
CONTENT_APPS = ("home", "audiences", "resources", "wagtailredirects", "wagtailsearchpromotions")
TWO_FACTOR = ("governance", "require_two_factor")
EDITOR_EXTRA = [
    ("wagtailadmin", "access_admin"),
    ("wagtail_localize", "submit_translation"),
    # Quarterly figures: editors read the public's "was this page helpful?" comments.
    ("measures", "view_feedback_comments"),
    TWO_FACTOR,
]
PANEL_PERMISSIONS = [("wagtailadmin", "access_admin"), TWO_FACTOR]
# Administrators get every permission except these (see the module docstring).
ADMIN_EXCLUDED = [("reports", "handle_report")]
# Nobody but a superuser publishes a snippet without its review: Wagtail shows the
# Publish button (which skips the workflow) to anyone with this permission.
PUBLISH_PREFIX = "publish_"

PAGE_PERMISSIONS = {
    # No "publish": Wagtail lets anyone who may publish skip the workflow, so pages
    # are published only by approving a review (governance.workflows publishes them).
    EDITORS: ["add_page", "change_page", "lock_page", "unlock_page"],
    ADMINISTRATORS: ["add_page", "change_page", "bulk_delete_page", "lock_page", "unlock_page"],
}
MEDIA_PERMISSIONS = [
    ("wagtailimages", ["add_image", "change_image", "choose_image", "delete_image"]),
    ("wagtaildocs", ["add_document", "change_document", "choose_document", "delete_document"]),
]
COLLECTION_PERMISSIONS = ["add_collection", "change_collection", "delete_collection"]

# Wagtail's own starter groups and workflow, replaced by the ones above.
WAGTAIL_DEFAULT_GROUPS = ("Editors", "Moderators")
WAGTAIL_DEFAULT_WORKFLOW = "Moderators approval"


def ensure_permissions(apps):
    """Permissions are normally made after migrating; make them now so that a
    fresh database's groups get the full list."""
    for app_config in apps.get_app_configs():
        had_models = getattr(app_config, "models_module", None)
        app_config.models_module = had_models or True
        create_permissions(app_config, apps=apps, verbosity=0)
        app_config.models_module = had_models


def _perms(apps, pairs):
    Permission = apps.get_model("auth", "Permission")
    found = []
    for app_label, codename in pairs:
        permission = Permission.objects.filter(
            content_type__app_label=app_label, codename=codename
        ).first()
        if permission is not None:
            found.append(permission)
    return found


def _set_group(apps, name, permissions):
    Group = apps.get_model("auth", "Group")
    group, _created = Group.objects.get_or_create(name=name)
    group.permissions.set(permissions)
    return group


def _root_objects(apps):
    Page = apps.get_model("wagtailcore", "Page")
    Collection = apps.get_model("wagtailcore", "Collection")
    return Page.objects.filter(depth=1).first(), Collection.objects.filter(depth=1).first()


def _set_page_permissions(apps, group, root_page, codenames):
    GroupPagePermission = apps.get_model("wagtailcore", "GroupPagePermission")
    GroupPagePermission.objects.filter(group=group).delete()
    for permission in _perms(apps, [("wagtailcore", c) for c in codenames]):
        GroupPagePermission.objects.create(group=group, page=root_page, permission=permission)


def _set_collection_permissions(apps, group, root_collection, pairs):
    GroupCollectionPermission = apps.get_model("wagtailcore", "GroupCollectionPermission")
    GroupCollectionPermission.objects.filter(group=group).delete()
    for permission in _perms(apps, pairs):
        GroupCollectionPermission.objects.create(
            group=group, collection=root_collection, permission=permission
        )


def setup_groups(apps):
    Permission = apps.get_model("auth", "Permission")
    root_page, root_collection = _root_objects(apps)
    media = [(app, codename) for app, codenames in MEDIA_PERMISSIONS for codename in codenames]

    editor_permissions = list(
        Permission.objects.filter(content_type__app_label__in=CONTENT_APPS).exclude(
            codename__startswith=PUBLISH_PREFIX
        )
    ) + _perms(apps, EDITOR_EXTRA)
    editors = _set_group(apps, EDITORS, editor_permissions)
    _set_page_permissions(apps, editors, root_page, PAGE_PERMISSIONS[EDITORS])
    _set_collection_permissions(apps, editors, root_collection, media)

    panel = _set_group(apps, PANEL, _perms(apps, PANEL_PERMISSIONS))
    apps.get_model("wagtailcore", "GroupPagePermission").objects.filter(group=panel).delete()
    apps.get_model("wagtailcore", "GroupCollectionPermission").objects.filter(group=panel).delete()

    excluded = Permission.objects.none()
    for app_label, codename in ADMIN_EXCLUDED:
        excluded |= Permission.objects.filter(content_type__app_label=app_label, codename=codename)
    admin_permissions = Permission.objects.exclude(pk__in=excluded.values("pk")).exclude(
        codename__startswith=PUBLISH_PREFIX
    )
    administrators = _set_group(apps, ADMINISTRATORS, list(admin_permissions))
    _set_page_permissions(apps, administrators, root_page, PAGE_PERMISSIONS[ADMINISTRATORS])
    collections = [("wagtailcore", codename) for codename in COLLECTION_PERMISSIONS]
    _set_collection_permissions(apps, administrators, root_collection, media + collections)

    # Report handlers: the reports app makes one group per authority; each must also
    # sign in with two-factor authentication.
    two_factor = _perms(apps, [TWO_FACTOR])
    Authority = apps.get_model("reports", "Authority")
    for authority in Authority.objects.exclude(handlers=None).select_related("handlers"):
        authority.handlers.permissions.add(*two_factor)

    return {"editors": editors, "panel": panel, "administrators": administrators}


def _task(apps, name, groups, reviewers_may_edit=True):
    """The two-person review step called ``name``. A plain GroupApprovalTask of that
    name (from before the two-person rule) is switched off and renamed, so that its
    workflows use the new step."""
    ReviewTask = apps.get_model(*TASK_MODEL)
    Task = apps.get_model("wagtailcore", "Task")
    ContentType = apps.get_model("contenttypes", "ContentType")
    content_type, _created = ContentType.objects.get_or_create(
        app_label=TASK_MODEL[0], model=TASK_MODEL[1]
    )
    Task.objects.filter(name=name).exclude(content_type=content_type).update(
        name=f"{name} (before two-person review)", active=False
    )
    task = ReviewTask.objects.filter(name=name).first()
    if task is None:
        task = ReviewTask(name=name, content_type=content_type)
    task.active = True
    task.reviewers_may_edit = reviewers_may_edit
    task.save()
    task.groups.set(groups)
    return task


def _workflow(apps, name, tasks):
    Workflow = apps.get_model("wagtailcore", "Workflow")
    WorkflowTask = apps.get_model("wagtailcore", "WorkflowTask")
    workflow, _created = Workflow.objects.get_or_create(name=name)
    workflow.active = True
    workflow.save()
    WorkflowTask.objects.filter(workflow=workflow).delete()
    for sort_order, task in enumerate(tasks):
        WorkflowTask.objects.create(workflow=workflow, task=task, sort_order=sort_order)
    return workflow


def children_sections(apps):
    """The landing pages of the young people's and Years 5 and 6 sections."""
    AudiencePage = apps.get_model("audiences", "AudiencePage")
    return AudiencePage.objects.filter(audience__in=CHILDREN_AUDIENCES)


def assign_workflow(apps, page_id, workflow):
    WorkflowPage = apps.get_model("wagtailcore", "WorkflowPage")
    WorkflowPage.objects.update_or_create(page_id=page_id, defaults={"workflow": workflow})


def assign_snippet_workflows(apps, workflows):
    ContentType = apps.get_model("contenttypes", "ContentType")
    WorkflowContentType = apps.get_model("wagtailcore", "WorkflowContentType")
    for name, models in REVIEWED_SNIPPETS.items():
        for app_label, model in models:
            content_type, _created = ContentType.objects.get_or_create(
                app_label=app_label, model=model
            )
            WorkflowContentType.objects.update_or_create(
                content_type=content_type, defaults={"workflow": workflows[name]}
            )


def setup_workflows(apps, groups):
    comms = _task(apps, COMMS_TASK, [groups["editors"], groups["administrators"]])
    panel = _task(apps, PANEL_TASK, [groups["panel"]], reviewers_may_edit=False)
    admin_review = _task(apps, ADMIN_TASK, [groups["administrators"]])
    workflows = {
        STANDARD_WORKFLOW: _workflow(apps, STANDARD_WORKFLOW, [comms]),
        CHILDREN_WORKFLOW: _workflow(apps, CHILDREN_WORKFLOW, [comms, panel]),
        AUTHORITIES_WORKFLOW: _workflow(apps, AUTHORITIES_WORKFLOW, [admin_review]),
    }

    root_page, _collection = _root_objects(apps)
    if root_page is not None:
        assign_workflow(apps, root_page.pk, workflows[STANDARD_WORKFLOW])
    for section in children_sections(apps):
        assign_workflow(apps, section.pk, workflows[CHILDREN_WORKFLOW])
    assign_snippet_workflows(apps, workflows)
    return {
        "standard": workflows[STANDARD_WORKFLOW],
        "children": workflows[CHILDREN_WORKFLOW],
        "authorities": workflows[AUTHORITIES_WORKFLOW],
    }


def retire_wagtail_defaults(apps):
    """Wagtail's starter "Editors"/"Moderators" groups and "Moderators approval"
    workflow would confuse an editor next to ours: remove the groups while nobody
    is in them, and switch the workflow off."""
    Group = apps.get_model("auth", "Group")
    Group.objects.filter(name__in=WAGTAIL_DEFAULT_GROUPS, user=None).delete()
    Workflow = apps.get_model("wagtailcore", "Workflow")
    Task = apps.get_model("wagtailcore", "Task")
    Workflow.objects.filter(name=WAGTAIL_DEFAULT_WORKFLOW).update(active=False)
    Task.objects.filter(name=WAGTAIL_DEFAULT_WORKFLOW).update(active=False)


def apply(apps):
    ensure_permissions(apps)
    groups = setup_groups(apps)
    workflows = setup_workflows(apps, groups)
    retire_wagtail_defaults(apps)
    return groups, workflows
