import sys, traceback
def inner():
    return {}["missing"]
try:
    inner()
except KeyError:
    traceback.print_exc(file=sys.stdout)
print("continued after printing")
