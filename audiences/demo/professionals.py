"""Pages beneath /professionals/: how CSE relates to other child sexual abuse,
training, and the routes to refer.

Drawn from the principles in the Pan-Cheshire strategy, in our own words. Local
contacts, courses, the screening tool and the lead professional for each authority
are editable records added elsewhere and shown as "to be confirmed" until checked:
never write them here.
"""

from home.demo.compose import (
    EMERGENCY,
    NSPCC,
    POLICE_NON_EMERGENCY,
    DemoPage,
    accordion,
    call_to_action,
    callout,
    definition,
    text,
)
from home.demo.definitions import (
    STATUTORY_DEFINITION,
    STATUTORY_DEFINITION_ATTRIBUTION,
    STATUTORY_DEFINITION_TITLE,
)

ACT_NOW = callout(
    body=f"""
        <ol>
        <li>If a child is in immediate danger, call {EMERGENCY}.</li>
        <li>Follow your agency's safeguarding procedures and talk to your designated
        safeguarding lead today.</li>
        <li><a href="/professionals/how-to-refer/">Refer</a> to children's services for
        the area where the child lives.</li>
        </ol>
    """,
)

CSE_AND_CSA = DemoPage(
    kind="content",
    slug="cse-and-child-sexual-abuse",
    title="CSE and other child sexual abuse",
    summary=(
        "How CSE fits within child sexual abuse, what sets it apart, and what that "
        "means for how you respond."
    ),
    body=[
        ACT_NOW,
        text(
            """
            <h2>CSE is child sexual abuse</h2>
            <p>Child sexual exploitation is a form of child sexual abuse. It is not a
            separate or lesser harm. Respond to it as you would to any sexual abuse of
            a child, and follow the same procedures.</p>
            """
        ),
        definition(
            title=STATUTORY_DEFINITION_TITLE,
            quote=STATUTORY_DEFINITION,
            attribution=STATUTORY_DEFINITION_ATTRIBUTION,
        ),
        text(
            """
            <h2>What sets it apart: the exchange</h2>
            <p>What marks out exploitation is an exchange. The child gets something
            they need or want, or the abuser gains money, status or power. What the
            child gets may be money, gifts, drugs, alcohol or a place to stay. It may
            also be attention, affection or safety from threats.</p>
            <p>The exchange is how the abuser keeps control. It is also why a child may
            not see themselves as a victim.</p>
            <h2>When it looks like consent</h2>
            <p>A child may seem to agree, go back to the abuser, or defend them. This
            does not mean they have chosen it. Children do not freely choose to enter or
            stay in exploitation. They are drawn in by pressure, tricks, promises or
            need. A child cannot consent to their own exploitation, at any age.</p>
            """
        ),
        accordion(
            [
                (
                    "Children are victims, not offenders",
                    """
                    <p>A child who is sexually exploited is a victim of abuse. Treat
                    them as one, even if they have also broken the law. Children under 16 are always
                    treated as actual or possible victims. Police action is aimed at
                    the abusers.</p>
                    """,
                ),
                (
                    "The law on consent",
                    """
                    <p>Children under 16 cannot legally consent to sexual activity.
                    Sex with a child under 13 is rape in law. Young people of 16 and 17
                    can consent to sex, but they can still be exploited.</p>
                    """,
                ),
                (
                    "More than sexual harm",
                    """
                    <p>Exploitation often brings physical and emotional abuse too, and
                    sometimes neglect. Many children find it hard to tell their own
                    choices apart from what they were pushed into.</p>
                    """,
                ),
                (
                    "Who the abusers are",
                    """
                    <p>Abusers may be adults, groups or gangs. They may also be the
                    child's own age, or a little older. Exploitation can happen online,
                    in person, or both.</p>
                    """,
                ),
                (
                    "Children in need of protection",
                    """
                    <p>Under the Children Acts of 1989 and 2004, a child who is
                    sexually exploited is a child in need. They also need
                    protection.</p>
                    """,
                ),
            ],
            heading="What we agree on across Cheshire",
        ),
        text(
            """
            <h2>When child protection procedures apply</h2>
            <p>Hold a multi-agency meeting or discussion for every child who may be
            at risk of exploitation. Follow child protection procedures in
            these cases:</p>
            <ul>
            <li>The child is at immediate risk of serious harm and has other needs too.</li>
            <li>A parent or carer may be making the exploitation happen.</li>
            <li>A parent or carer may be failing to protect the child.</li>
            <li>An adult in a position of trust may be organising or encouraging it.</li>
            </ul>
            """
        ),
        call_to_action(
            heading="How to refer",
            text="The routes to refer a child and to share information with the police.",
            page="/professionals/how-to-refer/",
            button_label="See how to refer",
        ),
    ],
)

TRAINING = DemoPage(
    kind="content",
    slug="training",
    title="Training",
    summary=(
        "What CSE training covers and who it is for. Details of local courses are to be confirmed."
    ),
    body=[
        callout(
            heading="Local courses",
            body="""
                <p>Details of local courses will be listed here once they are confirmed.
                Until then, ask your designated safeguarding lead or your agency's
                training team.</p>
            """,
        ),
        text(
            """
            <h2>Who should be trained</h2>
            <p>Everyone who works with children, or comes into contact with them, has a
            part to play. That includes staff in schools, health, social care, police,
            youth work and housing, and volunteers. The depth of training should match
            your role.</p>
            <h2>What training should help you do</h2>
            <ul>
            <li>Spot children who may be at risk, including boys and young men.</li>
            <li>Recognise the ways abusers groom and control children, online and in
            person.</li>
            <li>Know what to do, who to tell, and which services can help.</li>
            <li>Use the CSE screening tool with a child and their family.</li>
            <li>Share information safely and on time.</li>
            <li>Use words that do not blame the child.</li>
            </ul>
            <h2>Single-agency and multi-agency training</h2>
            <p>Your own agency should train you for your role. Multi-agency courses
            bring people from different services together, so that everyone works to
            the same picture. Both are part of the strategy.</p>
            """
        ),
        call_to_action(
            heading="CSE and other child sexual abuse",
            text="A short guide to what sets CSE apart, and the principles we share.",
            page="/professionals/cse-and-child-sexual-abuse/",
            button_label="Read the guide",
        ),
    ],
)

HOW_TO_REFER = DemoPage(
    kind="content",
    slug="how-to-refer",
    title="How to refer",
    summary=(
        "The routes to refer a child you are worried about, and to share information "
        "about abusers with Cheshire Police."
    ),
    body=[
        callout(
            body=f"""
                <ol>
                <li>If a child is in immediate danger, call {EMERGENCY}.</li>
                <li>Talk to your designated safeguarding lead today.</li>
                <li>Refer to children's services for the area where the child
                lives.</li>
                </ol>
            """,
        ),
        text(
            f"""
            <h2>Referring a child</h2>
            <ol>
            <li><b>Follow your agency's safeguarding procedures.</b> They set out who
            does what in your organisation.</li>
            <li><b>Talk to your designated safeguarding lead.</b> Do it the same day.
            Do not wait until you are sure.</li>
            <li><b>Complete the CSE screening tool</b> if your agency uses it. Do it
            with the child where you can. It supports your judgement but does not
            replace it.</li>
            <li><b>Refer to children's services</b> for the area where the child lives,
            not where you work. Contact details will be listed on this site once they
            are confirmed. Until then, use those in your local procedures.</li>
            <li><b>Call {EMERGENCY}</b> if the child is in immediate danger.</li>
            </ol>
            <h2>Sharing information with the police</h2>
            <p>Information about abusers, places and vehicles helps Cheshire Police
            disrupt and prosecute. <a href="/share-information/">Share information with
            Cheshire Police</a> online, or call {POLICE_NON_EMERGENCY}. Tell your
            safeguarding lead you have done so.</p>
            <h2>Your lead professional for CSE</h2>
            <p>Each agency has a lead professional for CSE, who gives advice and
            support to staff. Your local lead professional for CSE is listed on this
            site once confirmed.</p>
            <h2>If you need advice</h2>
            <p>If you cannot reach your safeguarding lead, the NSPCC helpline on
            {NSPCC} gives advice to professionals.</p>
            """
        ),
    ],
)

PROFESSIONALS_PAGES = [
    CSE_AND_CSA,
    TRAINING,
    HOW_TO_REFER,
]
