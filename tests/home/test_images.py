"""Images: one <picture> component with AVIF and WebP, srcset and sizes,
width and height, and lazy loading below the top of the page."""

import re
from io import BytesIO

import pytest
from django.core.files.images import ImageFile
from PIL import Image as PillowImage
from PIL import features
from wagtail.images import get_image_model

from home.blocks import BaseStreamBlock, ImageBlock

ALT = "Two friends talking on a bench"


@pytest.fixture
def image(db):
    """A 1200 x 675 PNG with a transparent corner, as an editor might upload."""
    # Renditions are cached by image id, which a rolled-back earlier test may have used.
    get_image_model().get_rendition_model().cache_backend.clear()
    picture = PillowImage.new("RGBA", (1200, 675), (61, 42, 92, 255))
    picture.paste((0, 0, 0, 0), (0, 0, 100, 100))
    data = BytesIO()
    picture.save(data, "PNG")
    image = get_image_model()(title="Friends on a bench (file title)")
    image.file = ImageFile(BytesIO(data.getvalue()), name="friends.png")
    image._set_image_file_metadata()
    image.save()
    return image


def render_image(image, position=None):
    block = ImageBlock()
    value = block.to_python({"image": image.pk, "alt_text": ALT, "caption": ""})
    context = {} if position is None else {"block_position": position}
    return block.render(value, context=context)


def img_attrs(html):
    tag = re.search(r"<img\b[^>]*>", html)[0]
    return dict(re.findall(r'(\w+)="([^"]*)"', tag))


def source(html, mime):
    match = re.search(rf'<source\b[^>]*type="{re.escape(mime)}"[^>]*>', html)
    assert match, f"no {mime} source"
    return dict(re.findall(r'(\w+)="([^"]*)"', match[0]))


def test_pillow_can_write_avif_and_webp():
    assert features.check("avif")
    assert features.check("webp")


@pytest.mark.django_db
def test_image_block_renders_a_picture_with_modern_formats(image):
    html = render_image(image, position=5)
    assert html.count("<picture>") == 1
    avif, webp = source(html, "image/avif"), source(html, "image/webp")
    assert html.index('type="image/avif"') < html.index('type="image/webp"')  # best first
    for found in (avif, webp):
        widths = [int(w) for w in re.findall(r" (\d+)w", found["srcset"])]
        assert widths == [480, 720, 960]
        assert "100vw" in found["sizes"]

    img = img_attrs(html)
    assert img["alt"] == ALT  # the editor's description, not the file's title
    assert img["src"].endswith(".jpg")  # for browsers with neither AVIF nor WebP
    assert (img["width"], img["height"]) == ("480", "270")
    assert img["sizes"] == avif["sizes"]
    assert re.findall(r" (\d+)w", img["srcset"]) == ["480", "720", "960"]
    assert img["loading"] == "lazy"
    assert img["decoding"] == "async"
    assert img["fetchpriority"] == "auto"


@pytest.mark.django_db
def test_renditions_are_made_in_avif_webp_and_jpeg(image):
    render_image(image)
    found = set()
    for rendition in image.renditions.all():
        with rendition.file.open("rb") as file:
            opened = PillowImage.open(file)
            found.add((opened.format, opened.width))
            if opened.format == "JPEG":
                # The transparent corner is filled white, not black.
                assert opened.convert("RGB").getpixel((2, 2)) == (255, 255, 255)
    assert found == {(fmt, width) for fmt in ("AVIF", "WEBP", "JPEG") for width in (480, 720, 960)}


@pytest.mark.django_db
def test_images_near_the_top_load_at_once_and_the_rest_lazily(image):
    stream = BaseStreamBlock()
    image_block = {"image": image.pk, "alt_text": ALT, "caption": ""}
    value = stream.to_python(
        [
            {"type": "image", "value": image_block},
            {"type": "image", "value": image_block},
            {"type": "text", "value": "<p>Some words.</p>"},
            {"type": "image", "value": image_block},
        ]
    )
    html = stream.render(value, context={})
    imgs = [dict(re.findall(r'(\w+)="([^"]*)"', tag)) for tag in re.findall(r"<img\b[^>]*>", html)]
    assert [(i["loading"], i["fetchpriority"]) for i in imgs] == [
        ("eager", "high"),  # the first block: likely the largest thing on screen
        ("eager", "auto"),
        ("lazy", "auto"),
    ]
    assert all(i["decoding"] == "async" and i["alt"] == ALT for i in imgs)


@pytest.mark.django_db
def test_pages_show_images_through_the_picture_component(client, demo_site):
    """The demo's Years 5 and 6 pages show their illustrations the same way."""
    html = client.get("/years-5-and-6/who-you-talk-to-online/").content.decode()
    picture = re.search(r"<picture>.*?</picture>", html, re.S)[0]
    assert 'type="image/avif"' in picture and 'type="image/webp"' in picture
    img = img_attrs(picture)
    assert img["alt"] == "A chat on a tablet. You cannot see who is really typing."
    assert int(img["width"]) > 0 and int(img["height"]) > 0
    assert "not-found" not in picture
