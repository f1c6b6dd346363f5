import pkg_state
import pkg_state.counter as c1
from pkg_state import counter as c2
c1.increment()
c2.increment()
print(c1 is c2, c1.count, pkg_state.counter.count, pkg_state.IMPORT_COUNT)
import importlib
importlib.reload(c1)
print(c1.count)
if __name__ == "__main__":
    print("running as main")
