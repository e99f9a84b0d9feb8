"""The professionals section: for everyone in the children's workforce, from
teachers and health staff to social workers, police officers and volunteers.

Local contact details (each council's children's services front door) are
editable records added later and shown as "to be confirmed" until checked:
never write them here."""

from .compose import (
    EMERGENCY,
    NSPCC,
    POLICE_NON_EMERGENCY,
    DemoPage,
    accordion,
    call_to_action,
    callout,
    definition,
    helplines,
    text,
)
from .definitions import (
    STATUTORY_DEFINITION,
    STATUTORY_DEFINITION_ATTRIBUTION,
    STATUTORY_DEFINITION_TITLE,
)

PRACTICE = [
    (
        "Telling CSE apart from other sexual abuse",
        """
        <p>All child sexual exploitation is child sexual abuse. What marks it out is
        the exchange: the child receives something they need or want, and/or the
        abuser or someone else gains money, status or something else. The thing the
        child receives may be tangible, such as money, gifts, drugs or a place to
        stay, or less tangible, such as affection, attention or protection from threats.</p>
        <p>Whichever it is, respond as you would to any child at risk of sexual abuse,
        and follow the same procedures.</p>
        """,
    ),
    (
        "Consent",
        """
        <p>A child under 16 cannot legally consent to sexual activity, and a child under
        13 never can. Young people aged 16 and 17 can consent to sex, but they cannot
        consent to being exploited. An apparently willing young person may be acting
        out of fear, dependency or a belief that they are in a relationship. Apparent
        consent does not rule out exploitation.</p>
        """,
    ),
    (
        "Language matters",
        """
        <p>The words we use shape how a child is seen and treated. Avoid language that
        suggests a child is to blame, such as "putting themselves at risk", "making
        choices", "promiscuous" or "boyfriend" for an adult abuser. Describe what is
        happening to the child and who is doing it. Children who are exploited are
        victims, even when they have also broken the law.</p>
        """,
    ),
    (
        "Going missing",
        """
        <p>Children who go missing from home, care or school can be at greater risk of
        exploitation, and going missing can itself be a sign that a child is being
        exploited. Treat every missing episode as a chance to ask what is happening in
        the child's life.</p>
        """,
    ),
    (
        "Links with other harms",
        """
        <p>Sexual exploitation often overlaps with other harm: criminal exploitation
        and county lines, trafficking and modern slavery, domestic abuse, and harm
        from other young people. A child at risk of one may be at risk of others. Look
        at the whole picture.</p>
        """,
    ),
    (
        "Boys and young men",
        """
        <p>Boys and young men are exploited too, but are less often recognised as
        victims and less likely to tell anyone. Ask the same questions about boys as
        you would about girls.</p>
        """,
    ),
]

PROFESSIONALS = DemoPage(
    kind="audience",
    slug="professionals",
    audience="professionals",
    show_in_menus=True,
    title="Professionals",
    summary=(
        "For professionals and the whole children's workforce: recognising child sexual "
        "exploitation, using the screening tool, and what to do when you are worried "
        "about a child."
    ),
    body=[
        callout(
            body=f"""
                <ol>
                <li>If a child is in immediate danger, call {EMERGENCY}.</li>
                <li>Follow your organisation's safeguarding procedures and talk to your
                designated safeguarding lead today.</li>
                <li>Refer to the children's services front door of the council where the
                child lives. Contact details will be listed on this site once they are
                confirmed; until then, use the details in your local procedures.</li>
                </ol>
            """,
        ),
        text(
            """
            <h2>Child sexual exploitation is child sexual abuse</h2>
            <p>The safeguarding children partnerships of Cheshire East, Cheshire West
            and Chester, Halton and Warrington, together with Cheshire Police, use the
            definition set out in statutory guidance:</p>
            """
        ),
        definition(
            title=STATUTORY_DEFINITION_TITLE,
            quote=STATUTORY_DEFINITION,
            attribution=STATUTORY_DEFINITION_ATTRIBUTION,
        ),
        text(
            """
            <p>Young people in Cheshire have written their own definition, which may be
            more useful when you talk to a child. You can read it, with the signs to
            look out for, on the page
            <a href="/what-is-child-sexual-exploitation/">What is child sexual
            exploitation?</a></p>
            """
        ),
        accordion(PRACTICE, heading="In practice"),
        text(
            f"""
            <h2>When you are worried about a child</h2>
            <ol>
            <li><b>Act on it.</b> You do not need proof. Early action protects
            children.</li>
            <li><b>Listen to the child.</b> Do not promise to keep secrets. Explain
            what you will do next and who you will tell.</li>
            <li><b>Record</b> what you saw and heard, using the child's own words, with
            the date and time. Keep to facts and say where something is your
            opinion.</li>
            <li><b>Talk to your designated safeguarding lead</b> and follow your
            organisation's procedures.</li>
            <li><b>Refer</b> to the children's services front door of the council where
            the child lives. If a crime may have been committed, tell the police too:
            {EMERGENCY} in an emergency, {POLICE_NON_EMERGENCY} otherwise.</li>
            <li><b>Share information.</b> You do not always need consent to share
            information to keep a child safe. Your procedures explain when and
            how.</li>
            </ol>
            <h2>The CSE screening tool</h2>
            <p>Agencies across Cheshire use a shared screening tool to identify children
            at risk of sexual exploitation and to track whether the risk is changing.
            Where you can, complete it with the child, and with their parent or carer
            if that is safe. Ask your designated safeguarding lead for the current
            version used in your area.</p>
            <p>A completed screening tool supports your referral and your professional
            judgement. It does not replace them.</p>
            <h2>Support for you</h2>
            <p>If you need advice about a child and cannot reach your safeguarding lead,
            the NSPCC helpline on {NSPCC} gives advice to professionals as well as
            parents.</p>
            """
        ),
        call_to_action(
            heading="Sharing this site with children and families",
            text=(
                "There are pages written for young people, parents and carers. "
                "Share them with the families you work with."
            ),
            page="/young-people/",
            button_label="See the young people's pages",
        ),
        helplines(),
    ],
)
