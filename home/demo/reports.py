"""The start pages of the two report journeys (forms.models.ReportPage): what
happens to a report, who reads it, what we do not collect, and what to do
instead in an emergency. The questions themselves are in forms/forms.py."""

from .compose import CHILDLINE, CRIMESTOPPERS, EMERGENCY, DemoPage, callout, text

IN_DANGER_NOW = callout(
    heading="In danger now?",
    body=f"""
        <p>If a child is in danger right now, call {EMERGENCY}. This form is not watched
        around the clock, so do not use it in an emergency.</p>
    """,
)

WHAT_WE_DO_NOT_COLLECT = """
    <h2>What we do not collect</h2>
    <ul>
    <li>We do not record your IP address (the number that identifies your internet
    connection).</li>
    <li>We do not record what phone, computer or browser you use.</li>
    <li>We do not use cookies, apart from one security cookie on the form pages. It
    stops other websites sending forms in your name, and holds nothing about you.</li>
    <li>We do not ask for your name. You can give it, or a way to contact you, only if
    you choose to.</li>
    </ul>
    <p>What you write is stored in code (encrypted). Only the people who handle reports
    can read it.</p>
"""

COMING_BACK = """
    <h2>After you send it</h2>
    <p>You will get a reference and a receipt code. With them you can come back later,
    without an account, to see what is happening with your report and to answer any
    question the team has for you. If it is not safe to keep the code, you do not have
    to.</p>
    <p>You can leave at any time with the <b>Exit this page</b> button. Nothing is sent
    until you press <b>Send report</b> at the end.</p>
"""

REPORT_A_CONCERN = DemoPage(
    kind="report",
    report_kind="concern",
    slug="report-a-concern",
    title="Report a concern about a child",
    summary=(
        "Tell us if you are worried that a child or young person is being sexually "
        "exploited. You do not have to be sure, and you do not have to give your name."
    ),
    body=[
        IN_DANGER_NOW,
        text(
            f"""
            <h2>Who can use this form</h2>
            <p>Anyone who is worried about a child or young person. You might be a young
            person yourself, a parent or carer, a friend, a neighbour or someone who works
            with children. Tell us what you know, even if it is only a small thing.</p>
            <h2>Who reads your report</h2>
            <p>Your report goes to the children's services team at the council for the
            area where the child lives: Cheshire East, Cheshire West and Chester, Halton or
            Warrington. They decide what needs to happen to keep the child safe.</p>
            <p>If you are not sure of the area, or it is outside Cheshire, your report goes
            to a Pan-Cheshire team who pass it to the right place.</p>
            {WHAT_WE_DO_NOT_COLLECT}
            {COMING_BACK}
            <h2>Other ways to get help</h2>
            <p>If you are a young person, you can talk to Childline about anything, free
            and in private, on {CHILDLINE}. What is happening to you is never your
            fault.</p>
            <p>If you would rather tell someone by phone without giving your name, call
            Crimestoppers on {CRIMESTOPPERS}.</p>
            """
        ),
    ],
)

SHARE_INFORMATION = DemoPage(
    kind="report",
    report_kind="intelligence",
    slug="share-information",
    title="Share information about people, places or vehicles",
    summary=(
        "Tell the police about people, places or vehicles that could be linked to the "
        "sexual exploitation of children. For taxi drivers, hotel and venue staff, and "
        "anyone else who has seen something."
    ),
    body=[
        IN_DANGER_NOW,
        text(
            f"""
            <h2>Who this form is for</h2>
            <p>Anyone who has seen or heard something that worries them: taxi and private
            hire drivers, people who work in hotels, pubs, takeaways, shops and venues,
            and members of the public. Small details help, such as a vehicle registration,
            a room number, a name someone used or how something was paid for. You do not
            have to be sure.</p>
            <h2>Who reads your information</h2>
            <p>It goes to Cheshire Police, who put it together with what they already know
            to stop people who harm children. We record the area so it can be shared with
            the right council.</p>
            <p>If it is not clear that it is about somewhere in Cheshire, it goes to a
            Pan-Cheshire team who pass it to the right place.</p>
            {WHAT_WE_DO_NOT_COLLECT}
            {COMING_BACK}
            <h2>Other ways to tell someone</h2>
            <p>To stay anonymous by phone, call Crimestoppers on {CRIMESTOPPERS}. They
            will never ask your name.</p>
            <p>If you are a young person, you can talk to Childline, free and in private,
            on {CHILDLINE}.</p>
            """
        ),
    ],
)
