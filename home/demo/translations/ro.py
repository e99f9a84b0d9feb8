"""Demo copy in ro (see __init__)."""

COPY = {
    "Home": "Start",
}
