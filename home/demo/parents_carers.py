"""The parents and carers section: the signs, what to do, and how to talk."""

from .compose import (
    CHILDLINE,
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

SIGNS = [
    (
        "New things you cannot explain",
        """
        <p>Clothes, trainers, a phone, phone credit, money, alcohol, vapes or drugs,
        with no believable story about where they came from.</p>
        """,
    ),
    (
        "New, older friends",
        """
        <p>An older boyfriend or girlfriend, or older friends you have never met.
        Being collected by cars you do not recognise. Talking about parties at
        addresses you do not know.</p>
        """,
    ),
    (
        "Going missing or coming home late",
        """
        <p>Staying out late or overnight, not saying where they have been, or being
        found a long way from home. Missing school.</p>
        """,
    ),
    (
        "Secrecy about their phone",
        """
        <p>Hiding their phone, having a second phone, deleting messages, or looking
        frightened when a message or call comes in.</p>
        """,
    ),
    (
        "Changes in mood and behaviour",
        """
        <p>Becoming withdrawn, angry, anxious or low; falling out with family; dropping
        old friends and hobbies; drinking, taking drugs or hurting themselves.</p>
        """,
    ),
    (
        "Their health",
        """
        <p>Injuries they will not explain, sexual health problems, pregnancy, or seeming
        exhausted.</p>
        """,
    ),
]

TALKING_PAGE = DemoPage(
    kind="content",
    slug="talking-with-your-child",
    title="Talking with your child about relationships and being online",
    summary=(
        "Ideas for starting conversations about friendships, relationships and life "
        "online, so your child knows they can come to you if something goes wrong."
    ),
    body=[
        callout(
            body=f"""
                <p>If your child is in danger now, call {EMERGENCY}. If you want advice
                first, call the NSPCC helpline on {NSPCC}.</p>
            """,
        ),
        text(
            f"""
            <h2>Start early and keep it ordinary</h2>
            <p>Short, everyday chats work better than one big talk. Car journeys, cooking
            or walking the dog are good moments: side by side, with no pressure to look
            at each other.</p>
            <ul>
            <li>Ask what apps and games they use, and who they talk to on them.</li>
            <li>Ask what makes a good friend, and what makes a good relationship.</li>
            <li>Talk about stories in the news or on TV, rather than about them.</li>
            </ul>
            <h2>Things worth saying out loud</h2>
            <ul>
            <li>Someone who really cares about you will not ask you to keep secrets
            from us, or pressure you into anything.</li>
            <li>People online are not always who they say they are.</li>
            <li>If anyone asks you for a sexual photo, or threatens to share one, tell
            me. You will not be in trouble, and we will sort it out together.</li>
            <li>You will not lose your phone for telling me something worrying.</li>
            </ul>
            <p>That last point matters. Many young people keep quiet because they are
            afraid their phone will be taken away.</p>
            <h2>If they tell you something</h2>
            <p>Stay calm, listen, and thank them for telling you. Do not ask lots of
            questions or blame them. Then get help: see
            <a href="/parents-and-carers/">what to do if you are worried</a>. Your child
            can also talk to Childline on {CHILDLINE}.</p>
            """
        ),
        helplines(),
    ],
)

PARENTS_CARERS = DemoPage(
    kind="audience",
    slug="parents-and-carers",
    audience="parents-carers",
    show_in_menus=True,
    title="Parents and carers",
    summary=(
        "Worried your child is being exploited? The signs to look out for, what to do "
        "now, and who can help you and your child."
    ),
    body=[
        callout(
            body=f"""
                <ul>
                <li>If your child is in danger, or missing and you fear for their safety,
                call {EMERGENCY}.</li>
                <li>To report a concern that is not an emergency, call the police on
                {POLICE_NON_EMERGENCY}.</li>
                <li>To talk it through with someone, call the NSPCC helpline on
                {NSPCC}.</li>
                </ul>
            """,
        ),
        text(
            """
            <h2>It is not your fault, and it is not your child's</h2>
            <p>People who exploit children are skilled at it. They find out what a child
            wants, whether that is attention, money, excitement or a sense of
            belonging, and use it. They often work hard to turn a child against their
            family. None of this is your child's fault, and it does not mean you have
            failed as a parent.</p>
            <p>It can happen to any child, boy or girl, from any family. It can happen
            online, in person, or both.</p>
            """
        ),
        accordion(SIGNS, heading="Signs to look out for"),
        text(
            f"""
            <p>Many of these can be part of ordinary growing up. What matters is a
            change in your child, or several signs together. You know your child: if
            something feels wrong, act on it.</p>
            <h2>What you can do</h2>
            <ol>
            <li><b>Keep talking.</b> Stay calm and listen. Let your child know they can
            tell you anything and that they will not be blamed.</li>
            <li><b>Write things down.</b> Names, nicknames, phone numbers, usernames,
            car registrations, addresses and dates. This can help the police.</li>
            <li><b>Keep messages as they are.</b> Do not delete them. But never copy,
            save or forward a sexual photo or video of a child, even to report it:
            tell the police where it is instead.</li>
            <li><b>Do not confront the person yourself.</b> It could put you or your
            child in danger, and could warn them.</li>
            <li><b>Tell the police.</b> Call {EMERGENCY} if your child is in danger, or
            missing and you fear for their safety. Otherwise call
            {POLICE_NON_EMERGENCY}.</li>
            <li><b>Tell your child's school.</b> Ask to speak to the designated
            safeguarding lead, the person in charge of keeping pupils safe.</li>
            <li><b>Ask the council for help.</b> Your council's children's services can
            support you and your child. Contact details will be added to this site once
            they are confirmed.</li>
            </ol>
            <h2>Look after yourself</h2>
            <p>Finding out your child is being hurt is frightening and exhausting. You
            can call the NSPCC helpline on {NSPCC} for advice and support for you, as
            well as for your child.</p>
            """
        ),
        call_to_action(
            heading="Talking with your child",
            text="Ideas for everyday conversations about friends, relationships and being online.",
            page="/parents-and-carers/talking-with-your-child/",
            button_label="Get ideas for talking",
        ),
        helplines(),
    ],
    children=[TALKING_PAGE],
)
