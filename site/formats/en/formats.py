"""English dates as GOV.UK writes them ("27 March 2024"), not Django's US default.
Other languages use Django's own formats (Polish "27 marca 2024")."""

DATE_FORMAT = "j F Y"
DATETIME_FORMAT = "j F Y, H:i"
YEAR_MONTH_FORMAT = "F Y"
SHORT_DATE_FORMAT = "d/m/Y"
