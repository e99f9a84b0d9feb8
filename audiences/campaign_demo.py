"""Demo content for the campaign hub, the Top 10, the business sector pages (with
their posters), the lead professionals and the promoted search results.

``seed_campaign_and_sectors(home)`` is called by ``manage.py seed_demo`` after the
rest of the demo site exists, the resource library included: the campaign offers
the library's posters and school packs. It is safe to run again: pages are looked up by slug
under their parent and published only when something differs; snippets, documents
and promotions are looked up by their natural keys. A section the demo does not
have (no /businesses/ page, no report pages yet) is skipped, not invented.

The copy is plain English in our own words. The only phone numbers it prints are
the national ones in home.defaults (999, 101, Childline, NSPCC, Crimestoppers).
Local contact details and links are never written here: lead professionals are
left "to be confirmed" and links for professionals "link to be confirmed".
"""

import datetime
import hashlib
import re
from dataclasses import dataclass, field
from typing import Any

from django.core.files.base import ContentFile
from django.db import transaction
from django.utils import timezone
from django.utils.html import escape
from wagtail.contrib.search_promotions.models import Query, SearchPromotion
from wagtail.documents import get_document_model
from wagtail.models import Collection, Page

from home import defaults
from resources.models import Resource

from .models import (
    BusinessSectorPage,
    CampaignMoment,
    CampaignPage,
    ContentPage,
    CouncilArea,
    LeadProfessional,
    Sector,
)

_HELPLINES = {name: number for name, number, _ in defaults.NATIONAL_HELPLINES}
EMERGENCY = defaults.EMERGENCY_NUMBER
CHILDLINE = _HELPLINES["Childline"]
NSPCC = _HELPLINES["NSPCC helpline"]
CRIMESTOPPERS = _HELPLINES["Crimestoppers"]
POLICE_NON_EMERGENCY = _HELPLINES["Police (not an emergency)"]

AWARENESS_DAY = (3, 18)  # National Child Exploitation Awareness Day: 18 March


def html(source):
    """Rich text written over several lines, joined the way the editor stores it."""
    return re.sub(r">\s+<", "><", " ".join(source.split()))


class Links:
    """Turns site paths into Wagtail page links, or plain text when no such page
    exists (the report pages, for example, may not have been built yet)."""

    def __init__(self, home):
        self.home = home
        self._cache = {}

    def page(self, path):
        if path not in self._cache:
            url_path = self.home.url_path + path.lstrip("/")
            self._cache[path] = Page.objects.filter(url_path=url_path).first()
        return self._cache[path]

    def a(self, path, label):
        page = self.page(path)
        if page is None:
            return escape(label)
        return f'<a linktype="page" id="{page.pk}">{escape(label)}</a>'


# Pages ---------------------------------------------------------------------------


@dataclass
class PageSpec:
    model: type
    slug: str
    fields: dict[str, Any]
    moments: list[tuple[datetime.date, str, str]] = field(default_factory=list)


def _without_block_ids(value):
    if isinstance(value, dict):
        return {key: _without_block_ids(item) for key, item in value.items() if key != "id"}
    if isinstance(value, list):
        return [_without_block_ids(item) for item in value]
    return value


def _comparable(stream_value):
    return _without_block_ids(
        [
            {"type": child.block_type, "value": child.block.get_prep_value(child.value)}
            for child in stream_value
        ]
    )


def _stream(blocks):
    return [{"type": block_type, "value": value} for block_type, value in blocks]


def ensure_page(parent, spec):
    """The page at ``spec.slug`` under ``parent``, created or brought up to date."""
    page = parent.get_children().filter(slug=spec.slug).first()
    if page is not None and page.specific_class is not spec.model:
        raise ValueError(
            f"The page '{page.url_path}' is a {page.specific_class.__name__}, not a "
            f"{spec.model.__name__}. Move it or delete it, then seed again."
        )
    values = {}
    for name, value in spec.fields.items():
        model_field = spec.model._meta.get_field(name)
        if hasattr(model_field, "stream_block"):
            value = model_field.stream_block.to_python(_stream(value))
        values[name] = value
    created = page is None
    if created:
        page = spec.model(slug=spec.slug, **values)
        parent.add_child(instance=page)
        changed = True
    else:
        page = page.specific
        changed = False
        for name, value in values.items():
            current = getattr(page, name)
            if hasattr(value, "stream_block"):
                differs = _comparable(current) != _comparable(value)
            else:
                differs = current != value
            if differs:
                setattr(page, name, value)
                changed = True
    if spec.model is CampaignPage:
        wanted = [(date, title, text) for date, title, text in spec.moments]
        current = [(m.date, m.title, m.description) for m in page.moments.all()]
        if wanted != current:
            page.moments = [
                CampaignMoment(date=date, title=title, description=text, sort_order=order)
                for order, (date, title, text) in enumerate(wanted)
            ]
            changed = True
    if changed or page.has_unpublished_changes or not page.live:
        page.save_revision().publish()
    return page


# The Know and See campaign hub ------------------------------------------------------

CAMPAIGN_SIGNS = [
    ("A child has gifts, money or a new phone that nobody can explain.", ""),
    (
        "A child is seen with older people the family does not know.",
        "They may be picked up in cars, or talk about a new, much older boyfriend or girlfriend.",
    ),
    (
        "A child goes missing, stays out late or comes home at odd hours.",
        "Going missing can put a child at risk, and it can also be a sign that "
        "someone is already exploiting them.",
    ),
    ("A child is secretive about their phone, or has a second phone.", ""),
    (
        "A child becomes withdrawn, angry or scared, or drops old friends.",
        "They may start missing school, drinking or taking drugs.",
    ),
    ("A child is in hotels, flats or parties with adults they hardly know.", ""),
]

NEWSLETTER_TEXT = """Know and See: the more you know, the more you see

Child sexual exploitation is a form of child abuse. An adult or an older young
person gives a child something they want or need, such as gifts, money, attention
or a place to stay, and then pressures them into sexual activity. It can happen in
person or online, to girls and to boys.

People who exploit children rely on nobody noticing. Once you know the signs, you
start to see them:

- gifts, money or a new phone that nobody can explain
- older friends the family has never met, or lifts from people nobody knows
- going missing, staying out late or coming home at odd hours
- being secretive about their phone, or having a second phone
- sudden changes in mood, friends or behaviour

If a child is in danger now, call 999.
If you are worried about a child, or have seen something that does not feel
right, tell the police on 101 or Crimestoppers on 0800 555 111 without giving your
name. The NSPCC helpline (0808 800 5000) can talk it through with you.
Children and young people can call Childline free on 0800 1111 at any time.

Find out more on the Pan-Cheshire Know and See website.
"""

SOCIAL_TEXT = """Know and See: posts for social media

Each post is short enough for any platform. Add a link to the Know and See
website after the text.

1. The more you know, the more you see. Learn the signs of child sexual
   exploitation and what to do. #KnowAndSee

2. Gifts, money or a new phone nobody can explain? It could be a sign that a child
   is being groomed. #KnowAndSee

3. Abusers rely on nobody noticing. If something does not feel right about a child,
   tell someone. In danger now? Call 999. #KnowAndSee

4. Young people: if someone gives you things and then wants something sexual back,
   it is not your fault. Call Childline free on 0800 1111. #KnowAndSee

5. Drive a taxi, work in a hotel or run a venue? You may see what others miss.
   Report it on 101 and quote Operation Makesafe. #KnowAndSee
"""

CAMPAIGN_DOCUMENTS = [
    (
        "Know and See: text for newsletters",
        "know-and-see-newsletter-text.txt",
        NEWSLETTER_TEXT,
    ),
    (
        "Know and See: posts for social media",
        "know-and-see-social-media-posts.txt",
        SOCIAL_TEXT,
    ),
]


# Posters and school packs the campaign offers from the resource library
# (resources.demo.RESOURCES), by title. seed_demo seeds the library first; a title it
# does not have is skipped.
CAMPAIGN_RESOURCES = [
    "Know and See: signs of exploitation in your neighbourhood",
    "Hotels and accommodation: a poster for staff areas",
    "Secrets, surprises and telling someone: a lesson for Years 5 and 6",
    "Healthy relationships and consent: a lesson for Years 9 and 10",
    "Operation Makesafe: a short guide for business owners",
]


def library_resources(home):
    """The campaign's resources from the library, in CAMPAIGN_RESOURCES order."""
    by_title = {
        resource.title: resource
        for resource in Resource.objects.listed().filter(
            locale_id=home.locale_id, title__in=CAMPAIGN_RESOURCES
        )
    }
    return [by_title[title] for title in CAMPAIGN_RESOURCES if title in by_title]


def ensure_documents():
    """The campaign's downloadable texts as Wagtail documents, looked up by title."""
    Document = get_document_model()
    collection = Collection.get_first_root_node()
    documents = []
    for title, filename, content in CAMPAIGN_DOCUMENTS:
        document = Document.objects.filter(title=title).first()
        data = content.encode()
        if document is None or document.file_hash != hashlib.sha1(data).hexdigest():
            if document is None:
                document = Document(title=title, collection=collection)
            document.file.save(filename, ContentFile(data), save=False)
            document.file_size = len(data)
            document.file_hash = hashlib.sha1(data).hexdigest()
            document.save()
        documents.append(document)
    return documents


def _next_date(today, month, day):
    this_year = datetime.date(today.year, month, day)
    return this_year if this_year >= today else datetime.date(today.year + 1, month, day)


def campaign_moments(today):
    """Moments relative to today, so the demo always has dates coming up and past."""
    next_day = _next_date(today, *AWARENESS_DAY)
    last_day = next_day.replace(year=next_day.year - 1)
    school_year = _next_date(today, 9, 1)
    return [
        (
            last_day,
            "National Child Exploitation Awareness Day",
            "Schools, youth groups and businesses across Cheshire shared the Know and "
            "See signs and posters.",
        ),
        (
            next_day,
            "National Child Exploitation Awareness Day",
            "A national day to talk about exploitation. Share the posters and the posts "
            "for social media, and talk to the young people you know about the signs.",
        ),
        (
            school_year,
            "Start of the school year",
            "Schools share the pages for Years 5 and 6 and for parents in their first "
            "newsletter of the year.",
        ),
    ]


def campaign_spec(links, documents, sector_pages, today, resources=()):
    concern = links.a("/report-a-concern/", "report a concern")
    share = links.a("/share-information/", "share information with the police")
    what_to_do = html(
        f"""
        <p>If a child is in danger now, call {EMERGENCY}.</p>
        <p>If you are worried about a child, {concern}. If you know something about
        people, places or vehicles, you can {share}. You can
        also call the police on {POLICE_NON_EMERGENCY}, or Crimestoppers on
        {CRIMESTOPPERS} without giving your name.</p>
        <p>Not sure? Call the NSPCC helpline on {NSPCC} to talk it through. You do not
        need to be sure to pass on what you saw.</p>
        """
    )
    assets = (
        [("resource", resource.pk) for resource in resources]
        + [
            (
                "asset",
                {
                    "title": document.title,
                    "description": description,
                    "document": document.pk,
                    "page": None,
                },
            )
            for document, description in zip(
                documents,
                [
                    "Copy this text into a school, parish or community newsletter.",
                    "Five short posts to share on your organisation's social media.",
                ],
                strict=True,
            )
        ]
        + [
            (
                "asset",
                {
                    "title": f"Poster for {page.title[0].lower()}{page.title[1:]}",
                    "description": "An A4 poster to print, with a QR code that opens the form "
                    "to share information with the police.",
                    "document": None,
                    "page": page.pk,
                },
            )
            for page in sector_pages
        ]
    )
    return PageSpec(
        model=CampaignPage,
        slug="know-and-see",
        fields={
            "title": "Know and See",
            "summary": (
                "Our campaign against child sexual exploitation. Learn the signs, share "
                "the posters and know what to do if you are worried about a child."
            ),
            "strapline": "The more you know, the more you see",
            "intro": html(
                f"""
                <p>Child sexual exploitation often happens in plain sight. The people
                who do it rely on nobody noticing. Once you know the signs, you start to
                see them, and you can act.</p>
                <p>Know and See is run by the safeguarding children partnerships of
                Cheshire East, Cheshire West and Chester, Halton and Warrington, with
                Cheshire Police. It is for parents, neighbours, businesses, and everyone
                who works with children. There are pages for
                {links.a("/young-people/", "young people")} too.</p>
                """
            ),
            "signs": [
                ("sign", {"sign": sign, "detail": detail}) for sign, detail in CAMPAIGN_SIGNS
            ],
            "what_to_do": what_to_do,
            "assets": assets,
            "body": [("get_help_now", {"heading": "Get help now", "text": ""})],
        },
        moments=campaign_moments(today),
    )


# Top 10 things you need to know (for young people, reading age 12 or below) -------

TOP_TEN = [
    (
        "It is never your fault",
        "<p>Even if you said yes at first. Even if you went somewhere you were told not "
        "to go. The person who hurts you is to blame. You will not be in trouble for "
        "telling.</p>",
    ),
    (
        "Gifts can come with a catch",
        "<p>Someone might give you things like phone credit, vapes, food, lifts or "
        "money. Later they may say you owe them. Nobody should ask you for sexual "
        "things in return.</p>",
    ),
    (
        "Being made to feel special can be a trick",
        "<p>Groomers often start by being really kind. They might say you are mature, "
        "or that they get you better than anyone else. This is how they get close to "
        "you.</p>",
    ),
    (
        "Secrets are a warning sign",
        "<p>If someone tells you to keep your chats, gifts or meetings secret, that is "
        "a red flag. Safe people do not ask you to hide things from the adults who "
        "look after you.</p>",
    ),
    (
        "People online are not always who they say",
        "<p>Someone who says they are 14 could be much older. Take care if a new "
        "online friend asks lots of questions, wants to chat on a private app, or wants "
        "to meet up.</p>",
    ),
    (
        "Nobody should ask you for nudes",
        "<p>It is against the law for anyone to ask someone under 18 for a nude photo "
        "or video. If someone asks, say no and tell someone. If you already sent one, "
        "you are not in trouble. You can get help to have it taken down.</p>",
    ),
    (
        "Threats are abuse",
        "<p>Some people say they will share a photo, or hurt you or your family, unless "
        "you do what they want. Do not pay them or send more. Keep the messages and "
        "tell a safe adult.</p>",
    ),
    (
        "Older friends with cars, parties and places to stay",
        "<p>Take care if older people offer you lifts, drink, drugs or a place to hang "
        "out. They may want something back. It is okay to say no and leave.</p>",
    ),
    (
        "Tell a safe adult",
        "<p>This could be a parent, carer, teacher, school nurse, youth worker or "
        "someone else you trust. If the first person does not listen, keep telling "
        "until someone does.</p>",
    ),
    (
        "You can get help at any time",
        f"<p>Call Childline free on {CHILDLINE}, day or night. You can talk about "
        f"anything. If you are in danger now, call {EMERGENCY}.</p>",
    ),
]


def top_ten_spec(links):
    photo = links.a("/young-people/someone-has-a-photo-of-me/", "find out what to do")
    return PageSpec(
        model=ContentPage,
        slug="top-10-things-you-need-to-know",
        fields={
            "title": "Top 10 things you need to know",
            "summary": (
                "Ten things that help keep you safe from grooming and sexual "
                "exploitation. Share them with your friends."
            ),
            "body": [
                (
                    "text",
                    html(
                        """
                        <p>People who groom young people use the same tricks again and
                        again. If you know them, you can spot them. Here are ten things
                        to know.</p>
                        """
                    ),
                ),
                (
                    "top_ten",
                    {
                        "heading": "",
                        "items": [{"title": title, "body": body} for title, body in TOP_TEN],
                    },
                ),
                (
                    "callout",
                    {
                        "heading": "Need to talk?",
                        "body": html(
                            f"""
                            <p>Call Childline on {CHILDLINE}. It is free.</p>
                            <p>If someone has a photo of you, {photo}.</p>
                            """
                        ),
                    },
                ),
            ],
        },
    )


# Business sectors -----------------------------------------------------------------

SECTOR_WHAT_TO_DO = html(
    f"""
    <p>If it is not an emergency, tell the police what you saw. Share it through this
    site with the button below, or call {POLICE_NON_EMERGENCY} and quote Operation
    Makesafe, the police's scheme that helps businesses spot and report child sexual
    exploitation.</p>
    <p>Write down what you saw as soon as you can: the time and place, what people
    looked like, and any car registrations, room numbers or names you heard.</p>
    <p>You do not need to be sure. The police put what you tell them together with
    what they already know. If you would rather not give your name, call
    Crimestoppers on {CRIMESTOPPERS}.</p>
    """
)

COMMON_CHECKLIST = [
    "Make sure every member of staff, including night and weekend staff, knows the signs.",
    "Put the poster up where staff will see it.",
    "Name a safeguarding lead for your business and tell staff who it is.",
    "Keep a simple log of concerns: date, time, place and what was seen.",
    "Tell staff they can call the police themselves if a child is at risk, without "
    "waiting for a manager.",
]

SECTORS = [
    {
        "slug": "taxi-and-private-hire",
        "sector": Sector.TAXI,
        "title": "Taxi and private hire",
        "summary": (
            "For taxi and private hire drivers and operators: the signs that a passenger "
            "may be a child at risk, and what to do on the night."
        ),
        "signs": [
            (
                "A child is taken to hotels, flats or parties late at night.",
                "Especially with adults who are not their family.",
            ),
            ("An adult pays for a child's journey but does not travel with them.", ""),
            (
                "A child does not know where they are going, or seems drunk, drugged or scared.",
                "",
            ),
            (
                "Different adults collect the same child.",
                "Or adults who seem out of place collect children from schools, children's "
                "homes or youth clubs.",
            ),
            ("Passengers talk about a child in a sexual way.", ""),
        ],
        "checklist": [
            *COMMON_CHECKLIST,
            "Operators: keep booking records, so the police can follow up a journey.",
        ],
    },
    {
        "slug": "hotels-and-accommodation",
        "sector": Sector.HOTEL,
        "title": "Hotels and accommodation",
        "summary": (
            "For hotels, guest houses and short-term lets: the signs that a young guest "
            "or visitor may be at risk, and what to do."
        ),
        "signs": [
            ("An adult books a room for a young person, or a group brings young people.", ""),
            ("A young person arrives with older adults who are not their family.", ""),
            ("Many visitors go to one room, especially young people.", ""),
            (
                "A room is paid for in cash, with no luggage and few details given.",
                "",
            ),
            ("Alcohol or drugs are taken to a room where young people are.", ""),
            (
                "A young person seems frightened, drunk, hurt or unsure where they are.",
                "",
            ),
        ],
        "checklist": [
            *COMMON_CHECKLIST,
            "Check who a room is for when a booking does not look right.",
        ],
    },
    {
        "slug": "leisure",
        "sector": Sector.LEISURE,
        "title": "Leisure: food outlets, gyms, shopping centres and venues",
        "summary": (
            "For takeaways, cafés, gyms, shopping centres, pubs and venues: the signs "
            "that a young person may be at risk, and what to do."
        ),
        "signs": [
            ("Adults buy young people food, drinks, vapes or gifts, or give them money.", ""),
            ("Older people hang around where young people meet, or offer them lifts.", ""),
            ("Young people are with older adults late at night or in school hours.", ""),
            ("A young person is touched, pressured or moved on by someone older.", ""),
            ("A young person seems scared of, or controlled by, the people they are with.", ""),
        ],
        "checklist": [
            *COMMON_CHECKLIST,
            "Security and door staff: know the signs and who to tell on your shift.",
        ],
    },
]


def sector_spec(sector):
    return PageSpec(
        model=BusinessSectorPage,
        slug=sector["slug"],
        fields={
            "title": sector["title"],
            "summary": sector["summary"],
            "sector": sector["sector"].value,
            "signs": [
                ("sign", {"sign": sign, "detail": detail}) for sign, detail in sector["signs"]
            ],
            "what_to_do": SECTOR_WHAT_TO_DO,
            "staff_checklist": [
                ("checklist", {"heading": "Staff checklist", "items": sector["checklist"]})
            ],
            "poster_report_line": "Not an emergency? Call 101 and quote Operation Makesafe.",
            "body": [],
        },
    )


# Professionals ---------------------------------------------------------------------

LEAD_ROLE = "Lead professional for child sexual exploitation"


def ensure_lead_professionals():
    """One record per council area, with no contact details: an editor adds and
    confirms them. Never invented."""
    leads = []
    for area in CouncilArea:
        organisation = f"{area.label} safeguarding children partnership"
        lead, _ = LeadProfessional.objects.get_or_create(
            area=area.value,
            organisation=organisation,
            defaults={"role_title": LEAD_ROLE},
        )
        leads.append(lead)
    return leads


PROFESSIONAL_LINKS = [
    (
        "The CSE screening tool",
        "Used across the four areas to identify children at risk of sexual exploitation "
        "and to track whether the risk is changing. Complete it with the child where you "
        "can.",
    ),
    (
        "Pan-Cheshire child sexual exploitation protocol",
        "The standards every agency follows when it responds to concerns about a child.",
    ),
    (
        "Local safeguarding children procedures",
        "How to refer a child to children's services in each area, and when to call a "
        "strategy discussion.",
    ),
    (
        "Multi-agency training on child sexual exploitation",
        "Courses for staff and volunteers, from awareness to advanced practice.",
    ),
]


def professionals_spec():
    return PageSpec(
        model=ContentPage,
        slug="lead-professionals-and-local-procedures",
        fields={
            "title": "Lead professionals and local procedures",
            "summary": (
                "Who leads on child sexual exploitation in each area, and where to find "
                "the screening tool, local procedures and training."
            ),
            "body": [
                (
                    "text",
                    html(
                        """
                        <p>Each safeguarding children partnership names a lead
                        professional for child sexual exploitation. Each agency in the
                        partnership names one too. They are the single point of contact
                        for their agency: ask them for advice, support and the latest
                        local guidance.</p>
                        <p>Contact details are added here once the partnership has
                        confirmed them. Until then, ask your designated safeguarding
                        lead.</p>
                        """
                    ),
                ),
                (
                    "lead_professionals",
                    {
                        "heading": "Lead professionals for child sexual exploitation",
                        "lead_professionals": [],
                    },
                ),
                (
                    "professional_links",
                    {
                        "heading": "Local procedures and tools",
                        "links": [
                            {"title": title, "description": text, "page": None, "url": ""}
                            for title, text in PROFESSIONAL_LINKS
                        ],
                    },
                ),
            ],
        },
    )


# Promoted search results -------------------------------------------------------------

# Search term -> the pages to put first, by site path, most useful first. Paths that
# are not pages of the site (yet) are skipped.
PROMOTIONS = {
    "help": [
        ("/get-help/", "Who to call and how to get help now."),
        ("/what-is-child-sexual-exploitation/", "What it is, the signs, and who can help."),
        ("/report-a-concern/", "Tell us if you are worried about a child."),
    ],
    "scared": [
        ("/young-people/", "It is not your fault. Find out who can help."),
        ("/report-a-concern/", "Tell us what is happening."),
    ],
    "nudes": [
        (
            "/young-people/someone-has-a-photo-of-me/",
            "If someone has a photo of you or is asking for one.",
        ),
    ],
    "report": [
        ("/report-a-concern/", "Tell us if you are worried about a child."),
        ("/share-information/", "Tell the police about people, places or vehicles."),
    ],
}


def ensure_promotions(links):
    for term, targets in PROMOTIONS.items():
        pages = [(links.page(path), text) for path, text in targets]
        pages = [(page, text) for page, text in pages if page is not None]
        if not pages:
            continue
        query, _ = Query.objects.get_or_create(query_string=term)
        for order, (page, text) in enumerate(pages):
            promotion = SearchPromotion.objects.filter(query=query, page=page).first()
            if promotion is None:
                SearchPromotion.objects.create(
                    query=query, page=page, description=text, sort_order=order
                )
            elif (promotion.description, promotion.sort_order) != (text, order):
                promotion.description, promotion.sort_order = text, order
                promotion.save()


# Entry point ----------------------------------------------------------------------


def _child(parent, slug):
    page = parent.get_children().filter(slug=slug).first()
    return page.specific if page else None


@transaction.atomic
def seed_campaign_and_sectors(home, today=None):
    """Build or update this part of the demo beneath ``home`` (the HomePage)."""
    today = today or timezone.localdate()
    links = Links(home)

    sector_pages = []
    businesses = _child(home, "businesses")
    if businesses is not None:
        sector_pages = [ensure_page(businesses, sector_spec(sector)) for sector in SECTORS]

    young_people = _child(home, "young-people")
    if young_people is not None:
        ensure_page(young_people, top_ten_spec(links))

    ensure_lead_professionals()
    professionals = _child(home, "professionals")
    if professionals is not None:
        ensure_page(professionals, professionals_spec())

    documents = ensure_documents()
    resources = library_resources(home)
    ensure_page(home, campaign_spec(links, documents, sector_pages, today, resources))

    ensure_promotions(Links(home))
