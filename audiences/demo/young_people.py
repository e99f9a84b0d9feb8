"""Pages beneath /young-people/ for readers of about 12 and over: healthy
relationships, online grooming, "it is never your fault", talking to a safe adult
and how to report.

Written for a reading age of 12 or below: short sentences, everyday words, the most
important action first. The reader may be on a small phone, and the person hurting
them may be nearby.
"""

from home.demo.compose import (
    CHILDLINE,
    EMERGENCY,
    POLICE_NON_EMERGENCY,
    DemoPage,
    accordion,
    call_to_action,
    callout,
    helplines,
    text,
)

GET_HELP_NOW = callout(
    body=f"""
        <ul>
        <li>In danger now? Call {EMERGENCY}.</li>
        <li>Talk to Childline on {CHILDLINE}. It is free, and you can call any time.</li>
        <li>Or tell a safe adult you trust.</li>
        </ul>
    """,
)

HEALTHY_RELATIONSHIPS = DemoPage(
    kind="content",
    slug="healthy-relationships",
    title="Healthy relationships",
    summary=(
        "What is OK in a relationship and what is not. What consent means, and what to "
        "do if someone is putting pressure on you."
    ),
    body=[
        callout(
            body=f"""
                <p>If someone is hurting you, scaring you or pushing you to do sexual
                things, it is not OK. Tell a safe adult, or call Childline on
                {CHILDLINE}. If you are in danger now, call {EMERGENCY}.</p>
            """,
        ),
        text(
            """
            <h2>What a good relationship feels like</h2>
            <p>This is true for friends, and for a boyfriend or girlfriend. It is true
            online and face to face. In a good relationship:</p>
            <ul>
            <li>You feel safe, and you are treated with respect.</li>
            <li>You can say no, and they accept it.</li>
            <li>You can still see your friends and family.</li>
            <li>You can disagree without being scared.</li>
            <li>Nobody checks your phone or tells you what to wear.</li>
            </ul>
            <h2>What is not OK</h2>
            <ul>
            <li>Being made to feel you owe someone, because of gifts, lifts or
            money.</li>
            <li>Being told to keep the relationship secret.</li>
            <li>Threats, hitting, or being put down.</li>
            <li>Being pushed to send photos or do sexual things.</li>
            <li>An adult wanting a sexual relationship with you.</li>
            </ul>
            <h2>Consent</h2>
            <p>Consent means saying yes because you really want to. Nobody should trick
            you, scare you or wear you down until you say yes. That is not consent.</p>
            <p>You can change your mind at any time, even if you said yes before. Someone
            who is drunk, high, asleep or scared cannot give consent.</p>
            <p>The law says nobody under 16 can consent to sex. And nobody, at any age,
            can agree to being used or exploited.</p>
            <h2>Pressure</h2>
            <p>Pressure can be loud, like a threat. It can be quiet, like "If you loved
            me, you would." It can come from one person or from a group.</p>
            <p>You never owe anyone anything sexual. Not for gifts, not for a lift, and
            not because they were kind to you.</p>
            """
        ),
        accordion(
            [
                (
                    "How do I say no?",
                    """
                    <p>Keep it short: "No, I do not want to." You do not have to give a
                    reason. If they keep pushing, leave if you can, and tell someone.</p>
                    """,
                ),
                (
                    "What if my friends say it is normal?",
                    """
                    <p>Being pushed or used is never normal, even if it happens to
                    people you know. You can talk to a safe adult about a friend
                    too.</p>
                    """,
                ),
            ],
            heading="Questions you might have",
        ),
        call_to_action(
            heading="It is never your fault",
            text="If something has already happened, you did nothing wrong.",
            page="/young-people/never-your-fault/",
            button_label="Read more",
        ),
    ],
)

ONLINE_GROOMING = DemoPage(
    kind="content",
    slug="online-grooming",
    title="Online grooming and sharing images",
    summary=(
        "How people groom young people online, the signs to look out for, and what to "
        "do if someone asks you for photos."
    ),
    body=[
        callout(
            body=f"""
                <p>Is someone asking you for a photo, or saying they will share one? Stop
                replying, keep the messages and tell a safe adult. You can call Childline
                on {CHILDLINE}. Read
                <a href="/young-people/someone-has-a-photo-of-me/">what to do if someone
                has a photo of you</a>.</p>
            """,
        ),
        text(
            """
            <h2>What grooming is</h2>
            <p>Grooming is when someone builds up your trust so they can abuse you.
            Online, they can pretend to be anyone. They might say they are your age.
            They might say they can make you famous. It can take weeks, or it can happen
            in one night.</p>
            <h2>Signs to look out for</h2>
            <p>Be careful if someone you met online does these things:</p>
            <ul>
            <li>They say nice things about you all the time.</li>
            <li>They send you gifts, game credit or money.</li>
            <li>They want to move to a private chat or a different app.</li>
            <li>They tell you to keep your chats a secret.</li>
            <li>They ask sexual questions, or ask for photos.</li>
            <li>They try to turn you against your friends or family.</li>
            <li>They want to meet you.</li>
            </ul>
            <h2>Sharing images</h2>
            <p>It is against the law for anyone to ask someone under 18 for a sexual
            photo or video. It is also against the law to keep it or share it.</p>
            <p>Some people trick young people into sending a photo. Then they ask for
            more, or for money. They say they will share the photo if you do not do
            what they want. If this happens, it is not your fault. Do not pay, and do
            not send more. Tell someone.</p>
            <h2>Staying safer online</h2>
            <ul>
            <li>Keep your accounts private.</li>
            <li>Turn off sharing your location.</li>
            <li>Only accept friends you know in real life.</li>
            <li>Block and report anyone who makes you feel unsafe.</li>
            </ul>
            """
        ),
        call_to_action(
            heading="Someone has a photo of me",
            text="What to do if someone has a sexual photo of you, or is asking for one.",
            page="/young-people/someone-has-a-photo-of-me/",
            button_label="Find out what to do",
        ),
    ],
)

NEVER_YOUR_FAULT = DemoPage(
    kind="content",
    slug="never-your-fault",
    title="It is never your fault",
    summary=(
        "If someone has sexually exploited you, you did nothing wrong. Whatever "
        "happened, the person who abused you is to blame."
    ),
    body=[
        GET_HELP_NOW,
        text(
            """
            <h2>Whatever happened, you are not to blame</h2>
            <p>People who exploit young people are good at making them feel it is their
            fault. They might say you wanted it, or that you owe them. That is a lie.
            They say it to keep you quiet.</p>
            <p>The person who abused you is the one who did wrong. Always.</p>
            """
        ),
        accordion(
            [
                (
                    "I went there on my own.",
                    """
                    <p>It is still not your fault. Going somewhere does not mean you
                    agreed to be hurt.</p>
                    """,
                ),
                (
                    "I was drinking or taking drugs.",
                    """
                    <p>It is still not your fault. People who exploit young people often
                    give them drink or drugs on purpose.</p>
                    """,
                ),
                (
                    "I took the money or the gifts.",
                    """
                    <p>It is still not your fault. Gifts are a trick to make you feel you
                    owe them. You never owe anyone anything sexual.</p>
                    """,
                ),
                (
                    "I said yes.",
                    """
                    <p>It is still not your fault. If you were tricked, scared or pushed,
                    that is not a real yes. Nobody can agree to being exploited.</p>
                    """,
                ),
                (
                    "I am a boy. This does not happen to boys.",
                    """
                    <p>It does. Boys and young men are exploited too. It is just as
                    serious, and it is just as much not your fault.</p>
                    """,
                ),
            ],
            heading="Things you might be thinking",
        ),
        text(
            """
            <h2>You are not in trouble</h2>
            <p>Young people who are exploited are victims. The police and other services
            should treat you as someone who has been hurt, not as someone who has done
            wrong. That is true even if you were made to do things that broke the
            law.</p>
            <h2>How you might feel</h2>
            <p>You might feel confused, angry, scared or numb. You might still care
            about the person. All of these feelings are normal. Talking to someone can
            help.</p>
            """
        ),
        call_to_action(
            heading="Talking to a safe adult",
            text="Who you could tell, how to start, and what happens next.",
            page="/young-people/talking-to-a-safe-adult/",
            button_label="Find out how",
        ),
    ],
)

TALKING_TO_A_SAFE_ADULT = DemoPage(
    kind="content",
    slug="talking-to-a-safe-adult",
    title="Talking to a safe adult",
    summary=("Who a safe adult is, how to start talking, and what happens after you tell someone."),
    body=[
        callout(
            heading="You can start small",
            body=f"""
                <p>Just say, "Can I talk to you about something?" If you do not want to
                talk to someone you know, call Childline on {CHILDLINE}.</p>
            """,
        ),
        text(
            """
            <h2>Who is a safe adult?</h2>
            <p>A safe adult is someone you trust. They listen to you, they believe you
            and they do not blame you. It could be:</p>
            <ul>
            <li>A parent, carer or someone else in your family.</li>
            <li>A teacher, a school nurse or a school counsellor.</li>
            <li>A youth worker, a coach or a social worker.</li>
            <li>A friend's parent.</li>
            </ul>
            <h2>Ways to start</h2>
            <ul>
            <li>Say it face to face, at a time that feels calm.</li>
            <li>Write it down, or send a message.</li>
            <li>Bring a friend with you.</li>
            <li>Show them this page.</li>
            </ul>
            <p>You do not have to tell them everything at once. You can start with a
            little bit.</p>
            <h2>What happens next</h2>
            <p>A safe adult will listen and help you stay safe. They might need to tell
            other people whose job is to protect you. They cannot keep it secret if you
            are not safe. But they should tell you who they will tell, and why.</p>
            <h2>If they do not help</h2>
            <p>Tell someone else. Keep telling until someone helps you.</p>
            """
        ),
        accordion(
            [
                (
                    "Will they tell my parents?",
                    """
                    <p>They might, if it will help keep you safe. If you are worried
                    about your parents finding out, say so. They should talk with you
                    about it first.</p>
                    """,
                ),
                (
                    "What if I do not have anyone to tell?",
                    f"""
                    <p>You can call Childline on {CHILDLINE}. It is free and you do not
                    have to give your name. You can also chat to them online.</p>
                    """,
                ),
            ],
            heading="Questions you might have",
        ),
        helplines(),
    ],
)

HOW_TO_REPORT = DemoPage(
    kind="content",
    slug="how-to-report",
    title="How to report",
    summary=(
        "The ways you can tell someone what is happening to you or to a friend. Some of "
        "them let you keep your name private."
    ),
    body=[
        callout(
            body=f"""
                <p>If you or someone else is in danger now, call {EMERGENCY}.</p>
            """,
        ),
        text(
            f"""
            <h2>Ways to report</h2>
            <ul>
            <li><b>Tell a safe adult.</b> See
            <a href="/young-people/talking-to-a-safe-adult/">how to talk to a safe
            adult</a>.</li>
            <li><b>Call Childline on {CHILDLINE}.</b> It is free, at any time. You do
            not have to give your name.</li>
            <li><b>Use our online form.</b> You can
            <a href="/report-a-concern/">report a concern</a> about yourself or a
            friend. It is not checked all the time. If you need help now, call
            {EMERGENCY}.</li>
            <li><b>Call the police on {POLICE_NON_EMERGENCY}</b> if it is not an
            emergency.</li>
            </ul>
            <h2>If it happened online</h2>
            <ul>
            <li>Block the person, and report them in the app or game.</li>
            <li>Keep the messages. Take a screenshot of the chat and their user name.</li>
            <li>Never screenshot, save or forward a sexual photo, even to report it. Tell
            an adult where it is instead.</li>
            </ul>
            <h2>Worried about a friend?</h2>
            <p>Tell a safe adult. Your friend might be angry at first. But you are being
            a good friend. It could stop them being hurt.</p>
            """
        ),
        call_to_action(
            heading="Report a concern",
            text="Tell us what is worrying you, about you or someone else.",
            page="/report-a-concern/",
            button_label="Report a concern",
        ),
        helplines(),
    ],
)

YOUNG_PEOPLE_PAGES = [
    HEALTHY_RELATIONSHIPS,
    ONLINE_GROOMING,
    NEVER_YOUR_FAULT,
    TALKING_TO_A_SAFE_ADULT,
    HOW_TO_REPORT,
]
