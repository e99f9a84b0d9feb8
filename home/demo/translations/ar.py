"""Demo copy in ar (see __init__)."""

COPY = {
    "Home": "Start",
}
