"""The communities section: what neighbours may notice, why it matters, and how
to pass it on, anonymously if they prefer."""

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

SIGNS = [
    (
        "Around a house or flat",
        """
        <p>Children and teenagers coming and going at all hours, especially with older
        adults. Parties during school hours, or young
        people who look drunk, drugged or upset when they leave.</p>
        """,
    ),
    (
        "In cars and on the street",
        """
        <p>Young people being picked up or dropped off by different adults in cars,
        often late at night. Adults hanging around schools, parks, bus stations,
        shopping centres or takeaways where young people gather.</p>
        """,
    ),
    (
        "A child you know",
        """
        <p>A child who suddenly has money, new clothes or a new phone; who is out late
        with much older friends; who seems frightened of certain people; or who has
        gone quiet and stopped seeing their usual friends.</p>
        """,
    ),
    (
        "Online",
        """
        <p>An adult in a local group or chat who pays young people unusual attention,
        offers them lifts, jobs or places to stay, or asks them to message privately.
        </p>
        """,
    ),
]

QUESTIONS = [
    (
        "What if I am wrong?",
        """
        <p>You do not need to be sure. The police and children's services check what
        they are told before they act. Passing on a worry in good faith is the right
        thing to do, even if it turns out to be nothing.</p>
        """,
    ),
    (
        "Will anyone know it was me?",
        f"""
        <p>If you call Crimestoppers on {CRIMESTOPPERS}, you do not have to give your
        name. If you call the police, you can tell them you are worried about being
        identified and ask how your details will be used.</p>
        """,
    ),
    (
        "What should I write down?",
        """
        <p>What you saw and heard, and when: dates and times, addresses, car makes,
        colours and registrations, names or nicknames, and descriptions of the people
        involved. Write it down as soon as you can, while it is fresh.</p>
        """,
    ),
]

COMMUNITIES = DemoPage(
    kind="audience",
    slug="communities",
    audience="communities",
    show_in_menus=True,
    title="Communities",
    summary=(
        "Neighbours, relatives and friends often notice things first. What to look out "
        "for where you live, and how to pass on what you know, without giving your name "
        "if you prefer."
    ),
    body=[
        callout(
            body=f"""
                <ul>
                <li>If a child is in danger now, call {EMERGENCY}.</li>
                <li>To tell the police what you know, call {POLICE_NON_EMERGENCY}.</li>
                <li>To stay anonymous, call Crimestoppers on {CRIMESTOPPERS}. You do
                not have to give your name.</li>
                </ul>
            """,
        ),
        text(
            """
            <h2>Why what you know matters</h2>
            <p>People who exploit children depend on nobody noticing, or on people
            deciding it is none of their business. The police often build a picture from
            many small pieces of information. A car you keep seeing, a name you
            overheard or a house with young visitors late at night could be the piece
            that protects a child or helps stop an abuser.</p>
            <p>Child sexual exploitation happens in towns, cities and villages, to boys
            and to girls. The people doing it can be adults, groups or other young
            people.</p>
            """
        ),
        accordion(SIGNS, heading="What you might notice"),
        text(
            f"""
            <h2>What to do</h2>
            <ul>
            <li>Do not confront anyone or try to investigate yourself. It could put you,
            or a child, in danger.</li>
            <li>Write down what you have seen, with dates and times.</li>
            <li>Tell the police on {POLICE_NON_EMERGENCY}, or Crimestoppers on
            {CRIMESTOPPERS} if you would rather not give your name. In an emergency
            call {EMERGENCY}.</li>
            <li>If you are not sure whether to report it, talk it through with the
            NSPCC helpline on {NSPCC}.</li>
            </ul>
            <p>Want to understand more first? Read
            <a href="/what-is-child-sexual-exploitation/">what child sexual exploitation
            is</a>.</p>
            """
        ),
        accordion(QUESTIONS, heading="Questions people ask"),
        helplines(),
    ],
)
