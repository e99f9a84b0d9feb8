"""Values the site falls back on when the database cannot be read (the 500 page)
or has not been edited yet. One place for each: templates and seed data use these.

Only well-known national numbers and services appear here. Local contacts are never
written in code: they live in editable records the public sees only once confirmed
and approved.
"""

# A neutral page to land on when someone presses "Exit this page".
QUICK_EXIT_URL = "https://www.bbc.co.uk/weather"

EMERGENCY_NUMBER = "999"

# (name, number, description) in the order the footer shows them.
NATIONAL_HELPLINES = [
    ("Childline", "0800 1111", "Free, confidential help for anyone under 19, any time."),
    ("NSPCC helpline", "0808 800 5000", "For adults worried about a child."),
    ("Crimestoppers", "0800 555 111", "Tell them what you know without giving your name."),
    ("Police (not an emergency)", "101", "Report something that has already happened."),
]

# National online help routes: (name, website, description). Shown where a page
# chooses them in a helplines block, not in the footer. Only these two official pages.
NATIONAL_ONLINE_ROUTES = [
    (
        "CEOP Safety Centre",
        "https://www.ceop.police.uk/Safety-Centre/",
        "Report online sexual abuse or grooming to the police's child protection experts.",
    ),
    (
        "Report Remove (Childline)",
        "https://www.childline.org.uk/info-advice/bullying-abuse-safety/online-mobile-safety/"
        "remove-nude-image-shared-online/",
        "Under 18? Get a nude photo or video of you taken off the internet.",
    ),
]
