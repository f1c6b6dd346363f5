from .. import helpers
SUB_NAME = "sub sees " + helpers.helper_value
from . import leaf
