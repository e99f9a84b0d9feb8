"""What is child sexual exploitation? Both definitions side by side, the signs,
and what to do."""

from .compose import (
    CHILDLINE,
    CRIMESTOPPERS,
    EMERGENCY,
    NSPCC,
    POLICE_NON_EMERGENCY,
    DemoPage,
    accordion,
    callout,
    definition,
    helplines,
    text,
)
from .definitions import (
    STATUTORY_DEFINITION,
    STATUTORY_DEFINITION_ATTRIBUTION,
    STATUTORY_DEFINITION_TITLE,
    YOUNG_PEOPLES_DEFINITION,
    YOUNG_PEOPLES_DEFINITION_ATTRIBUTION,
    YOUNG_PEOPLES_DEFINITION_TITLE,
)

SIGNS = [
    (
        "Gifts, money and things they cannot explain",
        """
        <p>New clothes, a new phone, phone credit, money, alcohol, cigarettes or vapes,
        and no believable story about where they came from. Abusers often give first
        and ask for something back later.</p>
        """,
    ),
    (
        "Older friends and new relationships",
        """
        <p>A new boyfriend or girlfriend who is much older, or a group of older friends
        the family has never met. Being picked up in cars by people nobody knows.</p>
        """,
    ),
    (
        "Going missing or coming home late",
        """
        <p>Staying out late or overnight without saying where, going missing from home
        or care, or turning up in places far from where they live. Children who go
        missing can be at greater risk, and going missing can itself be a sign that
        someone is exploiting them.</p>
        """,
    ),
    (
        "Secrets on their phone or online",
        """
        <p>Being very secretive about their phone, having more than one phone, getting
        calls or messages at all hours, or seeming scared when a message arrives.</p>
        """,
    ),
    (
        "Changes in mood and behaviour",
        """
        <p>Becoming withdrawn, angry or anxious; missing school; dropping old friends;
        drinking or taking drugs; hurting themselves.</p>
        """,
    ),
    (
        "Signs on their body and health",
        """
        <p>Injuries they will not talk about, sexual health problems or pregnancy, or
        looking tired and unwell.</p>
        """,
    ),
]

WHAT_IS_CSE = DemoPage(
    kind="content",
    slug="what-is-child-sexual-exploitation",
    title="What is child sexual exploitation?",
    summary=(
        "What child sexual exploitation means, in young people's words and in the law, "
        "the signs to look out for, and what to do if you are worried about a child."
    ),
    body=[
        text(
            """
            <p>Child sexual exploitation, often shortened to CSE, is a kind of child
            sexual abuse. Here are two ways of saying what it is. The first was written
            by young people in Cheshire, who felt the official words did not mean much
            to them. The second is the one professionals use.</p>
            """
        ),
        definition(
            title=YOUNG_PEOPLES_DEFINITION_TITLE,
            quote=YOUNG_PEOPLES_DEFINITION,
            attribution=YOUNG_PEOPLES_DEFINITION_ATTRIBUTION,
        ),
        definition(
            title=STATUTORY_DEFINITION_TITLE,
            quote=STATUTORY_DEFINITION,
            attribution=STATUTORY_DEFINITION_ATTRIBUTION,
        ),
        text(
            """
            <h2>What this means</h2>
            <p>The person doing it has power over the child. They might be older,
            stronger, have money or drugs, or have something to hold over the child,
            such as a photo. They use that power to get the child to do sexual
            things.</p>
            <p>Often there is a swap. The child gets something they want or need:
            attention, affection, a place to stay, gifts, alcohol or a feeling of
            belonging. The abuser gets something too, for themselves or for other
            people.</p>
            <ul>
            <li>It can happen online, face to face, or both.</li>
            <li>It happens to boys and to girls, of any background.</li>
            <li>The person doing it may be an adult, a group or a gang, or another
            young person.</li>
            <li>It can start with someone being kind, so the child may not see it as
            abuse.</li>
            </ul>
            <h2>It is never the child's fault</h2>
            <p>A child cannot agree to being exploited. Even if it looked as if they
            went along with it, even if they said yes, and even if they were given
            something in return, it is abuse, and the person exploiting
            them is responsible. Children who are exploited are victims and should be
            treated as victims.</p>
            """
        ),
        accordion(SIGNS, heading="Signs to look out for"),
        text(
            """
            <p>One of these signs on its own may mean nothing: many are part of
            growing up. What matters is a change, or several signs together. If
            something feels wrong, trust that feeling and talk to someone.</p>
            """
        ),
        callout(
            heading="If you are worried about a child",
            body=f"""
                <ul>
                <li>If a child is in danger now, call {EMERGENCY}.</li>
                <li>To tell the police about something that is not an emergency, call
                {POLICE_NON_EMERGENCY}.</li>
                <li>To tell what you know without giving your name, call Crimestoppers
                on {CRIMESTOPPERS}.</li>
                <li>Adults can talk it through with the NSPCC helpline on {NSPCC}.</li>
                <li>Young people can talk to Childline on {CHILDLINE}, any time.</li>
                </ul>
            """,
        ),
        text(
            """
            <p>There is more help for <a href="/young-people/">young people</a>,
            <a href="/parents-and-carers/">parents and carers</a>,
            <a href="/communities/">communities</a>,
            <a href="/businesses/">businesses</a> and
            <a href="/professionals/">professionals</a>.</p>
            """
        ),
        helplines(),
    ],
)
