"""The privacy notice. Every statement here must stay true of how the site works:
change it in the same change as the code it describes."""

from .compose import DemoPage, text

RESPONSIBLE = (
    "the four safeguarding children partnerships of Cheshire East, Cheshire West and "
    "Chester, Halton and Warrington, and Cheshire Police"
)

PRIVACY = DemoPage(
    kind="content",
    slug="privacy",
    title="Privacy notice",
    summary=(
        "What this website does and does not record about you. In short: reading it "
        "sets no cookies, we use no tracking or analytics, and our logs do not keep "
        "your internet address."
    ),
    body=[
        text(
            f"""
            <h2>The short version</h2>
            <ul>
            <li>Reading this website sets no cookies.</li>
            <li>We do not use analytics or any other tracking.</li>
            <li>We do not load anything from other companies: no adverts, no social
            media buttons, no web fonts or scripts from elsewhere. So no other company
            learns that you visited.</li>
            <li>Our logs do not record your internet (IP) address, your browser or
            device details, or the page you came from.</li>
            </ul>
            <h2>Who is responsible</h2>
            <p>This website is run by {RESPONSIBLE}. Together they are responsible for
            any personal information it handles.</p>
            <p>Contact details for questions about privacy, including how to reach a
            data protection officer, are to be confirmed and will be added to this
            page.</p>
            <h2>When you read pages on this site</h2>
            <p>We do not collect any information that identifies you. We do not set
            cookies on information pages, so nothing is stored on your device apart
            from the ordinary history your browser keeps. Read
            <a href="/covering-your-tracks/">covering your tracks</a> to find out how
            to remove that.</p>
            <h2>If you send us a report</h2>
            <p>In future you will be able to tell us about a concern through a form on
            this site. Before you send anything, the form will explain exactly what
            happens to the information you choose to give, who can see it and how long
            it is kept. You will only share what you decide to share.</p>
            <p>A page with a form sets one cookie. It is a security cookie that stops
            other websites sending forms in your name (this is known as CSRF
            protection). It holds no information about you and is not used to track
            you.</p>
            <h2>People who edit this site</h2>
            <p>Staff who sign in to edit the site get a cookie that keeps them signed
            in. This does not apply to anyone reading the site.</p>
            <h2>Your rights</h2>
            <p>UK data protection law (the UK GDPR and the Data Protection Act 2018)
            gives you rights over personal information about you. You have the right
            to:</p>
            <ul>
            <li>be told how your information is used, as this notice does</li>
            <li>ask for a copy of the information held about you</li>
            <li>ask for wrong information to be corrected</li>
            <li>ask for information to be deleted, or for its use to be limited</li>
            <li>object to how your information is used</li>
            </ul>
            <p>Some of these rights have limits, for example where information must be
            kept to protect a child. Because we do not record who reads this site, we
            will usually hold nothing about you unless you have sent us something.</p>
            <p>If you are unhappy with how your information has been handled, you can
            complain to the Information Commissioner's Office (ICO), the UK's
            independent regulator for data protection.</p>
            <h2>Changes to this notice</h2>
            <p>If the way the site works changes, we will update this notice first.</p>
            """
        ),
    ],
)
