"""Text typed by the public, made safe to look up."""

import unicodedata


def one_line(text):
    """``text`` with control characters turned into spaces and runs of whitespace into
    one space. A NUL is refused by PostgreSQL in any query (a server error) and breaks
    SQLite's search; none of them means anything in a name, a place or a search."""
    text = "".join(" " if unicodedata.category(ch) in ("Cc", "Cs") else ch for ch in text or "")
    return " ".join(text.split())
