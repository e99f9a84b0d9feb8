"""Walk one helpline change and one Polish translation from draft to public, through
the admin's own views, and print who did what as the admin's history shows it.

Run against a seeded database (``make seed``); everything it does is rolled back::

    DATABASE_URL=sqlite:///db.sqlite3 python -m tools.review_walkthrough

Two people take part: an editor who makes the changes and a second editor who
reviews them (both in "Communications editors", both signed in with two steps).
tests/governance/test_walkthrough.py runs it on the demo site and checks the story.
"""

import os
import sys
from urllib.parse import urlencode

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))

HELPLINE = "Crimestoppers"
PAGE_PATH = "/parents-and-carers/signs-to-look-out-for/"
POLISH_TITLE = "Sygnały, na które warto zwrócić uwagę"


class Walk:
    def __init__(self, out):
        self.out = out
        self.lines = []

    def say(self, text=""):
        self.lines.append(text)
        self.out.write(text + "\n")

    # People ---------------------------------------------------------------------------

    def person(self, username, first, last):
        from django.contrib.auth import get_user_model
        from django.contrib.auth.models import Group
        from django.test import Client
        from django_otp import DEVICE_ID_SESSION_KEY
        from django_otp.plugins.otp_totp.models import TOTPDevice

        from governance import roles

        user, _created = get_user_model().objects.get_or_create(
            username=username, defaults={"first_name": first, "last_name": last}
        )
        user.groups.add(Group.objects.get(name=roles.EDITORS))
        device = TOTPDevice.objects.create(user=user, name="Phone", confirmed=True)
        client = Client(HTTP_HOST="localhost")
        client.force_login(user, backend="django.contrib.auth.backends.ModelBackend")
        session = client.session
        session[DEVICE_ID_SESSION_KEY] = device.persistent_id  # the two-step code, done
        session.save()
        return user, client

    # History, as the admin's history pages list it ------------------------------------

    def history(self, obj, since):
        from django.utils import translation

        with translation.override("en"):  # as an English-speaking editor sees it
            self._history(obj, since)

    def _history(self, obj, since):
        from wagtail.log_actions import registry

        entries = (
            registry.get_logs_for_instance(obj)
            .filter(timestamp__gte=since)
            .select_related("user")
            .order_by("timestamp", "pk")
        )
        for entry in entries:
            who = entry.user_display_name if entry.user_id else "(system)"
            comment = entry.comment if getattr(entry, "comment", "") else ""
            note = f' — "{comment}"' if comment else ""
            self.say(f"    {entry.timestamp:%H:%M:%S}  {who:<16} {entry.message}{note}")

    # The helpline ------------------------------------------------------------------------

    def helpline_change(self, editor, reviewer):
        from django.urls import reverse
        from django.utils import timezone
        from wagtail.models import Locale

        from home.models import Helpline

        since = timezone.now()
        (erin, erin_client), (rob, rob_client) = editor, reviewer
        english = Helpline.objects.get(locale=Locale.get_default(), name=HELPLINE)
        old = english.number
        # The same number, spaced the way the service itself prints it: nothing invented.
        new = old[:8] + old[9:] if old.count(" ") == 2 else old
        edit = reverse("wagtailsnippets_home_helpline:edit", args=[english.pk])
        form = {
            "name": english.name,
            "number": new,
            "website": english.website,
            "description": english.description,
            "show_in_footer": "on",
        }
        self.say(f"1. A helpline change: {HELPLINE} {old!r} -> {new!r}")
        erin_client.post(edit, {**form, "action-edit": "1"})
        self.say(
            f"   {erin.get_full_name()} saves a draft. "
            f"The public sees {old!r}: {self.public_shows(old)}"
        )
        erin_client.post(edit, {**form, "action-submit": "1"})
        english.refresh_from_db()
        task_state = english.current_workflow_task_state
        self.say(
            f"   {erin.get_full_name()} submits it to '{task_state.task.name}'. "
            f"The public sees {old!r}: {self.public_shows(old)}"
        )
        action = reverse(
            "wagtailsnippets_home_helpline:workflow_action",
            args=[english.pk, "approve", task_state.pk],
        )
        refused = erin_client.post(action, {"comment": ""})
        english.refresh_from_db()
        self.say(
            f"   {erin.get_full_name()} tries to approve it herself: refused "
            f"({refused.status_code}, still {english.number!r} in public)."
        )
        rob_client.post(action, {"comment": "Checked against crimestoppers-uk.org."})
        english.refresh_from_db()
        self.say(f"   {rob.get_full_name()} approves it. English now {english.number!r}.")
        for prefix in ("/", "/pl/", "/ro/", "/ar/"):
            self.say(f"     {prefix:<5} shows {new!r}: {self.public_shows(new, prefix)}")
        self.say("   History (Snippets > Helplines > Crimestoppers > History):")
        self.history(english, since)
        polish = english.get_translation(Locale.objects.get(language_code="pl"))
        self.say("   History of the Polish helpline:")
        self.history(polish, since)

    def public_shows(self, number, prefix="/"):
        """Does the home page (its helplines, in the body or the footer) show the number?"""
        from django.test import Client

        html = Client(HTTP_HOST="localhost").get(prefix).content.decode()
        return f">{number}<" in html

    # The Polish translation ---------------------------------------------------------

    def polish_translation(self, editor, reviewer):
        from django.test import Client
        from django.urls import reverse
        from django.utils import timezone
        from wagtail.models import Locale, Page
        from wagtail_localize.models import StringSegment, Translation

        since = timezone.now()
        (erin, erin_client), (rob, rob_client) = editor, reviewer
        polish = Locale.objects.get(language_code="pl")
        english = Page.objects.get(url_path=f"/home{PAGE_PATH}", locale=Locale.get_default())
        public = Client(HTTP_HOST="localhost")
        self.say("")
        self.say(f"2. A Polish translation of {PAGE_PATH}")
        erin_client.post(
            reverse("wagtail_localize:submit_page_translation", args=[english.pk]),
            {"locales": [polish.pk]},
        )
        page = english.get_translation(polish).specific
        response = public.get(f"/pl{PAGE_PATH}")
        self.say(
            f"   {erin.get_full_name()} starts it ('Translate this page'): a draft, live="
            f"{page.live}. /pl{PAGE_PATH} serves Content-Language "
            f"{response.get('Content-Language')} (the English page, with a notice)."
        )
        parent = page.get_parent().specific
        header = public.get("/pl/").content.decode().split("<main")[0]
        in_menu = f"/pl/{parent.slug}/" in header
        self.say(
            "   Its parent was made as an alias of the English one "
            f"(alias={bool(parent.alias_of_id)}); in the Polish menu: {in_menu}."
        )
        translation = Translation.objects.get(
            source__object_id=english.translation_key, target_locale=polish
        )
        title = StringSegment.objects.get(source=translation.source, context__path="title")
        erin_client.put(
            reverse("wagtail_localize:edit_string_translation", args=[translation.pk, title.pk]),
            urlencode({"value": POLISH_TITLE}),
            content_type="application/x-www-form-urlencoded",
        )
        self.say(f"   {erin.get_full_name()} translates the title: {POLISH_TITLE!r}.")
        editor_html = erin_client.get(reverse("wagtailadmin_pages:edit", args=[page.pk]))
        offered = "Submit for review" in editor_html.content.decode()
        self.say(f"   The translation editor offers 'Submit for review': {offered}.")
        erin_client.post(reverse("governance_submit_translation", args=[translation.pk]))
        page.refresh_from_db()
        task_state = page.current_workflow_task_state
        self.say(
            f"   {erin.get_full_name()} submits it to '{task_state.task.name}'. live={page.live}."
        )
        action = reverse(
            "wagtailadmin_pages:workflow_action", args=[page.pk, "approve", task_state.pk]
        )
        refused = erin_client.post(action, {"comment": ""})
        self.say(
            f"   {erin.get_full_name()} tries to approve it herself: refused "
            f"({refused.status_code})."
        )
        rob_client.post(action, {"comment": "Read with a Polish-speaking colleague."})
        page.refresh_from_db()
        response = public.get(f"/pl{PAGE_PATH}")
        self.say(
            f"   {rob.get_full_name()} approves it: live={page.live}, title {page.title!r}; "
            f"/pl{PAGE_PATH} serves Content-Language {response.get('Content-Language')}."
        )
        self.say("   History (Pages > the Polish page > History):")
        self.history(page, since)

    def run(self):
        editor = self.person("erin.editor", "Erin", "Editor")
        reviewer = self.person("rob.reviewer", "Rob", "Reviewer")
        self.helpline_change(editor, reviewer)
        self.polish_translation(editor, reviewer)
        return self.lines


def walk(out=sys.stdout):
    return Walk(out).run()


def main():
    sys.path.insert(0, ROOT)
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "cse_site.settings.dev")
    import django

    django.setup()
    from django.db import transaction

    class Rollback(Exception):
        pass

    try:
        with transaction.atomic():
            walk()
            raise Rollback
    except Rollback:
        pass


if __name__ == "__main__":
    main()
