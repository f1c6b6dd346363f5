from ..helpers import helper_value
from . import __name__ as parent_name_unused_marker
def leaf_function():
    return "leaf uses " + helper_value
