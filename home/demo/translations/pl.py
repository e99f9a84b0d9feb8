"""Demo copy in pl (see __init__)."""

COPY = {
    "Home": "Start",
}
