"""The young people's and the Years 5 and 6 sections have a look of their own: their
pages, in every language and as English fallbacks, carry the section's theme on
<body>; other pages carry none."""

import re

import pytest

BODY = re.compile(r'<body class="([^"]*)"')


def body_classes(client, path):
    response = client.get(path)
    assert response.status_code == 200, path
    return set(BODY.search(response.content.decode())[1].split())


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("path", "theme"),
    [
        ("/young-people/", "app-theme--young-people"),
        ("/young-people/online-grooming/", "app-theme--young-people"),
        ("/pl/young-people/", "app-theme--young-people"),
        ("/years-5-and-6/sharing-pictures/", "app-theme--years-5-6"),
        ("/ar/years-5-and-6/", "app-theme--years-5-6"),  # the English page, under /ar/
    ],
)
def test_the_youth_sections_carry_their_theme(client, demo_site, path, theme):
    assert {"app-theme", theme} <= body_classes(client, path)


@pytest.mark.django_db
@pytest.mark.parametrize(
    "path", ["/", "/parents-and-carers/", "/professionals/how-to-refer/", "/know-and-see/"]
)
def test_other_pages_keep_the_plain_look(client, demo_site, path):
    assert not any(name.startswith("app-theme") for name in body_classes(client, path))
