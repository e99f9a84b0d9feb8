"""The accessibility statement. Say only what is true of the site today."""

from .compose import DemoPage, text

ACCESSIBILITY = DemoPage(
    kind="content",
    slug="accessibility",
    title="Accessibility statement",
    summary=(
        "How we make this website usable by as many people as possible, what to do if "
        "something does not work for you, and who enforces the accessibility rules."
    ),
    body=[
        text(
            """
            <p>This website is run by the safeguarding children partnerships of Cheshire
            East, Cheshire West and Chester, Halton and Warrington, and Cheshire Police.
            We want everyone who needs it to be able to use it.</p>
            <h2>What you should be able to do</h2>
            <ul>
            <li>use every page without JavaScript</li>
            <li>move around the whole site using only a keyboard</li>
            <li>use it on a small screen, as narrow as 320 pixels, without scrolling
            sideways</li>
            <li>make text bigger, or zoom in, without losing any content</li>
            <li>leave the site quickly with the <b>Exit this page</b> button, or by
            pressing the Shift key three times</li>
            </ul>
            <p>We also try to keep the language simple. Pages for young people are
            written to be easy to read.</p>
            <h2>How accessible this website is</h2>
            <p>We aim to meet the Web Content Accessibility Guidelines (WCAG) version
            2.2 at level AA. We check pages as we build them, including automated
            checks. The site is new and has not yet had a full independent check, so we
            cannot yet say that it meets the standard in full. We will update this
            statement when it has been checked, and list anything we know does not
            work.</p>
            <h2>Tell us about a problem</h2>
            <p>If something on this site does not work for you, or you need information
            in a different format, please tell us. Contact details are to be confirmed
            and will be added to this page.</p>
            <h2>Enforcement</h2>
            <p>The Equality and Human Rights Commission (EHRC) is responsible for
            enforcing the accessibility regulations for public sector websites. If you
            are not happy with how we respond to your complaint, you can contact the
            Equality Advisory and Support Service (EASS).</p>
            """
        ),
    ],
)
