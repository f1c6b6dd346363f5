"""This module docstring is stored in __doc__."""
print(__doc__)
def f():
    "function docstring"
class C:
    "class docstring"
print(f.__doc__, C.__doc__, C().__doc__)
