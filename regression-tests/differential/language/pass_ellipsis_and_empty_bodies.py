def nothing():
    pass
def doc_only():
    """Only a docstring."""
def ellipsis_body():
    ...
class Empty:
    pass
print(nothing(), doc_only(), ellipsis_body(), Empty.__name__, doc_only.__doc__)
if True:
    pass
for _ in range(2):
    pass
print(_)
