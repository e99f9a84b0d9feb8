"""The businesses section: taxi and private hire, hotels, and leisure and night-time
venues. What staff may see, and what to do on the night."""

from .compose import (
    CRIMESTOPPERS,
    EMERGENCY,
    NSPCC,
    POLICE_NON_EMERGENCY,
    DemoPage,
    accordion,
    callout,
    helplines,
    text,
)

SECTORS = [
    (
        "Taxi and private hire",
        """
        <ul>
        <li>A child being picked up from, or taken to, hotels, flats, car parks or
        parties late at night, especially with adults who are not family.</li>
        <li>An adult paying for a child's journey but not travelling with them.</li>
        <li>A child who does not know where they are going, or seems drunk, drugged,
        frightened or confused.</li>
        <li>Different adults collecting the same young person, or children picked up
        from school, a children's home or a youth club by adults who seem out of
        place.</li>
        <li>Passengers talking about a child in a sexual way, or asking you to wait
        while a child goes inside.</li>
        </ul>
        """,
    ),
    (
        "Hotels, guest houses and short-term lets",
        """
        <ul>
        <li>A room booked by an adult for a young person, or a young person arriving
        with older adults who are not their parents.</li>
        <li>Rooms paid for in cash with no luggage, or guests who avoid giving
        details.</li>
        <li>Many different visitors going to one room, especially young people.</li>
        <li>Alcohol or drugs being taken to a room where young people are.</li>
        <li>A young person who seems frightened, intoxicated, injured or unsure where
        they are.</li>
        </ul>
        """,
    ),
    (
        "Pubs, takeaways, shops and leisure venues",
        """
        <ul>
        <li>Adults buying young people alcohol, food, cigarettes or vapes, or giving
        them money.</li>
        <li>Groups of adults hanging around where young people gather, or offering
        them lifts.</li>
        <li>Young people in the venue late at night or during school hours with older
        adults.</li>
        <li>A young person being touched, pressured or moved on by someone older.</li>
        </ul>
        """,
    ),
]

BUSINESSES = DemoPage(
    kind="audience",
    slug="businesses",
    audience="businesses",
    show_in_menus=True,
    title="Businesses",
    summary=(
        "For taxi and private hire drivers, hotels, and leisure and night-time venues: "
        "what exploitation can look like at work, and what to do if you see it tonight."
    ),
    body=[
        callout(
            heading="What to do tonight",
            body=f"""
                <ul>
                <li>If a child is in danger now, call {EMERGENCY}. Do not wait until the
                end of your shift.</li>
                <li>If it is not an emergency, call the police on
                {POLICE_NON_EMERGENCY} as soon as you can.</li>
                <li>Do not confront the adult if it is not safe to do so.</li>
                </ul>
            """,
        ),
        text(
            """
            <h2>Why your business matters</h2>
            <p>People who exploit children need transport, places to meet and places to
            stay. That means taxi drivers, hotel staff, door staff, bar and takeaway
            workers often see what nobody else sees. Knowing the signs means you can
            act on them.</p>
            <p>You do not have to be sure that a child is being exploited. Your job is
            to notice and pass it on. The police will put what you tell them together
            with other information.</p>
            """
        ),
        accordion(SECTORS, heading="What to look out for"),
        text(
            f"""
            <h2>What to do</h2>
            <ol>
            <li>If a child is in danger now, call {EMERGENCY}.</li>
            <li>Write down what you saw: the time and place, descriptions of the people,
            vehicle registrations, room numbers, names used and how the booking was
            paid for.</li>
            <li>Call the police on {POLICE_NON_EMERGENCY}. If you would rather not give
            your name, call Crimestoppers on {CRIMESTOPPERS}.</li>
            <li>Tell your manager or your business's safeguarding lead, and follow your
            company's policy and your licence conditions too. Never let that delay
            calling the police when a child is at risk.</li>
            </ol>
            <p>Not sure if what you saw is worth reporting? Call the NSPCC helpline on
            {NSPCC} to talk it through.</p>
            <h2>Help your staff spot the signs</h2>
            <p>Make sure everyone on shift, including night and weekend staff, knows
            the signs and knows that they should report them. Share this page with
            them, and read <a href="/what-is-child-sexual-exploitation/">what child
            sexual exploitation is</a> together.</p>
            """
        ),
        helplines(),
    ],
)
