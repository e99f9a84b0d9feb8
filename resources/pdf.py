"""A small, dependency-free writer of plain text PDFs: PdfDocumentFactory makes real
documents with it, for the tests and for the demo library.

It lays out a title, headings, paragraphs and bullet points on A4 pages in the
PDF standard fonts (Helvetica, which every reader has, so nothing is embedded),
wrapping lines by the fonts' published character widths. Text is limited to the
Windows-1252 characters those fonts carry; typographic quotes and dashes are
turned into their plain forms.
"""

from dataclasses import dataclass

PAGE_WIDTH, PAGE_HEIGHT = 595, 842  # A4 in points
MARGIN = 56
BODY_WIDTH = PAGE_WIDTH - 2 * MARGIN
FOOTER_Y = 36
PURPLE = "0.239 0.165 0.361"  # the brand purple, #3d2a5c

# Advance widths (thousandths of the font size) of characters 32 to 126, from the
# Adobe font metrics for Helvetica and Helvetica-Bold.
_HELVETICA = (
    "278 278 355 556 556 889 667 191 333 333 389 584 278 333 278 278 556 556 556 556 556 556 "
    "556 556 556 556 278 278 584 584 584 556 1015 667 667 722 722 667 611 778 722 278 500 667 "
    "556 833 722 778 667 778 722 667 611 722 667 944 667 667 611 278 278 278 469 556 333 556 "
    "556 500 556 556 278 556 556 222 222 500 222 833 556 556 556 556 333 500 278 556 500 722 "
    "500 500 500 334 260 334 584"
)
_HELVETICA_BOLD = (
    "278 333 474 556 556 889 722 238 333 333 389 584 278 333 278 278 556 556 556 556 556 556 "
    "556 556 556 556 333 333 584 584 584 611 975 722 722 722 722 667 611 778 722 278 556 722 "
    "611 833 722 778 667 778 722 667 611 722 667 944 667 667 611 333 278 333 584 556 333 556 "
    "611 556 611 556 333 611 611 278 278 556 278 889 611 611 611 611 389 556 333 611 556 778 "
    "556 556 500 389 280 389 584"
)
WIDTHS = {
    "F1": [int(width) for width in _HELVETICA.split()],
    "F2": [int(width) for width in _HELVETICA_BOLD.split()],
}
BULLET = "\u2022"  # 0x95 in Windows-1252
BULLET_WIDTH = 350

PLAIN = str.maketrans(
    {"\u2018": "'", "\u2019": "'", "\u201c": '"', "\u201d": '"', "\u2013": "-", "\u2014": "-"}
)


def _width(text, font, size):
    widths = WIDTHS[font]
    total = 0
    for char in text:
        code = ord(char)
        total += BULLET_WIDTH if char == BULLET else widths[code - 32] if 32 <= code < 127 else 556
    return total * size / 1000


def _wrap(text, font, size, width):
    lines, line = [], ""
    for word in text.split():
        candidate = f"{line} {word}" if line else word
        if line and _width(candidate, font, size) > width:
            lines.append(line)
            line = word
        else:
            line = candidate
    if line:
        lines.append(line)
    return lines


def _escape(text):
    encoded = text.translate(PLAIN).encode("cp1252", errors="replace").decode("latin-1")
    return encoded.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")


@dataclass
class _Line:
    text: str
    font: str
    size: float
    indent: float = 0
    space_before: float = 0
    colour: str = "0 0 0"


# Block kinds: "h" heading, "p" paragraph, "li" bullet point.
STYLES = {
    "h": {"font": "F2", "size": 14, "space_before": 14},
    "p": {"font": "F1", "size": 12, "space_before": 8},
    "li": {"font": "F1", "size": 12, "space_before": 5},
}


def _lines(title, blocks):
    lines = [
        _Line(text, "F2", 22, colour=PURPLE, space_before=0 if i == 0 else 4)
        for i, text in enumerate(_wrap(title, "F2", 22, BODY_WIDTH))
    ]
    for kind, text in blocks:
        style = STYLES[kind]
        indent = 16 if kind == "li" else 0
        wrapped = _wrap(text, style["font"], style["size"], BODY_WIDTH - indent)
        for i, part in enumerate(wrapped):
            lines.append(
                _Line(
                    part,
                    style["font"],
                    style["size"],
                    indent=indent,
                    space_before=style["space_before"] if i == 0 else 0,
                )
            )
            if kind == "li" and i == 0:
                lines[-1].text = f"{BULLET}\t{part}"
    return lines


def _page_streams(lines, footer):
    pages, commands = [], []
    y = PAGE_HEIGHT - MARGIN
    for line in lines:
        leading = line.size * 1.3
        if y - leading - line.space_before < MARGIN + 20 and commands:
            pages.append(commands)
            commands, y = [], PAGE_HEIGHT - MARGIN
        y -= leading + (line.space_before if commands else 0)
        x = MARGIN + line.indent
        if line.text.startswith(BULLET + "\t"):
            bullet, text = line.text.split("\t", 1)
            commands.append(_text_command(bullet, line, MARGIN + 2, y))
            commands.append(_text_command(text, line, x, y))
        else:
            commands.append(_text_command(line.text, line, x, y))
    pages.append(commands)
    streams = []
    for number, page_commands in enumerate(pages, start=1):
        label = f"{footer}   Page {number} of {len(pages)}"
        foot = _Line(label, "F1", 9, colour="0.3 0.3 0.3")
        page_commands.append(_text_command(label, foot, MARGIN, FOOTER_Y))
        streams.append("\n".join(page_commands).encode("latin-1"))
    return streams


def _text_command(text, line, x, y):
    return (
        f"BT {line.colour} rg /{line.font} {line.size} Tf "
        f"1 0 0 1 {x:.2f} {y:.2f} Tm ({_escape(text)}) Tj ET"
    )


def make_pdf(title, blocks, footer="Pan-Cheshire: Know and See", language="en-GB"):
    """A complete PDF file as bytes.

    ``blocks`` is a list of ``(kind, text)`` with kind "h", "p" or "li".
    """
    streams = _page_streams(_lines(title, blocks), footer)
    page_count = len(streams)
    # Objects: 1 catalog, 2 page tree, 3 and 4 fonts, 5 info, then a page and its
    # content stream for each page.
    first_page = 6
    page_ids = [first_page + 2 * i for i in range(page_count)]
    objects = {
        1: (
            f"<< /Type /Catalog /Pages 2 0 R /Lang ({language}) "
            "/ViewerPreferences << /DisplayDocTitle true >> >>"
        ).encode(),
        2: (
            f"<< /Type /Pages /Kids [{' '.join(f'{i} 0 R' for i in page_ids)}] "
            f"/Count {page_count} >>"
        ).encode(),
        3: b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
        4: (
            b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold "
            b"/Encoding /WinAnsiEncoding >>"
        ),
        5: f"<< /Title ({_escape(title)}) /Producer (Pan-Cheshire demo) >>".encode("latin-1"),
    }
    for page_id, stream in zip(page_ids, streams, strict=True):
        objects[page_id] = (
            f"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 {PAGE_WIDTH} {PAGE_HEIGHT}] "
            f"/Resources << /Font << /F1 3 0 R /F2 4 0 R >> >> /Contents {page_id + 1} 0 R >>"
        ).encode()
        objects[page_id + 1] = (
            f"<< /Length {len(stream)} >>\nstream\n".encode() + stream + b"\nendstream"
        )

    output = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = {}
    for number in sorted(objects):
        offsets[number] = len(output)
        output += f"{number} 0 obj\n".encode() + objects[number] + b"\nendobj\n"
    xref_at = len(output)
    size = max(objects) + 1
    output += f"xref\n0 {size}\n0000000000 65535 f \n".encode()
    for number in range(1, size):
        output += f"{offsets[number]:010d} 00000 n \n".encode()
    output += (
        f"trailer\n<< /Size {size} /Root 1 0 R /Info 5 0 R >>\nstartxref\n{xref_at}\n%%EOF\n"
    ).encode()
    return bytes(output)
