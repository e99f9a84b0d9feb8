"""What the resource library holds (see core/data_inventory.py): editors' content, and
one running download total per resource, which identifies nobody."""

from core.data_inventory import holds_none

holds_none(
    "The resource library and its taxonomy, written by editors; each resource's download "
    "total is one number since it was added, not a record of anyone's download.",
    "resources.resource",
    "resources.audience",
    "resources.topic",
)
