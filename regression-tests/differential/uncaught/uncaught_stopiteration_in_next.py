it = iter([])
print("calling next on empty iterator")
next(it)
