"""Pages beneath /parents-and-carers/: the signs, online and social media risks,
conversation starters, what to do and who to call, and a guide for parents of
children in Years 5 and 6.

The landing page (home/demo/parents_carers.py) already lists the signs briefly and
links to "Talking with your child"; these pages go further without repeating it.
Reading age 14 or below.
"""

from home.demo.compose import (
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

WORRIED_NOW = callout(
    body=f"""
        <ul>
        <li>If your child is in danger, or missing and you fear for them, call
        {EMERGENCY}.</li>
        <li>If it is not an emergency, call the police on {POLICE_NON_EMERGENCY} or
        <a href="/report-a-concern/">report a concern online</a>.</li>
        <li>To talk it through first, call the NSPCC helpline on {NSPCC}.</li>
        </ul>
    """,
)

SIGNS = DemoPage(
    kind="content",
    slug="signs-to-look-out-for",
    title="Signs to look out for",
    summary=(
        "The changes that can mean a child is being sexually exploited, how grooming "
        "often starts, and why several signs together matter more than any one."
    ),
    body=[
        WORRIED_NOW,
        text(
            """
            <h2>How it often starts</h2>
            <p>Exploitation rarely starts with abuse. It usually starts with attention.
            Someone makes a child feel special, grown up or looked after. They may give
            gifts, lifts, money, alcohol or a place to hang out. Then they ask for
            something back, or say the child owes them. By then the child may feel
            trapped, ashamed or in love.</p>
            <p>The person may be an adult, a group, or someone close to your child's
            age. It can happen online, face to face, or both.</p>
            """
        ),
        accordion(
            [
                (
                    "At home",
                    """
                    <p>Coming home late or staying out all night. Going missing. New
                    clothes, a new phone, money or gifts they cannot explain. Being
                    angry or secretive when you ask where they have been.</p>
                    """,
                ),
                (
                    "Friends and relationships",
                    """
                    <p>Older friends you have never met. A much older boyfriend or
                    girlfriend. Being picked up by cars you do not know. Dropping old
                    friends and hobbies.</p>
                    """,
                ),
                (
                    "Phone and online",
                    """
                    <p>Hiding their screen, having a second phone, deleting messages,
                    or getting calls and messages at all hours. Seeming frightened when
                    their phone goes off.</p>
                    """,
                ),
                (
                    "School",
                    """
                    <p>Missing school or lessons. Falling behind. Teachers telling you
                    they seem tired, distracted or upset.</p>
                    """,
                ),
                (
                    "Health and mood",
                    """
                    <p>Becoming withdrawn, anxious, low or aggressive. Drinking, taking
                    drugs or hurting themselves. Injuries they will not talk about.
                    Sexual health problems.</p>
                    """,
                ),
            ],
            heading="Signs you might notice",
        ),
        text(
            """
            <h2>Trust your instincts</h2>
            <p>Many of these signs can be part of growing up. What matters is a change
            in your child, or several signs together. You know your child best. If
            something feels wrong, act on it. You do not need proof.</p>
            <p>Boys are exploited too, and are less often spotted. Look for the same
            signs in sons as in daughters.</p>
            """
        ),
        call_to_action(
            heading="What to do if you are worried",
            text="The steps to take and who to call.",
            page="/parents-and-carers/what-to-do-if-you-are-worried/",
            button_label="See what to do",
        ),
    ],
)

ONLINE_RISKS = DemoPage(
    kind="content",
    slug="online-and-social-media-risks",
    title="Online and social media risks",
    summary=(
        "How abusers use games, apps and social media to reach children, what sharing "
        "images can lead to, and the settings that help keep your child safer."
    ),
    body=[
        WORRIED_NOW,
        text(
            """
            <h2>How abusers use the internet</h2>
            <p>People who exploit children go where children are: social media, games,
            live streams and group chats. They may use a fake profile and pretend to be
            a young person. They may offer game credit, money or compliments. Then they
            try to move the chat somewhere private, where nobody else can see it.</p>
            <p>Some abusers only ever contact a child online. Others use the internet
            to start a relationship and then arrange to meet.</p>
            <h2>Sharing images</h2>
            <p>A child may be flattered, pressured or tricked into sending a sexual
            photo or video. Once sent, the abuser may threaten to share it unless the
            child sends more, pays money or meets up. This is sometimes called
            sextortion. Boys and young men are often targeted for money.</p>
            <p>Make sure your child knows they can tell you, and that they will not be
            in trouble. Fear of being blamed, or of losing their phone, is one of the
            main reasons children stay quiet.</p>
            """
        ),
        accordion(
            [
                (
                    "Privacy settings",
                    """
                    <p>Set accounts to private, so only approved friends can see posts
                    and photos. Check the settings again after updates.</p>
                    """,
                ),
                (
                    "Who can contact them",
                    """
                    <p>Most apps and games let you choose who can send messages, add
                    your child as a friend or join their games. Choose friends only, or
                    nobody, where you can.</p>
                    """,
                ),
                (
                    "Location sharing",
                    """
                    <p>Turn off location sharing on apps and photos, so posts do not
                    show where your child lives, goes to school or is right now.</p>
                    """,
                ),
                (
                    "Age limits",
                    """
                    <p>Check the minimum age for each app and the age rating of each
                    game. They are there for a reason.</p>
                    """,
                ),
            ],
            heading="Settings that help",
        ),
        text(
            f"""
            <h2>If something has happened online</h2>
            <ul>
            <li>Stay calm and thank your child for telling you.</li>
            <li>Do not delete the messages. Note usernames and profile links.</li>
            <li>Never copy, save or forward a sexual image of a child, even to report
            it. Tell the police where it is.</li>
            <li>Report the account to the app or game.</li>
            <li>Call the police on {POLICE_NON_EMERGENCY}, or {EMERGENCY} if your child
            is in danger.</li>
            </ul>
            <p>Your child can talk to Childline on {CHILDLINE}. Childline can also help
            get a nude image of someone under 18 taken down.</p>
            """
        ),
        call_to_action(
            heading="Is your child in Year 5 or 6?",
            text="A guide to talking with younger children about being online.",
            page="/parents-and-carers/talking-to-your-child-about-being-online/",
            button_label="Read the guide",
        ),
    ],
)

CONVERSATION_STARTERS = DemoPage(
    kind="content",
    slug="conversation-starters",
    title="Conversation starters",
    summary=(
        "Questions that make it easier to talk with your child about friends, "
        "relationships, pressure and life online."
    ),
    body=[
        callout(
            heading="Before you start",
            body="""
                <ul>
                <li>Pick a relaxed moment, like a car journey or cooking together.</li>
                <li>Listen more than you talk.</li>
                <li>Stay calm, whatever you hear. Your child is watching how you
                react.</li>
                </ul>
            """,
        ),
        accordion(
            [
                (
                    "About friends",
                    """
                    <ul>
                    <li>"Who do you like spending time with at the moment?"</li>
                    <li>"What makes someone a good friend?"</li>
                    <li>"Has anyone new joined your group lately?"</li>
                    </ul>
                    """,
                ),
                (
                    "About relationships",
                    """
                    <ul>
                    <li>"How would you know if someone really cared about you?"</li>
                    <li>"What would you do if someone you liked asked you to keep them
                    secret?"</li>
                    <li>"Why do you think an adult would want to go out with someone your
                    age?"</li>
                    </ul>
                    """,
                ),
                (
                    "About being online",
                    """
                    <ul>
                    <li>"Which apps and games are you into? Can you show me?"</li>
                    <li>"Have you ever been sent something that made you feel odd?"</li>
                    <li>"What would you do if someone you met online asked for a
                    photo?"</li>
                    </ul>
                    """,
                ),
                (
                    "About pressure",
                    """
                    <ul>
                    <li>"Do people at school feel pushed to send photos?"</li>
                    <li>"What could someone say if they wanted to say no?"</li>
                    <li>"If a friend was in trouble, who would they tell?"</li>
                    </ul>
                    """,
                ),
            ],
            heading="Questions to try",
        ),
        text(
            """
            <h2>Talk about other people first</h2>
            <p>Children often find it easier to talk about a friend, a TV show or a
            news story than about themselves. Ask what they think, and let the
            conversation move on to them when they are ready.</p>
            <h2>Say the important things out loud</h2>
            <ul>
            <li>"You can tell me anything, and I will not be angry with you."</li>
            <li>"You will not lose your phone for telling me something."</li>
            <li>"If someone is hurting you, it is never your fault."</li>
            </ul>
            <p>For more ideas, see
            <a href="/parents-and-carers/talking-with-your-child/">talking with your
            child about relationships and being online</a>.</p>
            """
        ),
    ],
)

WHAT_TO_DO = DemoPage(
    kind="content",
    slug="what-to-do-if-you-are-worried",
    title="What to do if you are worried",
    summary=(
        "What to do, and who to call, if you think your child is being sexually "
        "exploited or is at risk."
    ),
    body=[
        WORRIED_NOW,
        text(
            f"""
            <h2>If your child is missing</h2>
            <p>If your child is missing and you fear for their safety, call {EMERGENCY}
            straight away. You do not have to wait. Tell the police you are worried they
            may be being exploited. Have a recent photo, a description and the names of
            friends ready.</p>
            <h2>If you think your child is at risk</h2>
            <ol>
            <li><b>Talk to your child.</b> Stay calm, listen and do not blame
            them.</li>
            <li><b>Write things down.</b> Names, nicknames, usernames, car details,
            places and dates.</li>
            <li><b>Keep evidence.</b> Do not delete messages. Never copy or forward a
            sexual image of a child.</li>
            <li><b>Do not confront the person.</b> It could put you or your child in
            danger.</li>
            <li><b>Report it.</b> Call the police on {POLICE_NON_EMERGENCY}, or
            <a href="/report-a-concern/">report a concern online</a>.</li>
            <li><b>Tell the school.</b> Ask for the designated safeguarding lead.</li>
            </ol>
            <h2>If your child tells you something</h2>
            <p>Believe them, and tell them they were right to tell you. Do not ask lots
            of questions or promise to keep it secret. Explain what you will do next.
            Then get help.</p>
            <h2>Look after yourself</h2>
            <p>This is hard for the whole family. The NSPCC helpline on {NSPCC} can
            give you advice and support. Your child can call Childline on
            {CHILDLINE}.</p>
            """
        ),
        helplines(),
    ],
)

YEARS_5_AND_6_GUIDE = DemoPage(
    kind="content",
    slug="talking-to-your-child-about-being-online",
    title="Talking to your child about being online",
    summary=(
        "For parents and carers of children in Years 5 and 6: talking about who they "
        "speak to online and offline, settings and apps, and what to do if you are "
        "worried."
    ),
    body=[
        WORRIED_NOW,
        text(
            """
            <h2>Why start now</h2>
            <p>Many children get their first phone, or start playing games with chat,
            around this age. People who want to groom children look for them there.
            Children who know the warning signs, and know they can tell you, are
            better protected.</p>
            <h2>Who they talk to, online and offline</h2>
            <ul>
            <li>Ask who they play and chat with. Show interest in the games, not just
            the rules.</li>
            <li>Explain that someone they have only met online is still a stranger,
            however friendly.</li>
            <li>Ask about new friends offline too, especially older ones, or anyone
            who gives them gifts.</li>
            <li>Talk about the difference between a surprise and a secret. A surprise
            is fun and short. A secret that feels bad should always be told.</li>
            </ul>
            """
        ),
        accordion(
            [
                (
                    "Privacy",
                    """
                    <p>Set accounts and profiles to private. Help your child choose a
                    username that does not show their real name, age or school.</p>
                    """,
                ),
                (
                    "Who can message them",
                    """
                    <p>Check each app and game's settings. Set messages, friend requests
                    and voice chat to friends only, or turn them off.</p>
                    """,
                ),
                (
                    "Location",
                    """
                    <p>Turn location sharing off in apps and for the camera, so photos
                    and posts do not show where your child is.</p>
                    """,
                ),
                (
                    "Age ratings and controls",
                    """
                    <p>Check minimum ages and game ratings. Use the parental controls on
                    the device and your home internet. Controls help, but they do not
                    replace talking.</p>
                    """,
                ),
                (
                    "Family rules",
                    """
                    <p>Agree rules together: where devices are used, when they go off at
                    night, and what to do if something goes wrong. Keep devices out of
                    bedrooms overnight if you can.</p>
                    """,
                ),
            ],
            heading="Settings and apps",
        ),
        text(
            f"""
            <h2>If you are worried</h2>
            <ul>
            <li>Stay calm. Tell your child they have done the right thing by telling
            you.</li>
            <li>Do not take their device away as a punishment. They may not tell you
            next time.</li>
            <li>Keep messages as evidence. Never copy or forward a sexual image of a
            child.</li>
            <li>Call the NSPCC helpline on {NSPCC} for advice, or
            <a href="/report-a-concern/">report a concern online</a>.</li>
            <li>If your child is in danger, call {EMERGENCY}.</li>
            </ul>
            <p>See <a href="/parents-and-carers/what-to-do-if-you-are-worried/">what to do
            if you are worried</a> for more.</p>
            """
        ),
        call_to_action(
            heading="Pages for your child",
            text="Short pages for children in Years 5 and 6. Read them together.",
            page="/years-5-and-6/",
            button_label="Years 5 and 6",
        ),
    ],
)

PARENTS_CARERS_PAGES = [
    SIGNS,
    ONLINE_RISKS,
    CONVERSATION_STARTERS,
    WHAT_TO_DO,
    YEARS_5_AND_6_GUIDE,
]
