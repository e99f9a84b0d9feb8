"""The young people's section. Written for a reader of about 12, possibly on a
small, cracked phone, possibly with the person hurting them nearby: short
sentences, the most important things first."""

from .compose import (
    CHILDLINE,
    EMERGENCY,
    DemoPage,
    accordion,
    call_to_action,
    callout,
    definition,
    helplines,
    text,
)
from .definitions import (
    YOUNG_PEOPLES_DEFINITION,
    YOUNG_PEOPLES_DEFINITION_ATTRIBUTION,
    YOUNG_PEOPLES_DEFINITION_TITLE,
)

QUESTIONS = [
    (
        "Will I get in trouble?",
        """
        <p>No. You are not the one doing wrong. The person hurting you is. Even if you
        broke a rule, like going somewhere you should not, or drinking, it is still
        not your fault.</p>
        """,
    ),
    (
        "They say they love me. Can it still be abuse?",
        """
        <p>Yes. People who do this often say they love you or that you are special.
        Someone who really cares about you does not ask for sexual things in return,
        make you keep secrets or scare you.</p>
        """,
    ),
    (
        "I said yes at first. Is it my fault?",
        """
        <p>No. They tricked you, pushed you or made you feel you owed them. That is
        how this kind of abuse works. It is still abuse.</p>
        """,
    ),
    (
        "What if it is someone my own age?",
        """
        <p>It can still be abuse. Young people can exploit other young people too,
        sometimes because someone older is making them do it.</p>
        """,
    ),
    (
        "What happens when I tell someone?",
        """
        <p>A safe adult will listen and help you stay safe. They might need to tell
        other people whose job is to protect you, like a social worker or the police.
        They should tell you what they are going to do, and why. You can ask them
        questions at any time.</p>
        """,
    ),
]

PHOTO_PAGE = DemoPage(
    kind="content",
    slug="someone-has-a-photo-of-me",
    title="Someone has a photo of me",
    summary=(
        "If someone has a sexual photo or video of you, or is asking for one, "
        "it is not your fault. Here is what to do."
    ),
    body=[
        callout(
            body=f"""
                <ul>
                <li>Do not send any more photos or videos.</li>
                <li>Do not pay them or do what they ask.</li>
                <li>Keep the messages. Do not delete them yet.</li>
                <li>Tell a safe adult, or call Childline on {CHILDLINE}.</li>
                </ul>
            """,
        ),
        text(
            """
            <h2>It is not your fault</h2>
            <p>Someone might ask you for a photo. They might say they love you, or
            pretend to be your age. Then they might ask for more, or say they will
            share the photo if you do not do what they want.</p>
            <p>This is abuse. It is against the law for anyone to ask someone under 18
            for sexual photos, or to keep them or share them. You will not be in
            trouble for telling someone.</p>
            <h2>Getting a photo taken down</h2>
            <p>Childline can help get a nude photo or video of someone under 18 removed
            from the internet. Call them, or visit the Childline website.</p>
            <h2>Is it the same person who is giving you things?</h2>
            <p>If someone gives you gifts, lifts or money and then wants photos or
            sexual things, that is sexual exploitation.
            <a href="/young-people/">Read more about what it is and who can help</a>.</p>
            """
        ),
        helplines(),
    ],
)

YOUNG_PEOPLE = DemoPage(
    kind="audience",
    slug="young-people",
    audience="young-people",
    show_in_menus=True,
    title="Young people",
    summary=(
        "Is someone giving you things and then wanting sexual things back? "
        "It is not your fault. Find out what is happening and who can help."
    ),
    body=[
        definition(
            title=YOUNG_PEOPLES_DEFINITION_TITLE,
            quote=YOUNG_PEOPLES_DEFINITION,
            attribution=YOUNG_PEOPLES_DEFINITION_ATTRIBUTION,
        ),
        callout(
            body=f"""
                <ul>
                <li>In danger now? Call {EMERGENCY}.</li>
                <li>Talk to Childline on {CHILDLINE}. It is free, and you can call
                any time.</li>
                <li>Need to leave fast? Press <b>Exit this page</b>.</li>
                </ul>
            """,
        ),
        text(
            f"""
            <h2>It is never your fault</h2>
            <p>If someone is doing this to you, you have done nothing wrong. The person
            doing it is to blame. Always.</p>
            <h2>What it can look like</h2>
            <p>It often starts with someone being nice. They might:</p>
            <ul>
            <li>give you presents, money, phone credit, vapes or alcohol</li>
            <li>give you lifts, or take you to parties</li>
            <li>say you are special, or that they love you</li>
            <li>tell you to keep it secret</li>
            </ul>
            <p>Then they want something back. They might want sexual things or photos.
            They might say you owe them. They might scare you or threaten you.</p>
            <p>It can happen online or in person. It happens to boys and girls. The
            person can be an adult, or someone your age.</p>
            <h2>Tell a safe adult</h2>
            <p>A safe adult is someone you trust who will listen to you. It could be a
            parent or carer, a teacher, a school nurse, a youth worker, a sports coach
            or a friend's parent.</p>
            <p>A safe adult:</p>
            <ul>
            <li>listens to you and believes you</li>
            <li>does not blame you</li>
            <li>helps you get help</li>
            </ul>
            <p>You can start by telling them a little. If the first person does not
            help, tell someone else. Keep telling until someone helps.</p>
            <p>If you do not want to talk to someone you know, call Childline on
            <b>{CHILDLINE}</b>. You do not have to give your name.</p>
            """
        ),
        accordion(QUESTIONS, heading="Questions you might have"),
        call_to_action(
            heading="Worried someone checks your phone?",
            text="Find out how to hide that you visited this site.",
            page="/covering-your-tracks/",
            button_label="Cover your tracks",
        ),
        helplines(),
    ],
    children=[PHOTO_PAGE],
)
