"""Covering your tracks: how to leave quickly and hide a visit, and the honest
limits of each. Kept general: browser menus change, so no exact menu paths."""

from .compose import CHILDLINE, EMERGENCY, DemoPage, accordion, callout, text

DEVICES = [
    (
        "On a phone or tablet",
        """
        <ul>
        <li>Open your web browser's history, find the pages from this site and delete
        them. You will usually find history in the browser's menu or settings.</li>
        <li>Check the list of recently used apps and close the browser.</li>
        <li>If you called a helpline, delete the call from your recent calls
        list.</li>
        <li>If you searched for this site, delete the search too. Search apps often
        keep their own history.</li>
        </ul>
        """,
    ),
    (
        "On a computer",
        """
        <ul>
        <li>Open your browser's history and delete the pages from this site. Most
        browsers show history in their main menu.</li>
        <li>If you downloaded anything, delete it from your downloads folder and
        empty the recycle bin or trash.</li>
        </ul>
        """,
    ),
    (
        "Shared accounts",
        """
        <p>If you sign in to your browser, or your phone uses an account that someone
        else can get into, your history may be copied to their devices too. Family
        accounts can let a parent or partner see which apps and sites you use, and
        sometimes where you are.</p>
        """,
    ),
]

LIMITS = [
    (
        "Someone may see your screen or your device",
        """
        <p>Anyone who picks up your phone or computer before you have cleared your
        history can see what you looked at.</p>
        """,
    ),
    (
        "Monitoring software",
        """
        <p>Some apps and programs record everything done on a device, including what
        you type. Deleting history does not remove them. If you think someone is
        watching what you do, use a different device.</p>
        """,
    ),
    (
        "Home, school and work networks",
        """
        <p>Whoever runs a wifi network or router may be able to see which sites were
        visited through it. Private browsing does not hide this. Using mobile data
        instead of someone else's wifi can help.</p>
        """,
    ),
]

COVERING_TRACKS = DemoPage(
    kind="content",
    slug="covering-your-tracks",
    title="Covering your tracks",
    summary=(
        "How to leave this site quickly, browse more privately and delete your history, "
        "and the limits of each, if you are worried someone checks your phone or "
        "computer."
    ),
    body=[
        callout(
            heading="If you are in danger",
            body=f"""
                <p>Call {EMERGENCY}. If you cannot speak, stay on the line and cough or
                tap the phone. On a mobile you may be asked to press 55: do it, and you
                will be put through to the police.</p>
            """,
        ),
        text(
            """
            <h2>Leaving this site quickly</h2>
            <p>Every page has an <b>Exit this page</b> button. It takes you straight to
            an ordinary website. On a computer you can also press the Shift key three
            times.</p>
            <p>The quick exit does not delete anything. This site will still be in your
            browser's history, and pressing the back button may bring it back.</p>
            <h2>Private browsing</h2>
            <p>Most browsers have a private mode. It may be called private browsing,
            incognito or InPrivate. When you close all private windows, the browser
            forgets the sites you visited in them.</p>
            <p>Private browsing does not hide what you do from monitoring software, or
            from whoever runs the wifi or network you are using.</p>
            <h2>Deleting your history</h2>
            <p>You can delete just the pages from this site rather than all of your
            history. If all your history suddenly disappears, someone who checks may
            notice.</p>
            <p>This site does not set cookies when you read it, so there are no cookies
            from us to delete.</p>
            """
        ),
        accordion(DEVICES, heading="How to delete your history"),
        accordion(LIMITS, heading="What these steps cannot do"),
        text(
            f"""
            <h2>Use a safer device</h2>
            <p>The safest way is to use a phone or computer that the person you are
            worried about cannot get to: a trusted friend's phone, or a computer at
            school, college or a public library.</p>
            <p>If you are young and want to talk to someone, you can call Childline on
            {CHILDLINE}.</p>
            """
        ),
    ],
)
