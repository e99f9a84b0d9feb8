"""Pages beneath /communities/: signs in the neighbourhood, hot-spots, why what
people know matters, and how to report concerns or information.

Hot-spots are places and patterns, never groups of people: the copy describes what
is out of place, not who. Reading age 14 or below.
"""

from home.demo.compose import (
    CRIMESTOPPERS,
    EMERGENCY,
    NSPCC,
    POLICE_NON_EMERGENCY,
    DemoPage,
    accordion,
    call_to_action,
    callout,
    helplines,
    text,
)

REPORT_NOW = callout(
    body=f"""
        <ul>
        <li>If a child is in danger now, call {EMERGENCY}.</li>
        <li>To stay anonymous, call Crimestoppers on {CRIMESTOPPERS}.</li>
        <li>Otherwise, <a href="/communities/how-to-report/">see how to report</a>
        what you know.</li>
        </ul>
    """,
)

SIGNS_IN_YOUR_NEIGHBOURHOOD = DemoPage(
    kind="content",
    slug="signs-in-your-neighbourhood",
    title="Signs in your neighbourhood",
    summary=(
        "What you might see or hear where you live that could mean a child is being "
        "sexually exploited."
    ),
    body=[
        REPORT_NOW,
        text(
            """
            <h2>Look at what is happening, not who it is</h2>
            <p>Child sexual exploitation happens in every kind of community. Abusers
            can be any age, sex or background. What gives them away is what they do:
            the way they treat children, and the patterns around them.</p>
            """
        ),
        accordion(
            [
                (
                    "Coming and going",
                    """
                    <p>Children or teenagers visiting a house or flat at all hours,
                    often with adults. Different young people arriving and leaving
                    each week. Curtains always closed, and music or parties on school
                    days.</p>
                    """,
                ),
                (
                    "Cars and lifts",
                    """
                    <p>Young people being picked up or dropped off by different adults,
                    often late at night. The same car waiting near a school, park or
                    children's home.</p>
                    """,
                ),
                (
                    "How a child seems",
                    """
                    <p>A child who looks drunk, drugged, hurt or scared. A child with
                    adults who seem to control them, or who answer for them. A child
                    out very late, far from home.</p>
                    """,
                ),
                (
                    "A child you know",
                    """
                    <p>New clothes, phones or money. Much older friends. Going quiet,
                    dropping old friends, or seeming scared of certain people.</p>
                    """,
                ),
            ],
            heading="What you might notice",
        ),
        text(
            """
            <p>One sign on its own may mean nothing. But if something does not feel
            right, pass it on. You do not have to be sure. Read about
            <a href="/communities/hot-spots/">the places where exploitation can
            happen</a>.</p>
            """
        ),
    ],
)

HOT_SPOTS = DemoPage(
    kind="content",
    slug="hot-spots",
    title="Hot-spots: where exploitation can happen",
    summary=(
        "Exploitation can happen anywhere, but some kinds of places come up again and "
        "again. Knowing them helps you notice when something is out of place."
    ),
    body=[
        REPORT_NOW,
        text(
            """
            <h2>What a hot-spot is</h2>
            <p>A hot-spot is a place where abusers find, meet or take children. It is
            about places and patterns. It is never about a type of person or a whole
            community. Most people in these places are doing nothing wrong, and most
            businesses are glad to help keep children safe.</p>
            """
        ),
        accordion(
            [
                (
                    "Takeaways, cafes and late-night shops",
                    """
                    <p>Young people given free food, drinks, cigarettes or vapes by
                    adults. Young people hanging around after closing time, or going
                    into back rooms or flats above.</p>
                    """,
                ),
                (
                    "Parks, play areas and woods",
                    """
                    <p>Adults giving alcohol or drugs to groups of young people. Adults
                    who spend a lot of time with children who are not theirs.</p>
                    """,
                ),
                (
                    "Stairwells, car parks and underpasses",
                    """
                    <p>Young people meeting adults in hidden places, or being taken
                    there. Adults drinking or taking drugs there with children.</p>
                    """,
                ),
                (
                    "Parties at houses and flats",
                    """
                    <p>Parties where adults give free alcohol or drugs to young people.
                    Young people brought from other towns. Children who look scared or
                    out of it when they leave.</p>
                    """,
                ),
                (
                    "Cars picking children up",
                    """
                    <p>Children being collected from schools, children's homes, parks or
                    shopping centres by adults in cars. Different cars, or the same car
                    with different children.</p>
                    """,
                ),
                (
                    "Hotels, taxis and short-stay flats",
                    """
                    <p>Adults booking rooms and bringing young people in. Young people
                    using taxis at odd times, alone, or with adults who pay.</p>
                    """,
                ),
                (
                    "Stations and shopping centres",
                    """
                    <p>Adults who approach young people on their own, offer them money
                    or lifts, or seem to be waiting for them.</p>
                    """,
                ),
            ],
            heading="Places to keep an eye on",
        ),
        text(
            """
            <h2>If you run a business</h2>
            <p>Taxi firms, hotels, takeaways and other businesses can do a lot to spot
            and stop exploitation. There is advice for staff in
            <a href="/businesses/">the business section</a>.</p>
            """
        ),
        call_to_action(
            heading="Seen something?",
            text="Tell the police what you know about people, places or cars.",
            page="/share-information/",
            button_label="Share information",
        ),
    ],
)

WHY_IT_MATTERS = DemoPage(
    kind="content",
    slug="why-what-you-know-matters",
    title="Why what you know matters",
    summary=(
        "Small pieces of information from the public help the police and children's "
        "services protect children and stop abusers."
    ),
    body=[
        REPORT_NOW,
        text(
            """
            <h2>Every piece helps</h2>
            <p>Abusers rely on people not noticing, or deciding it is none of their
            business. The police often build a picture from many small pieces of
            information. A car you keep seeing, a nickname you overheard, or a flat
            with young visitors late at night could be the piece that is missing.</p>
            <h2>You do not have to be sure</h2>
            <p>It is not your job to prove anything. The police and children's services
            check what they are told before they act. If it turns out to be nothing,
            you were still right to say something.</p>
            <h2>What happens to it</h2>
            <p>Information about a child at risk goes to the people whose job is to keep
            that child safe. Information about people, places and cars goes to the
            police. It is added to what they already know.</p>
            <p>You may not hear what happened next. That does not mean nothing was done.
            Things can take time, and they are often kept private to protect
            children.</p>
            """
        ),
        call_to_action(
            heading="How to report",
            text="The ways to pass on what you know, including without your name.",
            page="/communities/how-to-report/",
            button_label="See how to report",
        ),
    ],
)

HOW_TO_REPORT = DemoPage(
    kind="content",
    slug="how-to-report",
    title="How to report concerns or information",
    summary=(
        "How to report a worry about a child, or information about people, places or "
        "cars, and how to stay anonymous if you prefer."
    ),
    body=[
        callout(
            body=f"""
                <p>If a child is in danger now, call {EMERGENCY}. Do not wait to be
                sure.</p>
            """,
        ),
        text(
            f"""
            <h2>Worried about a child</h2>
            <p>If you are worried about a particular child,
            <a href="/report-a-concern/">report a concern</a>. It goes to the council
            for the area where the child lives. You can also call the police on
            {POLICE_NON_EMERGENCY}.</p>
            <h2>Information about people, places or cars</h2>
            <p>If you know something about who may be exploiting children, or where,
            <a href="/share-information/">share information with Cheshire Police</a>.
            The online forms are not watched all the time. If a child is in danger now,
            call {EMERGENCY}.</p>
            <h2>If you do not want to give your name</h2>
            <p>Call Crimestoppers on {CRIMESTOPPERS}. You do not have to give your name.
            Crimestoppers passes what you tell them to the police without saying who
            you are.</p>
            <h2>Not sure what to do?</h2>
            <p>Talk it through with the NSPCC helpline on {NSPCC}.</p>
            """
        ),
        accordion(
            [
                (
                    "What should I include?",
                    """
                    <p>What you saw or heard, and when. Dates and times, places and
                    addresses, car makes, colours and number plates, names or
                    nicknames, and what people looked like.</p>
                    """,
                ),
                (
                    "What should I not do?",
                    """
                    <p>Do not confront anyone or try to find out more yourself. Do not
                    take photos of children. It could put you or a child in danger.</p>
                    """,
                ),
            ],
            heading="Questions people ask",
        ),
        helplines(),
    ],
)

COMMUNITIES_PAGES = [
    SIGNS_IN_YOUR_NEIGHBOURHOOD,
    HOT_SPOTS,
    WHY_IT_MATTERS,
    HOW_TO_REPORT,
]
