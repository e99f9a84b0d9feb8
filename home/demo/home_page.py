"""The home page (who the site is for, the Know and See idea, who to call) and,
beneath it, every other page of the demo site."""

from .accessibility import ACCESSIBILITY
from .businesses import BUSINESSES
from .communities import COMMUNITIES
from .compose import (
    EMERGENCY,
    DemoPage,
    call_to_action,
    callout,
    helplines,
    text,
)
from .covering_tracks import COVERING_TRACKS
from .parents_carers import PARENTS_CARERS
from .privacy import PRIVACY
from .professionals import PROFESSIONALS
from .reports import REPORT_A_CONCERN, SHARE_INFORMATION
from .what_is_cse import WHAT_IS_CSE
from .young_people import YOUNG_PEOPLE

HOME = DemoPage(
    kind="home",
    slug="home",
    title="Home",
    hero_heading="Child sexual exploitation: know the signs, get help",
    summary=(
        "Information and help about child sexual exploitation in Cheshire East, "
        "Cheshire West and Chester, Halton and Warrington: for young people, families, "
        "communities, businesses and people who work with children."
    ),
    body=[
        callout(
            heading="In danger now?",
            body=f"""
                <p>If you or a child is in danger right now, call {EMERGENCY}.</p>
                <p>Need to leave this site quickly? Use the <b>Exit this page</b> button.
                On a computer you can also press the Shift key three times.</p>
            """,
        ),
        text(
            """
            <h2>Who this site is for</h2>
            <p>This site is for anyone who wants to keep children and young people safe
            from sexual exploitation: young people themselves, parents and carers,
            neighbours, people who run businesses, and everyone who works with children.
            Choose the section that fits you.</p>
            <p>It is run by the safeguarding children partnerships of Cheshire East,
            Cheshire West and Chester, Halton and Warrington, working with Cheshire
            Police.</p>
            <h2>Know and See</h2>
            <p>The more you know about child sexual exploitation, the more you see it.
            Abusers rely on nobody noticing. Once you know what to look for, a gift that
            seems too generous, a lift from someone nobody has met, or a child who
            suddenly goes quiet can start to make sense, and you can do something about
            it.</p>
            <p>You do not need to be sure before you tell someone. What you have seen
            could be the piece that helps keep a child safe.</p>
            """
        ),
        call_to_action(
            heading="What is child sexual exploitation?",
            text=(
                "Read what it means, in young people's own words and in the law, "
                "and the signs to look out for."
            ),
            page="/what-is-child-sexual-exploitation/",
            button_label="Find out what it is",
        ),
        helplines(),
    ],
    children=[
        # The five audience landing pages, in the order the header lists them.
        YOUNG_PEOPLE,
        PARENTS_CARERS,
        COMMUNITIES,
        BUSINESSES,
        PROFESSIONALS,
        # The start pages of the two report journeys.
        REPORT_A_CONCERN,
        SHARE_INFORMATION,
        # The page every audience links to, then the pages the footer links to.
        WHAT_IS_CSE,
        PRIVACY,
        ACCESSIBILITY,
        COVERING_TRACKS,
    ],
)
