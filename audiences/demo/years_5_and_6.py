"""Years 5 and 6: for children aged 9 to 11, and the first pages many will read
about staying safe online.

Written for a reading age of 9 or below: very short sentences, everyday one- and
two-syllable words, one idea at a time. Every page says the same two things in the
same words: tell an adult you trust, and you are not in trouble.

Each page has one flat illustration (audiences.demo.illustrations) near the top,
with alt text as short and plain as the copy: it counts towards the reading age.
"""

from home.demo.compose import (
    CHILDLINE,
    EMERGENCY,
    DemoPage,
    call_to_action,
    callout,
    text,
)

from .illustrations import illustration

# The value AudiencePage.audience takes for this section (audiences.models.Audience).
YEARS_5_AND_6_AUDIENCE = "years-5-6"

TELL_SOMEONE = callout(
    body=f"""
        <ul>
        <li>If you feel worried or scared, tell an adult you trust.</li>
        <li>You can call Childline on {CHILDLINE}. It is free.</li>
        <li>If you are in danger right now, call {EMERGENCY}.</li>
        </ul>
    """,
)

WHO_YOU_TALK_TO = DemoPage(
    kind="content",
    slug="who-you-talk-to-online",
    title="Who you talk to online",
    summary=(
        "Not everyone online is who they say they are. Here is how to spot a fake, and "
        "what to do if someone makes you feel worried."
    ),
    body=[
        callout(
            body="""
                <p>If someone online makes you feel odd or worried, stop the chat. Then
                tell an adult you trust. You are not in trouble.</p>
            """,
        ),
        illustration("chat", "A chat on a tablet. You cannot see who is really typing."),
        text(
            """
            <h2>People can pretend</h2>
            <p>Online, you cannot see who you are talking to. A man can say he is a girl
            of 10. A stranger can say he knows your mum. They may use a photo that is not
            them.</p>
            <h2>Is an online friend a real friend?</h2>
            <p>If you have not met them in real life, you do not know who they are. That
            is true even if you chat every day. It is true even if they are kind to
            you.</p>
            <h2>Signs to look out for</h2>
            <p>Take care if someone you chat to online does these things:</p>
            <ul>
            <li>They ask where you live, or what school you go to.</li>
            <li>They ask for a photo of you.</li>
            <li>They send you gifts, like game coins or money.</li>
            <li>They say you are special, or their best friend.</li>
            <li>They ask you to keep your chats a secret.</li>
            <li>They want to chat on a new app, or meet you.</li>
            </ul>
            <p>If this happens, stop the chat. Block them if you can. Then tell an adult
            you trust.</p>
            """
        ),
        call_to_action(
            heading="Who can I tell?",
            text="Find out who you can talk to, and what to say.",
            page="/years-5-and-6/telling-someone/",
            button_label="Telling someone",
        ),
    ],
)

SHARING_PICTURES = DemoPage(
    kind="content",
    slug="sharing-pictures",
    title="Sharing pictures",
    summary=(
        "Think before you send a photo. Once it has gone, you cannot get it back. Here "
        "is what to do if someone asks you for one."
    ),
    body=[
        callout(
            body="""
                <p>If someone asks you for a photo with no clothes on, say no. Then tell
                an adult you trust. It is not your fault.</p>
            """,
        ),
        illustration("photo", "A phone with a photo on it and a padlock."),
        text(
            f"""
            <h2>Think before you send</h2>
            <p>When you send a photo, the other person can keep it. They can show it to
            other people. You cannot get it back.</p>
            <p>Before you send a photo, ask: would I be happy for my family to see it?
            Does it show my school or my home?</p>
            <h2>Photos you should never send</h2>
            <p>Never send a photo of you with no clothes on, or in your pants. It does
            not matter who asks. It does not matter if they say they will send one
            too.</p>
            <p>No one should ask you for a photo like this. If they do, they are doing
            wrong. You are not.</p>
            <h2>If you have sent one</h2>
            <p>Do not try to sort it out on your own. You are not in trouble. Tell an
            adult you trust, so they can help you. You can call Childline on {CHILDLINE}
            too.</p>
            """
        ),
        call_to_action(
            heading="Who can I tell?",
            text="Find out who you can talk to, and what to say.",
            page="/years-5-and-6/telling-someone/",
            button_label="Telling someone",
        ),
    ],
)

SECRETS_AND_SURPRISES = DemoPage(
    kind="content",
    slug="secrets-and-surprises",
    title="Secrets and surprises",
    summary=(
        "A surprise is a fun thing you keep for a short time. A secret that makes you "
        "feel bad is one you should tell."
    ),
    body=[
        callout(
            body="""
                <p>If a secret makes you feel sad, scared or odd, tell an adult you trust.
                You will not be in trouble.</p>
            """,
        ),
        illustration(
            "secrets", "A present you can show everyone, and a secret someone asks you to keep."
        ),
        text(
            """
            <h2>Surprises are fun</h2>
            <p>A surprise might be a gift or a party. You keep it for a short time. Then
            the person finds out, and they are happy.</p>
            <h2>Some secrets are not OK</h2>
            <p>A bad secret makes you feel sad, scared or mixed up. You might be told to
            keep it for ever. You might be told you will be in trouble if you tell.</p>
            <p>Some people ask a child to hide things from the adults at home. That
            is a sign that something is wrong. It is the same online.</p>
            <p>Never keep a secret about these things:</p>
            <ul>
            <li>Someone who touches you in a way you do not like.</li>
            <li>Photos of you, or photos someone sent to you.</li>
            <li>Gifts from someone you do not know well.</li>
            <li>Someone you chat to online who says not to tell.</li>
            </ul>
            <h2>You can always tell</h2>
            <p>You can tell, even if you said you would keep it. You can tell, even if
            they said you would get in trouble. Telling is the right thing to do.</p>
            """
        ),
    ],
)

GAMES_AND_CHAT = DemoPage(
    kind="content",
    slug="games-and-chat",
    title="Games and chat",
    summary=(
        "Games are fun. Here is how to stay safe when you chat to other people while you play."
    ),
    body=[
        callout(
            body="""
                <p>If a player says or sends something that makes you feel bad, stop
                playing with them. Block them. Tell an adult you trust.</p>
            """,
        ),
        illustration("game", "A game controller with a big block button."),
        text(
            """
            <h2>Play with people you know</h2>
            <p>In lots of games you can chat with other players. Some of them are
            adults. It is best to chat with friends you know in real life.</p>
            <p>Ask an adult at home to help you set up your game. They can help you pick
            who can chat to you.</p>
            <h2>Watch out for free gifts</h2>
            <p>Some people give game coins or extra lives to children. Then they want
            something back. They might ask for a photo. They might ask you to keep a
            secret. This is a trick.</p>
            <h2>Keep things about you private</h2>
            <ul>
            <li>Do not use your real name as your game name.</li>
            <li>Do not say where you live or what school you go to.</li>
            <li>Do not use your camera with people you do not know.</li>
            </ul>
            <h2>If something goes wrong</h2>
            <p>You can block a player and report them in the game. Then tell an adult
            you trust. You have not done anything wrong.</p>
            """
        ),
    ],
)

TELLING_SOMEONE = DemoPage(
    kind="content",
    slug="telling-someone",
    title="Telling someone",
    summary=(
        "If something online or in real life makes you feel worried, you can tell "
        "someone. Here is who to tell and what to say."
    ),
    body=[
        TELL_SOMEONE,
        illustration("telling", "A child talking to a teacher who is listening."),
        text(
            f"""
            <h2>Who can I tell?</h2>
            <p>Tell an adult you trust. It could be one of these people:</p>
            <ul>
            <li>Your mum, dad or carer.</li>
            <li>A teacher, or someone else at school.</li>
            <li>A grown-up in your family, like an aunt or a gran.</li>
            <li>A coach or a club leader.</li>
            </ul>
            <h2>What do I say?</h2>
            <p>You can start with, "Can I talk to you about something?" You do not have
            to say it all at once. You can write it down if that feels better.</p>
            <h2>What if they do not help?</h2>
            <p>Tell someone else. Keep on telling until someone helps you.</p>
            <h2>You can call Childline</h2>
            <p>You can talk to Childline about anything. It is free, and you do not have
            to say your name. Call {CHILDLINE}.</p>
            """
        ),
    ],
)

YEARS_5_AND_6 = DemoPage(
    kind="audience",
    slug="years-5-and-6",
    audience=YEARS_5_AND_6_AUDIENCE,
    title="Years 5 and 6",
    show_in_menus=True,
    summary=(
        "For children in Years 5 and 6. How to stay safe when you chat, play and share "
        "online, and who to tell if you feel worried."
    ),
    body=[
        TELL_SOMEONE,
        illustration("playing", "Children playing games together on a tablet and a laptop."),
        text(
            """
            <h2>This part of the site is for you</h2>
            <p>It is for children in Years 5 and 6. It can help you stay safe when you
            play games, chat and share things online.</p>
            <p>Most people online are kind. But some people tell lies about who they are.
            Some of them want to trick children. These pages help you spot them, and
            tell you what to do.</p>
            <p>You can read the pages on your own. You can read them with an adult you
            trust, too.</p>
            """
        ),
    ],
    children=[
        WHO_YOU_TALK_TO,
        SHARING_PICTURES,
        SECRETS_AND_SURPRISES,
        GAMES_AND_CHAT,
        TELLING_SOMEONE,
    ],
)
