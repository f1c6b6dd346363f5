NAME = "pkg_relative"
from .helpers import helper_value
from . import sub
