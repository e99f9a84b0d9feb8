"""What the audience sections hold (see core/data_inventory.py): editors' content."""

from core.data_inventory import holds_none

holds_none("The campaign's dates, written by editors.", "audiences.campaignmoment")
holds_none(
    "The published work contact details of each area's lead professionals, entered by "
    "editors: professionals' details, not visitors'.",
    "audiences.leadprofessional",
)
