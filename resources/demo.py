"""The demo resource library: the library page, its audiences and topics, and the
resources, written as plain Python data.

``seed_resources(home_page)`` is safe to run again: terms are looked up by slug,
resources and documents by title, the page by its slug under home, and each is
changed only when it differs from the copy here. Documents are real PDFs made by
``resources.demo_pdf``. Only the national numbers in ``home.defaults`` appear.
"""

import datetime
from dataclasses import dataclass

from django.core.files.base import ContentFile
from django.core.management.base import CommandError
from django.utils.text import slugify
from wagtail.documents import get_document_model
from wagtail.models import Page

from home import defaults

from .demo_pdf import make_pdf
from .factories import PdfDocumentFactory, ResourceIndexPageFactory
from .models import Audience, Format, Resource, ResourceIndexPage, Topic

_HELPLINES = {name: number for name, number, _ in defaults.NATIONAL_HELPLINES}
EMERGENCY = defaults.EMERGENCY_NUMBER
CHILDLINE = _HELPLINES["Childline"]
NSPCC = _HELPLINES["NSPCC helpline"]
CRIMESTOPPERS = _HELPLINES["Crimestoppers"]
POLICE = _HELPLINES["Police (not an emergency)"]

# Slugs match the audience landing pages' audiences (audiences.models.Audience).
AUDIENCES = [
    ("young-people", "Young people"),
    ("years-5-6", "Years 5 and 6 (ages 9 to 11)"),
    ("parents-carers", "Parents and carers"),
    ("communities", "Communities"),
    ("businesses", "Businesses"),
    ("professionals", "Professionals and the children's workforce"),
]
TOPICS = [
    ("grooming", "Grooming"),
    ("online-safety", "Online safety"),
    ("healthy-relationships", "Healthy relationships"),
    ("going-missing", "Going missing"),
    ("signs-of-cse", "Signs of exploitation"),
    ("getting-help", "Getting help"),
]

YP, YEARS_5_6, PARENTS, COMMUNITIES, BUSINESSES, PROFESSIONALS = (slug for slug, _ in AUDIENCES)

LIBRARY_SLUG = "resources"
LIBRARY_TITLE = "Resources"
LIBRARY_SUMMARY = (
    "Leaflets, posters, lesson plans and guides to download, print and share. "
    "Many were made with young people from across Cheshire."
)
LIBRARY_INTRO = (
    "<p>Everything here is free to download, print and share. Choose who it is for, a "
    "topic, a format or an age to narrow the list, then press Apply filters.</p>"
    "<p>Many of these resources were made with groups of young people from Cheshire East, "
    "Cheshire West and Chester, Halton and Warrington. They told us what to say, what to "
    "leave out and what would make people their age take notice.</p>"
)

REVIEW_SPRING = datetime.date(2027, 3, 31)
REVIEW_AUTUMN = datetime.date(2027, 9, 30)

# What every PDF ends with.
GET_HELP_NOW = [
    ("h", "Get help"),
    ("li", f"If someone is in danger now, call {EMERGENCY}."),
    ("li", f"To tell the police about something that is not an emergency, call {POLICE}."),
    ("li", f"Young people can talk to Childline free on {CHILDLINE}, any time."),
    ("li", f"Adults worried about a child can call the NSPCC helpline on {NSPCC}."),
    (
        "li",
        f"To pass on information without giving your name, call Crimestoppers on {CRIMESTOPPERS}.",
    ),
]


@dataclass
class Pdf:
    """A document we host, written here and made into a PDF."""

    blocks: list


@dataclass
class OnSite:
    """A page of the demo site, by its path."""

    path: str


@dataclass
class Link:
    """Another organisation's site: only well-known home pages."""

    url: str


@dataclass
class DemoResource:
    title: str
    summary: str
    format: str
    audiences: list[str]
    topics: list[str]
    ages: tuple[int, int | None]
    target: Pdf | OnSite | Link
    credit: str = ""
    review_date: datetime.date = REVIEW_AUTUMN
    language: str = "en"

    def __post_init__(self):
        if len(self.summary) > 300:
            raise ValueError(f"The summary of '{self.title}' is longer than 300 characters.")


WARRINGTON_YOUTH = "Made with young people from a Warrington youth group"
HALTON_YEAR_6 = "Made with a group of Year 6 pupils from a Halton primary school"
CHESHIRE_EAST_COUNCIL = "Made with members of a Cheshire East youth council"
CWAC_CARE = "Made with care-experienced young people in Cheshire West and Chester"
HALTON_FORUM = "Made with young people from a Halton youth forum"

RESOURCES = [
    # Young people -----------------------------------------------------------------
    DemoResource(
        title="Is it OK? A pocket guide to healthy relationships",
        summary=(
            "What a healthy relationship looks like, what pressure and control look like, "
            "and what to do if something does not feel right. Small enough to fold into a "
            "phone case."
        ),
        format=Format.LEAFLET,
        audiences=[YP],
        topics=["healthy-relationships", "signs-of-cse"],
        ages=(12, 17),
        credit=WARRINGTON_YOUTH,
        target=Pdf(
            [
                (
                    "p",
                    "Everyone deserves to feel safe, respected and listened to. Use this "
                    "guide to check how things are with a boyfriend, girlfriend, friend or "
                    "someone you met online.",
                ),
                ("h", "This is OK"),
                ("li", "You can say no, and they accept it without sulking or threats."),
                ("li", "You can see your friends and family whenever you like."),
                ("li", "They do not ask you to keep the relationship secret."),
                ("li", "You feel like yourself when you are with them."),
                ("h", "This is not OK"),
                ("li", "They check your phone or want to know where you are all the time."),
                ("li", "They give you presents, money, lifts or vapes, then say you owe them."),
                ("li", "They ask for nude pictures or send you sexual messages."),
                ("li", "They are much older than you and say people your age are immature."),
                ("li", "They make you feel scared to say no."),
                ("h", "It is never your fault"),
                (
                    "p",
                    "If any of the 'not OK' list sounds familiar, talk to an adult you trust: "
                    "a parent, carer, teacher, youth worker or school nurse. You will not be "
                    "in trouble.",
                ),
                *GET_HELP_NOW,
            ]
        ),
    ),
    DemoResource(
        title="Who are you really talking to? Games and chat",
        summary=(
            "A poster for classrooms and youth clubs about people who pretend to be "
            "someone else online, the things they say, and why it is always OK to stop "
            "chatting and tell someone."
        ),
        format=Format.POSTER,
        audiences=[YP, YEARS_5_6],
        topics=["online-safety", "grooming"],
        ages=(9, 14),
        credit=HALTON_YEAR_6,
        target=Pdf(
            [
                ("h", "Not everyone online is who they say they are"),
                ("p", "Be careful if someone you only know from a game or a chat:"),
                ("li", "asks how old you are, where you live or which school you go to"),
                ("li", "offers you skins, coins or gift cards for free"),
                ("li", "wants to move to a private chat or a different app"),
                ("li", "asks you to keep your chats a secret"),
                ("li", "asks for a photo, or sends you one that makes you feel uncomfortable"),
                ("h", "You can always stop"),
                (
                    "p",
                    "Leave the chat, block them and tell an adult you trust. You are not in "
                    "trouble, even if you said or sent something you wish you had not.",
                ),
                *GET_HELP_NOW,
            ]
        ),
    ),
    DemoResource(
        title="My safe adults: a hand to fill in",
        summary=(
            "Draw round your hand and write the name of a grown-up you trust on each "
            "finger. Keep it where you will see it, so you always know who to tell."
        ),
        format=Format.POSTER,
        audiences=[YEARS_5_6, PARENTS],
        topics=["getting-help"],
        ages=(9, 11),
        credit=HALTON_YEAR_6,
        target=Pdf(
            [
                ("p", "A safe adult is a grown-up who listens to you, stays calm and helps you."),
                ("h", "Make your hand"),
                ("li", "Draw round your hand on this page."),
                (
                    "li",
                    "On each finger, write the name of a safe adult. It could be someone at "
                    "home, at school or at a club.",
                ),
                ("li", "Put it on your wall or in your school bag."),
                ("h", "When to tell a safe adult"),
                ("li", "Someone online asks you to keep a secret."),
                ("li", "Someone asks you for a photo of yourself."),
                ("li", "Someone sends you a picture that makes you feel worried."),
                ("li", "Something makes you feel scared, sad or mixed up."),
                (
                    "p",
                    "If the first adult does not help, tell the next one on your hand. "
                    "Keep telling until someone helps.",
                ),
                (
                    "p",
                    f"You can call Childline for free on {CHILDLINE}. If you are in danger "
                    f"now, call {EMERGENCY}.",
                ),
            ]
        ),
    ),
    DemoResource(
        title="Someone has a photo of me: what to do next",
        summary=(
            "Step-by-step help if a nude or sexual picture of you has been shared, or "
            "someone is threatening to share one. You are not in trouble, and it can be "
            "sorted out."
        ),
        format=Format.WEB_GUIDE,
        audiences=[YP],
        topics=["online-safety", "getting-help"],
        ages=(11, 17),
        target=OnSite("/young-people/someone-has-a-photo-of-me/"),
        review_date=REVIEW_SPRING,
    ),
    DemoResource(
        title="Childline: talk to someone about anything",
        summary=(
            f"Childline is free and confidential for anyone under 19. You can call "
            f"{CHILDLINE}, or chat online on their website, about anything that is "
            "worrying you, big or small."
        ),
        format=Format.WEB_GUIDE,
        audiences=[YP, YEARS_5_6],
        topics=["getting-help"],
        ages=(9, 18),
        target=Link("https://www.childline.org.uk/"),
    ),
    DemoResource(
        title="Report online sexual abuse to CEOP",
        summary=(
            "CEOP is the part of the National Crime Agency that helps children who are "
            "being sexually abused or groomed online. Young people, parents and "
            "professionals can make a report on its website."
        ),
        format=Format.WEB_GUIDE,
        audiences=[YP, PARENTS, PROFESSIONALS],
        topics=["online-safety", "grooming", "getting-help"],
        ages=(11, None),
        target=Link("https://www.ceop.police.uk/"),
    ),
    DemoResource(
        title="Thinkuknow: films and activities about staying safe online",
        summary=(
            "Thinkuknow is the education programme from CEOP. Its website has short "
            "films and activities about online friendships, nudes and grooming, with "
            "sections for different ages and for the adults around them."
        ),
        format=Format.VIDEO,
        audiences=[YP, YEARS_5_6, PARENTS, PROFESSIONALS],
        topics=["online-safety", "grooming"],
        ages=(9, 17),
        target=Link("https://www.thinkuknow.co.uk/"),
    ),
    DemoResource(
        title="Going missing: why people worry and who can help",
        summary=(
            "Why adults worry when you go missing, what a return home interview is for, "
            "and how to get help if someone is pressuring you to stay out or go places."
        ),
        format=Format.LEAFLET,
        audiences=[YP],
        topics=["going-missing", "getting-help"],
        ages=(12, 17),
        credit=CWAC_CARE,
        target=Pdf(
            [
                (
                    "p",
                    "Sometimes people run away, stay out or do not come home. There is "
                    "usually a reason. This leaflet explains what happens next and who can "
                    "help.",
                ),
                ("h", "Why people worry"),
                (
                    "p",
                    "Young people who go missing are more likely to be hurt or exploited. "
                    "Some adults look out for young people who are away from home and offer "
                    "them a place to stay, food, alcohol or drugs, then say they owe them.",
                ),
                ("h", "When you come back"),
                (
                    "p",
                    "You will be offered a return home interview with someone who is not "
                    "the police and not your family. It is a chance to say why you went, "
                    "whether anything happened, and what would help. You choose what to "
                    "share.",
                ),
                ("h", "If someone is pressuring you"),
                ("li", "Being asked to carry things, keep secrets or go to places you do not know"),
                ("li", "Being given a phone, money or gifts by someone you hardly know"),
                ("li", "Being told you will get into trouble if you stop"),
                (
                    "p",
                    "None of this is your fault. Tell an adult you trust, or call Childline.",
                ),
                *GET_HELP_NOW,
            ]
        ),
    ),
    DemoResource(
        title="Ten things we want every young person to know",
        summary=(
            "Young people chose these ten messages about exploitation: what it is, how it "
            "starts, why it is never your fault, and how to get help. For school corridors, "
            "youth clubs and bedroom walls."
        ),
        format=Format.POSTER,
        audiences=[YP],
        topics=["signs-of-cse", "grooming", "getting-help"],
        ages=(12, 17),
        credit=CHESHIRE_EAST_COUNCIL,
        target=Pdf(
            [
                ("li", "Exploitation is when someone uses you for sex or sexual pictures."),
                ("li", "It can happen to anyone, of any gender, from any family."),
                ("li", "It often starts with kindness: attention, gifts, lifts or a place to go."),
                ("li", "The person might be older, a friend, a boyfriend or girlfriend."),
                ("li", "It can happen online, and it can happen in person."),
                ("li", "Being pressured into sexual things is never OK, whatever you agreed."),
                ("li", "Something you were given does not mean you owe anyone anything."),
                ("li", "It is never your fault, even if you went along with it."),
                ("li", "Telling someone is brave, and it is the first step to it stopping."),
                ("li", "There are people whose job is to help you, without judging you."),
                *GET_HELP_NOW,
            ]
        ),
    ),
    DemoResource(
        title="Secrets, surprises and telling someone: a lesson for Years 5 and 6",
        summary=(
            "A lesson of about 45 minutes on the difference between a good surprise and a "
            "bad secret, and on the trusted adults pupils can tell. With teacher's notes "
            "and a worksheet."
        ),
        format=Format.LESSON_PLAN,
        audiences=[PROFESSIONALS, YEARS_5_6],
        topics=["grooming", "healthy-relationships", "getting-help"],
        ages=(9, 11),
        credit=HALTON_YEAR_6,
        target=Pdf(
            [
                ("h", "What pupils will learn"),
                ("li", "A surprise is something nice that everyone will find out about soon."),
                ("li", "A secret that makes you worried, sad or confused is one to tell."),
                ("li", "Who the trusted adults in their life are, at home and at school."),
                ("h", "Starter: ten minutes"),
                (
                    "p",
                    "Read out short examples, such as a birthday present hidden from a "
                    "brother, or an online friend who says 'do not tell your mum about our "
                    "chats'. Pupils stand up for a surprise and sit down for a secret to "
                    "tell.",
                ),
                ("h", "Main activity: twenty-five minutes"),
                (
                    "p",
                    "In pairs, pupils draw their hand and write a trusted adult on each "
                    "finger. Talk about what makes an adult safe to tell: they listen, they "
                    "stay calm and they help.",
                ),
                ("h", "Plenary: ten minutes"),
                (
                    "p",
                    "Ask pupils what they would say to a friend who had a worrying secret. "
                    "End by reminding everyone they can always tell you, and about Childline.",
                ),
                ("h", "Teacher's notes"),
                (
                    "p",
                    "A pupil may tell you something during or after this lesson. Listen, do "
                    "not promise to keep it secret, and follow your school's safeguarding "
                    "procedure the same day by telling your designated safeguarding lead.",
                ),
                *GET_HELP_NOW,
            ]
        ),
    ),
    DemoResource(
        title="Healthy relationships and consent: a lesson for Years 9 and 10",
        summary=(
            "A one-hour lesson using made-up stories to explore consent, pressure and "
            "control, and how an exploitative relationship can start. Tested and changed "
            "by young people before we published it."
        ),
        format=Format.LESSON_PLAN,
        audiences=[PROFESSIONALS, YP],
        topics=["healthy-relationships", "grooming", "signs-of-cse"],
        ages=(13, 15),
        credit=WARRINGTON_YOUTH,
        target=Pdf(
            [
                ("h", "Before you teach this lesson"),
                (
                    "p",
                    "Agree ground rules with the class: no personal stories, no names, and "
                    "anyone can step out. Tell your designated safeguarding lead when you "
                    "will teach it, in case a pupil tells you something.",
                ),
                ("h", "Learning outcomes"),
                ("li", "Explain what consent means and why it can be taken back at any time."),
                ("li", "Recognise pressure, control and gifts that come with strings."),
                ("li", "Know where to get help, in school and outside it."),
                ("h", "Activity: the story of Sam (made up)"),
                (
                    "p",
                    "Sam, who is fourteen, meets someone older at the bus station who gives "
                    "lifts and phone credit. Read the story in four parts. After each part, "
                    "groups decide whether anything is worrying yet, and why.",
                ),
                ("h", "Discussion questions"),
                ("li", "When did the relationship stop being OK?"),
                ("li", "What made it hard for Sam to say no?"),
                ("li", "Who could Sam tell, and what might stop Sam telling?"),
                ("h", "Closing the lesson"),
                (
                    "p",
                    "Finish with where to get help, and make sure pupils know it is never "
                    "the young person's fault.",
                ),
                *GET_HELP_NOW,
            ]
        ),
    ),
    # Parents and carers -------------------------------------------------------------
    DemoResource(
        title="Spotting the signs: a guide for parents and carers",
        summary=(
            "The changes to look out for in your child, why they can be easy to miss, and "
            "what to do if you are worried, including who to call and what to write down."
        ),
        format=Format.LEAFLET,
        audiences=[PARENTS],
        topics=["signs-of-cse", "grooming", "getting-help"],
        ages=(18, None),
        credit=HALTON_FORUM,
        target=Pdf(
            [
                (
                    "p",
                    "Child sexual exploitation can happen to any child in any family. Abusers "
                    "work hard to keep it hidden, so the signs can look like ordinary "
                    "teenage behaviour. Trust your instincts.",
                ),
                ("h", "Signs to look out for"),
                ("li", "New phones, clothes, money or vapes that they cannot explain"),
                ("li", "Older friends, or a boyfriend or girlfriend you have never met"),
                ("li", "Going missing, staying out late or coming home in cars you do not know"),
                ("li", "Secretive use of their phone, or several phones"),
                ("li", "Changes in mood, sleep or eating, or losing interest in friends"),
                ("li", "Signs of alcohol or drug use"),
                ("h", "What to do"),
                ("li", "Stay calm and keep talking. Your child needs you on their side."),
                ("li", "Write down what you notice, with dates, names and car details."),
                ("li", "Tell their school's designated safeguarding lead."),
                ("li", "Call the police on 101, or 999 if your child is in danger now."),
                *GET_HELP_NOW,
            ]
        ),
    ),
    DemoResource(
        title="Talking with your child about who they talk to",
        summary=(
            "How to start a conversation with your child about friends, online contacts "
            "and relationships, and keep it going, without it feeling like an interrogation."
        ),
        format=Format.WEB_GUIDE,
        audiences=[PARENTS],
        topics=["online-safety", "healthy-relationships"],
        ages=(18, None),
        target=OnSite("/parents-and-carers/talking-with-your-child/"),
        review_date=REVIEW_SPRING,
    ),
    DemoResource(
        title="Conversation starter cards for families",
        summary=(
            "Twelve questions young people told us they would actually answer, to print, "
            "cut out and keep by the table or in the car. For talking about friends, "
            "phones and feeling safe."
        ),
        format=Format.TOOLKIT,
        audiences=[PARENTS],
        topics=["healthy-relationships", "online-safety"],
        ages=(18, None),
        credit=CHESHIRE_EAST_COUNCIL,
        target=Pdf(
            [
                (
                    "p",
                    "Young people told us that questions work best when they are casual, "
                    "asked side by side rather than face to face, and when adults share "
                    "something too. Print this page, cut out the questions and pick one.",
                ),
                ("h", "Questions to try"),
                ("li", "Which app do you use most at the moment? What do you like about it?"),
                ("li", "Who makes you laugh the most at the moment?"),
                ("li", "Have you ever seen something online that felt a bit off?"),
                ("li", "What would you do if a friend was being pressured by someone?"),
                ("li", "What makes someone a good friend?"),
                ("li", "Is there anyone you have stopped talking to? What happened?"),
                ("li", "What do people your age think a good relationship looks like?"),
                ("li", "If you were in a tricky spot, who would you call?"),
                ("li", "What do adults get wrong about your generation online?"),
                ("li", "Has anyone ever asked you to keep a secret that felt wrong?"),
                ("li", "What should I do if I am worried about you? What would help?"),
                ("li", "What is one thing you wish I knew about your life online?"),
                *GET_HELP_NOW,
            ]
        ),
    ),
    DemoResource(
        title="NSPCC: advice for parents and carers",
        summary=(
            "The NSPCC's website has advice on keeping children safe at home, outside and "
            f"online. Its helpline, {NSPCC}, is for any adult who is worried about a child."
        ),
        format=Format.WEB_GUIDE,
        audiences=[PARENTS, COMMUNITIES, PROFESSIONALS],
        topics=["getting-help", "online-safety"],
        ages=(18, None),
        target=Link("https://www.nspcc.org.uk/"),
    ),
    DemoResource(
        title="If your child goes missing: what to do straight away",
        summary=(
            "A checklist for the first hour: who to call, what the police will ask, what "
            "to gather, and how to welcome your child home without blame."
        ),
        format=Format.LEAFLET,
        audiences=[PARENTS],
        topics=["going-missing", "getting-help"],
        ages=(18, None),
        target=Pdf(
            [
                ("h", "Call the police"),
                (
                    "p",
                    f"If you think your child is in danger, call {EMERGENCY}. Otherwise call "
                    f"{POLICE}. You do not have to wait any length of time before reporting a "
                    "child missing.",
                ),
                ("h", "Have these ready"),
                ("li", "A recent photo of your child and a description of what they wore"),
                ("li", "Their phone number and the apps they use to message"),
                ("li", "Names of friends, places they go and anyone you are worried about"),
                ("li", "Any cars, taxis or addresses you have noticed recently"),
                ("h", "While you wait"),
                ("li", "Keep your phone charged and with you."),
                ("li", "Ask a friend or relative to stay at home in case your child returns."),
                ("li", "Check their room for notes, tickets or a second phone."),
                ("h", "When they come home"),
                (
                    "p",
                    "Tell your child you are glad they are safe. Questions can wait. Let the "
                    "police know they are back; your child will be offered a return home "
                    "interview to talk about what happened.",
                ),
                *GET_HELP_NOW,
            ]
        ),
    ),
    # Communities ----------------------------------------------------------------------
    DemoResource(
        title="Know and See: signs of exploitation in your neighbourhood",
        summary=(
            "A poster for community centres, libraries, shops and noticeboards about the "
            "signs that a child may be being exploited nearby, and how to pass on what "
            "you have seen."
        ),
        format=Format.POSTER,
        audiences=[COMMUNITIES],
        topics=["signs-of-cse", "getting-help"],
        ages=(18, None),
        credit=WARRINGTON_YOUTH,
        target=Pdf(
            [
                ("h", "The more you know, the more you see"),
                ("p", "Have you noticed:"),
                ("li", "children or teenagers visiting a house or flat at all hours?"),
                ("li", "young people being picked up and dropped off by different cars?"),
                ("li", "adults buying alcohol, food or cigarettes for groups of teenagers?"),
                ("li", "a child who seems scared of, or controlled by, an older person?"),
                ("h", "Do not wait until you are sure"),
                (
                    "p",
                    "What you have seen could be the missing piece. Note the date, time, "
                    "place, and any names or car registrations, then pass it on.",
                ),
                *GET_HELP_NOW,
            ]
        ),
    ),
    DemoResource(
        title="What is child sexual exploitation?",
        summary=(
            "Both definitions side by side, the one young people wrote and the one in law, "
            "with how exploitation usually starts and what makes it different from other "
            "abuse."
        ),
        format=Format.WEB_GUIDE,
        audiences=[YP, PARENTS, COMMUNITIES, BUSINESSES, PROFESSIONALS],
        topics=["signs-of-cse", "grooming"],
        ages=(11, None),
        target=OnSite("/what-is-child-sexual-exploitation/"),
        review_date=REVIEW_SPRING,
    ),
    DemoResource(
        title="Passing on information: a guide for neighbours",
        summary=(
            "Why small details matter, what to write down, and the ways to tell the police "
            "what you know, including without giving your name."
        ),
        format=Format.LEAFLET,
        audiences=[COMMUNITIES, BUSINESSES],
        topics=["getting-help", "signs-of-cse"],
        ages=(18, None),
        target=Pdf(
            [
                (
                    "p",
                    "The police build a picture from many small pieces of information. A "
                    "car seen twice, a first name overheard, or a door that is always open "
                    "late at night can help protect a child, even if it seems like nothing "
                    "on its own.",
                ),
                ("h", "What to write down"),
                ("li", "The date, the time and exactly where you were"),
                ("li", "What you saw or heard, in your own words"),
                ("li", "Descriptions of people, and any names you heard"),
                ("li", "Car makes, colours and registration numbers"),
                ("h", "How to pass it on"),
                ("li", f"In an emergency, or if a child is in danger now, call {EMERGENCY}."),
                ("li", f"For anything else, call the police on {POLICE}."),
                (
                    "li",
                    f"To stay anonymous, call Crimestoppers on {CRIMESTOPPERS}. They will "
                    "not ask your name.",
                ),
                (
                    "p",
                    "You do not need to be sure, and you should not investigate yourself. "
                    "Just tell someone what you know.",
                ),
            ]
        ),
    ),
    # Businesses -----------------------------------------------------------------------
    DemoResource(
        title="Signs to look out for: a checklist for taxi and private hire drivers",
        summary=(
            "A one-page checklist to keep in the cab: the signs a passenger may be a child "
            "at risk, what to do at the time, and how to report it afterwards quoting "
            "Operation Makesafe."
        ),
        format=Format.LEAFLET,
        audiences=[BUSINESSES],
        topics=["signs-of-cse", "getting-help"],
        ages=(18, None),
        target=Pdf(
            [
                (
                    "p",
                    "Drivers see more of what happens at night than almost anyone. You may "
                    "be the only adult who notices a child in trouble.",
                ),
                ("h", "Signs to look out for"),
                ("li", "A young passenger with an older adult who is not a parent or carer"),
                ("li", "Young people being taken to hotels, parties or addresses late at night"),
                ("li", "A child who seems drunk, drugged, frightened or unsure where they are"),
                ("li", "Fares paid by someone who is not travelling"),
                ("li", "The same young person being picked up from different places"),
                ("li", "Passengers talking about a child in a sexual way"),
                ("h", "What to do"),
                ("li", f"If a child is in danger now, stop somewhere safe and call {EMERGENCY}."),
                ("li", "Note the time, pick-up and drop-off addresses and descriptions."),
                (
                    "li",
                    f"Report it to the police on {POLICE} and quote Operation Makesafe, the "
                    "police's scheme for businesses.",
                ),
                ("li", "Tell your licensing officer or operator, as your licence requires."),
                *GET_HELP_NOW,
            ]
        ),
    ),
    DemoResource(
        title="Hotels and accommodation: a poster for staff areas",
        summary=(
            "For reception, housekeeping and night staff: the signs at check-in and on "
            "shift that a child may be being exploited, and what to do about it."
        ),
        format=Format.POSTER,
        audiences=[BUSINESSES],
        topics=["signs-of-cse", "getting-help"],
        ages=(18, None),
        target=Pdf(
            [
                ("h", "Could a child be at risk in this building?"),
                ("li", "A room booked by an adult, with young people arriving later"),
                ("li", "Cash payments, no luggage, or a request for a room away from others"),
                ("li", "Lots of visitors to one room, especially late at night"),
                ("li", "A young person who seems frightened, drunk or controlled"),
                ("li", "Requests not to be disturbed for long periods"),
                ("h", "What to do"),
                ("li", "Tell your duty manager straight away."),
                ("li", f"If a child is in danger now, call {EMERGENCY}."),
                ("li", f"Otherwise call {POLICE} and quote Operation Makesafe."),
                ("li", "Write down names, room numbers, times and car registrations."),
            ]
        ),
    ),
    DemoResource(
        title="Leisure venues, food outlets and shopping centres: a staff briefing",
        summary=(
            "A ten-minute briefing for team meetings in gyms, takeaways, cafes, cinemas "
            "and shopping centres, with a staff checklist and a record sheet."
        ),
        format=Format.TOOLKIT,
        audiences=[BUSINESSES],
        topics=["signs-of-cse", "going-missing", "getting-help"],
        ages=(18, None),
        target=Pdf(
            [
                ("h", "Why this matters to your business"),
                (
                    "p",
                    "Places where young people gather can be where abusers find them. Staff "
                    "who know the signs and know what to do can stop harm early.",
                ),
                ("h", "Staff checklist"),
                ("li", "Young people hanging around for hours with older adults"),
                ("li", "Adults buying food or drinks for groups of young people they meet here"),
                ("li", "A young person who looks scared, tired or hungry, or has new things"),
                ("li", "Young people being collected in cars by different adults"),
                ("li", "A young person who seems to be missing from school or home"),
                ("h", "What to do"),
                ("li", "Tell the manager on duty."),
                ("li", f"If a child is in danger now, call {EMERGENCY}."),
                ("li", f"Otherwise call {POLICE} and quote Operation Makesafe."),
                ("h", "Record sheet"),
                ("p", "Date and time:"),
                ("p", "Where in the building:"),
                ("p", "What you saw or heard:"),
                ("p", "Descriptions, names and car registrations:"),
                ("p", "Who you told:"),
            ]
        ),
    ),
    DemoResource(
        title="Operation Makesafe: a short guide for business owners",
        summary=(
            "What Operation Makesafe is, why businesses such as hotels, taxi firms and "
            "licensed premises are part of it, and how your staff should report a concern."
        ),
        format=Format.LEAFLET,
        audiences=[BUSINESSES],
        topics=["signs-of-cse", "getting-help"],
        ages=(18, None),
        target=Pdf(
            [
                (
                    "p",
                    "Operation Makesafe is the police's scheme to help businesses spot and "
                    "report child sexual exploitation. It asks businesses where abusers may "
                    "take or meet children, such as hotels, taxi firms, pubs and takeaways, "
                    "to train their staff and report what they see.",
                ),
                ("h", "What we ask of you"),
                ("li", "Make sure every member of staff knows the signs."),
                ("li", "Put a poster where staff will see it, not only customers."),
                ("li", "Agree who staff should tell on each shift."),
                ("li", "Keep a simple record of concerns and what was done."),
                ("h", "Reporting"),
                (
                    "p",
                    f"If a child is in danger now, call {EMERGENCY}. Otherwise call {POLICE} "
                    "and quote Operation Makesafe, so your report reaches the right team.",
                ),
            ]
        ),
    ),
    # Professionals and the children's workforce ---------------------------------------
    DemoResource(
        title="Recognising and responding to exploitation: a practitioner's toolkit",
        summary=(
            "For anyone who works with children: the signs, how exploitation differs from "
            "other sexual abuse, what to do when you are worried, and how to work with a "
            "young person who does not see themselves as a victim."
        ),
        format=Format.TOOLKIT,
        audiences=[PROFESSIONALS],
        topics=["signs-of-cse", "grooming", "going-missing", "getting-help"],
        ages=(18, None),
        target=Pdf(
            [
                ("h", "What makes it exploitation"),
                (
                    "p",
                    "Child sexual exploitation is a form of child sexual abuse in which a "
                    "child is given, or promised, something they need or want in exchange "
                    "for sexual activity. It can seem consensual to the child. Read the "
                    "legal definition on the What is child sexual exploitation page of "
                    "this site.",
                ),
                ("h", "Signs"),
                ("li", "Going missing, or often coming home late"),
                ("li", "Unexplained gifts, money, phones or debts"),
                ("li", "Older boyfriends or girlfriends; being picked up in cars"),
                ("li", "Sexual health problems, or pregnancy"),
                ("li", "Drug or alcohol misuse; changes in mood or behaviour"),
                ("li", "Missing education, or a sudden fall in attendance"),
                ("h", "What to do when you are worried"),
                ("li", "Listen, and do not promise to keep secrets."),
                ("li", "Write down what you saw and what the young person said, in their words."),
                ("li", "Tell your designated safeguarding lead the same day."),
                ("li", "Follow your local safeguarding partnership's procedures."),
                ("li", f"If a child is in danger now, call {EMERGENCY}."),
                ("h", "Working with young people"),
                (
                    "p",
                    "Many young people do not see what is happening as abuse. Keep the "
                    "relationship going, avoid blaming language such as 'putting themselves "
                    "at risk', and be the adult who does not give up.",
                ),
            ]
        ),
    ),
    DemoResource(
        title="When a young person tells you: a one-page guide",
        summary=(
            "What to say and not to say when a child tells you about abuse, how to record "
            "it in their words, and who to tell. Keep a copy near your desk or in your bag."
        ),
        format=Format.LEAFLET,
        audiences=[PROFESSIONALS, COMMUNITIES],
        topics=["getting-help"],
        ages=(18, None),
        credit=HALTON_FORUM,
        target=Pdf(
            [
                ("h", "What young people told us helps"),
                ("li", "Stay calm. Your face matters as much as your words."),
                ("li", "Listen, and let them go at their own pace."),
                ("li", "Say 'thank you for telling me' and 'it is not your fault'."),
                ("li", "Be honest: say you will need to tell someone who can help."),
                ("h", "What not to do"),
                ("li", "Do not promise to keep it a secret."),
                ("li", "Do not ask leading questions or push for details."),
                ("li", "Do not confront the person they are talking about."),
                ("h", "Afterwards"),
                ("li", "Write down what they said, in their words, with the date and time."),
                ("li", "Tell your designated safeguarding lead or manager straight away."),
                ("li", f"If the child is in danger now, call {EMERGENCY}."),
                (
                    "li",
                    f"If you do not work with children, call the NSPCC helpline on {NSPCC} "
                    f"or the police on {POLICE}.",
                ),
            ]
        ),
    ),
]


class ResourceSeeder:
    def __init__(self, home_page):
        self.home = home_page
        self.locale = home_page.locale
        self.counts = {
            kind: {"created": 0, "updated": 0, "unchanged": 0}
            for kind in ("resources", "documents", "terms", "pages")
        }

    def tally(self, kind, outcome):
        self.counts[kind][outcome] += 1

    def seed(self):
        self.ensure_library_page()
        audiences = self.ensure_terms(Audience, AUDIENCES)
        topics = self.ensure_terms(Topic, TOPICS)
        for spec in RESOURCES:
            self.ensure_resource(spec, audiences, topics)
        return self.counts

    # The library page ------------------------------------------------------------

    def ensure_library_page(self):
        page = self.home.get_children().filter(slug=LIBRARY_SLUG).first()
        fields = {"title": LIBRARY_TITLE, "summary": LIBRARY_SUMMARY, "show_in_menus": False}
        body = [{"type": "text", "value": LIBRARY_INTRO}]
        if page is None:
            page = ResourceIndexPageFactory(
                parent=self.home, slug=LIBRARY_SLUG, body=[("text", LIBRARY_INTRO)], **fields
            )
            page.save_revision().publish()
            self.tally("pages", "created")
            return page
        if page.specific_class is not ResourceIndexPage:
            raise CommandError(
                f"The page at /{LIBRARY_SLUG}/ is a {page.specific_class.__name__}, not the "
                "resource library. Move it or delete it, then seed again."
            )
        page = page.specific
        current_body = [
            {"type": child["type"], "value": child["value"]} for child in page.body.raw_data
        ]
        changed = current_body != body or any(
            getattr(page, name) != value for name, value in fields.items()
        )
        if not (changed or page.has_unpublished_changes or not page.live):
            self.tally("pages", "unchanged")
            return page
        for name, value in fields.items():
            setattr(page, name, value)
        page.body = body
        page.save_revision().publish()
        self.tally("pages", "updated")
        return page

    # Taxonomy ----------------------------------------------------------------------

    def ensure_terms(self, model, terms):
        by_slug = {}
        for sort_order, (slug, name) in enumerate(terms):
            term = model.objects.filter(locale=self.locale, slug=slug).first()
            if term is None:
                term = model.objects.create(
                    locale=self.locale, slug=slug, name=name, sort_order=sort_order
                )
                self.tally("terms", "created")
            elif (term.name, term.sort_order) != (name, sort_order):
                term.name, term.sort_order = name, sort_order
                term.save()
                self.tally("terms", "updated")
            else:
                self.tally("terms", "unchanged")
            by_slug[slug] = term
        return by_slug

    # Resources ---------------------------------------------------------------------

    def destination(self, spec):
        target = spec.target
        fields = {"document": None, "page": None, "external_url": ""}
        if isinstance(target, Pdf):
            fields["document"] = self.ensure_document(spec.title, target.blocks)
        elif isinstance(target, OnSite):
            fields["page"] = self.page_at(target.path)
        else:
            fields["external_url"] = target.url
        return fields

    def page_at(self, path):
        url_path = self.home.url_path + path.lstrip("/")
        page = Page.objects.filter(url_path=url_path, locale=self.locale).first()
        if page is None:
            raise CommandError(
                f"The demo resource library links to {path}, which is not a page of the "
                "demo site. Change the path in resources/demo.py."
            )
        return page

    def ensure_document(self, title, blocks):
        content = make_pdf(title, blocks)
        filename = f"{slugify(title)[:80]}.pdf"
        document = get_document_model().objects.filter(title=title).first()
        if document is None:
            document = PdfDocumentFactory(title=title, file=ContentFile(content, name=filename))
            self.tally("documents", "created")
            return document
        try:
            with document.open_file() as stored:
                unchanged = stored.read() == content
        except OSError:
            unchanged = False  # the file is missing from the media folder
        if unchanged:
            self.tally("documents", "unchanged")
            return document
        document.file.save(filename, ContentFile(content), save=False)
        document._set_document_file_metadata()
        document.save()
        self.tally("documents", "updated")
        return document

    def ensure_resource(self, spec, audiences, topics):
        fields = {
            "summary": spec.summary,
            "format": spec.format,
            "min_age": spec.ages[0],
            "max_age": spec.ages[1],
            "language": spec.language,
            "review_date": spec.review_date,
            "co_production_credit": spec.credit,
            **self.destination(spec),
        }
        wanted_audiences = [audiences[slug] for slug in spec.audiences]
        wanted_topics = [topics[slug] for slug in spec.topics]
        resource = Resource.objects.filter(locale=self.locale, title=spec.title).first()
        if resource is None:
            resource = Resource(locale=self.locale, title=spec.title, **fields)
            outcome = "created"
        else:
            same = all(getattr(resource, name) == value for name, value in fields.items())
            same = same and set(resource.audiences.all()) == set(wanted_audiences)
            same = same and set(resource.topics.all()) == set(wanted_topics)
            same = same and resource.file_size == (
                fields["document"].file_size if fields["document"] else None
            )
            if same:
                self.tally("resources", "unchanged")
                return resource
            for name, value in fields.items():
                setattr(resource, name, value)
            outcome = "updated"
        resource.audiences.set(wanted_audiences)
        resource.topics.set(wanted_topics)
        resource.full_clean()
        resource.save()
        self.tally("resources", outcome)
        return resource


def seed_resources(home_page):
    """Build or update the demo library under ``home_page``. Returns counts per kind:
    ``{"resources": {"created": n, "updated": n, "unchanged": n}, ...}``."""
    return ResourceSeeder(home_page).seed()
