"""Flat illustrations for the Years 5 and 6 pages, drawn here with Pillow, on the
section's sunny tint.

The demo has no photographs, and pictures of children would need consent anyway, so
each page gets a simple drawing in the site's colours: shapes only, no words, no
faces. ``ensure_illustrations()`` stores them as Wagtail images, looked up by title,
and only saves a new file when the drawing has changed, so seeding again changes
nothing.

The copy refers to an illustration by its key (``- image: {image: chat, alt_text: ...}``
in content/sections/years-5-and-6.yaml); demo.sections swaps the key for the image's
id when it builds the page. Drawing is code, so it stays here rather than in content/.
"""

import hashlib
from io import BytesIO

from django.core.files.images import ImageFile
from PIL import Image as PillowImage
from PIL import ImageDraw
from wagtail.images import get_image_model
from wagtail.models import Collection

WIDTH, HEIGHT = 960, 540
# Drawn at twice the size and scaled down, which smooths the edges of the shapes.
SCALE = 2

PURPLE = "#3d2a5c"
TEAL = "#0e6b6f"
# The Years 5 and 6 section's sunny tint (static/src/scss/settings/_brand.scss).
SUNNY = "#fff7d6"
WHITE = "#ffffff"
YELLOW = "#ffdd00"
# Tints of the palette for backgrounds and second figures.
SOFT_SKY = "#dbe4ff"
SOFT_TEAL = "#bfe0de"
MID_PURPLE = "#8a78a8"
SKIN = "#f2c9a0"
SKIN_DARK = "#b07a52"

TITLE_PREFIX = "Years 5 and 6 illustration: "


class Canvas:
    """A drawing in the 960 by 540 coordinates the shapes below are written in."""

    def __init__(self, background=SUNNY):
        self.image = PillowImage.new("RGB", (WIDTH * SCALE, HEIGHT * SCALE), background)
        self.draw = ImageDraw.Draw(self.image)

    @staticmethod
    def _box(x0, y0, x1, y1):
        return [round(v * SCALE) for v in (x0, y0, x1, y1)]

    def rect(self, x0, y0, x1, y1, fill, radius=0, outline=None, width=0):
        self.draw.rounded_rectangle(
            self._box(x0, y0, x1, y1),
            radius=radius * SCALE,
            fill=fill,
            outline=outline,
            width=width * SCALE,
        )

    def circle(self, cx, cy, r, fill, outline=None, width=0):
        self.draw.ellipse(
            self._box(cx - r, cy - r, cx + r, cy + r),
            fill=fill,
            outline=outline,
            width=width * SCALE,
        )

    def ellipse(self, x0, y0, x1, y1, fill):
        self.draw.ellipse(self._box(x0, y0, x1, y1), fill=fill)

    def polygon(self, points, fill):
        self.draw.polygon([(x * SCALE, y * SCALE) for x, y in points], fill=fill)

    def line(self, points, fill, width):
        self.draw.line([(x * SCALE, y * SCALE) for x, y in points], fill=fill, width=width * SCALE)

    def arc(self, x0, y0, x1, y1, start, end, fill, width):
        self.draw.arc(self._box(x0, y0, x1, y1), start, end, fill=fill, width=width * SCALE)

    def png(self):
        small = self.image.resize((WIDTH, HEIGHT), PillowImage.Resampling.LANCZOS)
        out = BytesIO()
        small.save(out, format="PNG", optimize=True)
        return out.getvalue()


# Shared shapes ------------------------------------------------------------------------


def ground(c, colour=SOFT_SKY):
    c.ellipse(60, 440, 900, 560, colour)


def person(c, x, feet, height, body, skin=SKIN, hair=PURPLE):
    """A simple standing figure: round head, rounded body, no face."""
    head = height * 0.16
    c.rect(x - height * 0.17, feet - height * 0.62, x + height * 0.17, feet, body, radius=28)
    c.circle(x, feet - height * 0.78, head, skin)
    c.arc(
        x - head,
        feet - height * 0.78 - head,
        x + head,
        feet - height * 0.78 + head,
        180,
        360,
        hair,
        round(head * 0.45),
    )


def speech_bubble(c, x0, y0, x1, y1, fill, tail_left=True):
    c.rect(x0, y0, x1, y1, fill, radius=26)
    if tail_left:
        c.polygon([(x0 + 30, y1 - 4), (x0 + 70, y1 - 4), (x0 + 20, y1 + 34)], fill)
    else:
        c.polygon([(x1 - 70, y1 - 4), (x1 - 30, y1 - 4), (x1 - 20, y1 + 34)], fill)


def dots(c, cx, cy, fill, gap=30, r=9):
    for n in (-1, 0, 1):
        c.circle(cx + n * gap, cy, r, fill)


def padlock(c, cx, cy, size, body=YELLOW, shackle=PURPLE):
    c.arc(
        cx - size * 0.32,
        cy - size * 0.75,
        cx + size * 0.32,
        cy - size * 0.05,
        180,
        360,
        shackle,
        round(size * 0.12),
    )
    c.line(
        [(cx - size * 0.32 + size * 0.06, cy - size * 0.4), (cx - size * 0.26, cy - size * 0.1)],
        shackle,
        round(size * 0.12),
    )
    c.line(
        [(cx + size * 0.32 - size * 0.06, cy - size * 0.4), (cx + size * 0.26, cy - size * 0.1)],
        shackle,
        round(size * 0.12),
    )
    c.rect(cx - size * 0.5, cy - size * 0.15, cx + size * 0.5, cy + size * 0.6, body, radius=14)
    c.circle(cx, cy + size * 0.15, size * 0.1, shackle)
    c.rect(cx - size * 0.04, cy + size * 0.18, cx + size * 0.04, cy + size * 0.38, shackle)


def heart(c, cx, cy, size, fill=YELLOW):
    r = size * 0.5
    c.circle(cx - r * 0.9, cy, r, fill)
    c.circle(cx + r * 0.9, cy, r, fill)
    c.polygon(
        [(cx - size * 0.92, cy + r * 0.3), (cx + size * 0.92, cy + r * 0.3), (cx, cy + size * 1.2)],
        fill,
    )


# The six pictures -------------------------------------------------------------------------


def draw_playing():
    """Two children sharing a tablet and a laptop."""
    c = Canvas()
    c.circle(820, 110, 60, YELLOW)
    ground(c)
    person(c, 250, 470, 330, TEAL)
    person(c, 700, 470, 300, PURPLE, skin=SKIN_DARK, hair=TEAL)
    # Tablet held by the first child.
    c.rect(290, 250, 430, 350, PURPLE, radius=16)
    c.rect(302, 262, 418, 338, SOFT_TEAL, radius=8)
    c.circle(340, 300, 14, YELLOW)
    c.rect(362, 288, 400, 312, WHITE, radius=6)
    # Laptop on a table in front of the second child.
    c.rect(470, 380, 640, 400, PURPLE, radius=6)
    c.rect(490, 270, 620, 380, PURPLE, radius=12)
    c.rect(502, 282, 608, 368, SOFT_TEAL, radius=6)
    c.polygon([(540, 340), (570, 300), (600, 340)], YELLOW)
    c.rect(440, 400, 670, 420, MID_PURPLE, radius=8)
    c.rect(470, 420, 490, 470, MID_PURPLE)
    c.rect(620, 420, 640, 470, MID_PURPLE)
    return c.png()


def draw_chat():
    """A tablet with a chat: one side is a child, the other an unknown shape."""
    c = Canvas()
    c.circle(130, 120, 50, SOFT_TEAL)
    c.circle(850, 430, 70, SOFT_SKY)
    c.rect(250, 40, 710, 500, PURPLE, radius=40)
    c.rect(275, 70, 685, 470, WHITE, radius=18)
    # The other person: a grey outline with a question-like blank, nobody to see.
    c.circle(325, 130, 30, SOFT_SKY, outline=MID_PURPLE, width=4)
    speech_bubble(c, 370, 100, 590, 170, SOFT_SKY)
    dots(c, 480, 135, MID_PURPLE)
    # The child's own messages, on the right.
    c.circle(635, 250, 30, TEAL)
    speech_bubble(c, 390, 215, 590, 285, SOFT_TEAL, tail_left=False)
    c.rect(420, 242, 560, 258, WHITE, radius=8)
    c.circle(325, 360, 30, SOFT_SKY, outline=MID_PURPLE, width=4)
    speech_bubble(c, 370, 330, 540, 400, SOFT_SKY)
    dots(c, 455, 365, MID_PURPLE)
    c.circle(480, 485, 8, SUNNY)
    return c.png()


def draw_photo():
    """A phone showing a photo, with a padlock beside it."""
    c = Canvas()
    c.circle(160, 140, 70, SOFT_TEAL)
    c.circle(800, 440, 60, SOFT_SKY)
    c.rect(330, 40, 590, 500, PURPLE, radius=36)
    c.rect(350, 80, 570, 450, WHITE, radius=12)
    # The photo: sky, sun and hills.
    c.rect(370, 130, 550, 330, SOFT_TEAL, radius=10)
    c.circle(505, 175, 24, YELLOW)
    c.polygon([(370, 330), (430, 230), (490, 330)], TEAL)
    c.polygon([(440, 330), (500, 260), (550, 330)], PURPLE)
    c.rect(370, 350, 550, 370, SOFT_SKY, radius=8)
    c.rect(370, 385, 500, 405, SOFT_SKY, radius=8)
    c.rect(420, 56, 500, 64, MID_PURPLE, radius=4)
    c.circle(460, 475, 12, MID_PURPLE)
    padlock(c, 730, 300, 170)
    return c.png()


def draw_secrets():
    """A wrapped present on one side, a speech bubble with a quiet sign on the other."""
    c = Canvas()
    ground(c)
    # The present.
    c.rect(120, 230, 400, 440, TEAL, radius=14)
    c.rect(100, 190, 420, 250, TEAL, radius=14)
    c.rect(240, 190, 280, 440, YELLOW)
    c.ellipse(180, 130, 262, 196, YELLOW)
    c.ellipse(258, 130, 340, 196, YELLOW)
    c.ellipse(206, 150, 244, 180, TEAL)
    c.ellipse(276, 150, 314, 180, TEAL)
    c.circle(260, 190, 22, YELLOW)
    # The bubble holds a zipped line: something you are told not to say.
    speech_bubble(c, 530, 110, 860, 350, PURPLE)
    c.rect(590, 218, 800, 242, WHITE, radius=12)
    for x in range(605, 790, 22):
        c.rect(x, 206, x + 10, 254, YELLOW, radius=4)
    c.rect(790, 204, 826, 256, YELLOW, radius=8)
    c.circle(808, 280, 16, YELLOW)
    c.circle(808, 280, 7, PURPLE)
    c.circle(580, 440, 28, MID_PURPLE)
    c.circle(545, 400, 16, MID_PURPLE)
    return c.png()


def draw_game():
    """A game controller with a big block button."""
    c = Canvas()
    c.circle(150, 120, 60, SOFT_TEAL)
    c.circle(830, 110, 40, SOFT_SKY)
    c.circle(840, 450, 70, SOFT_SKY)
    # Body and handles.
    c.ellipse(150, 230, 400, 500, PURPLE)
    c.ellipse(560, 230, 810, 500, PURPLE)
    c.rect(220, 170, 740, 400, PURPLE, radius=110)
    # The direction pad.
    c.rect(260, 265, 380, 305, TEAL, radius=10)
    c.rect(300, 225, 340, 345, TEAL, radius=10)
    # Two small buttons and the big block button.
    c.circle(570, 240, 22, SOFT_TEAL)
    c.circle(520, 300, 22, SOFT_TEAL)
    c.circle(650, 305, 62, YELLOW)
    c.circle(650, 305, 38, None, outline=PURPLE, width=12)
    c.line([(624, 331), (676, 279)], PURPLE, 12)
    c.rect(430, 200, 470, 216, MID_PURPLE, radius=8)
    return c.png()


def draw_telling():
    """A child talking to a teacher, who listens."""
    c = Canvas()
    ground(c)
    c.circle(120, 110, 50, SOFT_TEAL)
    # A board on the wall behind them.
    c.rect(690, 50, 910, 210, TEAL, radius=14)
    c.rect(708, 68, 892, 192, SOFT_TEAL, radius=8)
    c.circle(750, 130, 24, YELLOW)
    c.rect(790, 110, 870, 126, WHITE, radius=8)
    c.rect(790, 142, 850, 158, WHITE, radius=8)
    # The child, and what they say.
    person(c, 330, 470, 260, TEAL)
    speech_bubble(c, 360, 110, 540, 200, YELLOW)
    dots(c, 450, 155, PURPLE)
    # The teacher, taller, turned towards the child; the hearts show they care.
    person(c, 600, 470, 370, PURPLE, skin=SKIN_DARK, hair=MID_PURPLE)
    heart(c, 470, 290, 30)
    return c.png()


ILLUSTRATIONS = {
    "playing": ("Children playing on a tablet and a laptop", draw_playing),
    "chat": ("A chat on a tablet", draw_chat),
    "photo": ("A phone with a photo and a padlock", draw_photo),
    "secrets": ("A present and a secret", draw_secrets),
    "game": ("A game controller with a block button", draw_game),
    "telling": ("A child talking to a teacher", draw_telling),
}


def ensure_illustrations():
    """Every illustration as a Wagtail image, created or redrawn when it changed.

    Returns ``{key: image}``.
    """
    Image = get_image_model()
    collection = Collection.get_first_root_node()
    images = {}
    for key, (name, draw) in ILLUSTRATIONS.items():
        title = TITLE_PREFIX + name
        png = draw()
        file_hash = hashlib.sha1(png).hexdigest()
        image = Image.objects.filter(title=title).first()
        if image is None or image.file_hash != file_hash:
            if image is None:
                image = Image(title=title, collection=collection)
            else:
                image.renditions.all().delete()  # sized copies of the old drawing
            image.file = ImageFile(BytesIO(png), name=f"years-5-and-6-{key}.png")
            image._set_image_file_metadata()
            image.save()
        images[key] = image
    return images
