class LoopRepr:
    def __repr__(self):
        return repr(self)
try:
    repr(LoopRepr())
except RecursionError as e:
    print(type(e).__name__, str(e)[:40])

class LoopAttr:
    def __getattr__(self, name):
        return self.__getattr__(name)
try:
    LoopAttr().anything
except RecursionError as e:
    print(type(e).__name__, str(e)[:40])
class LoopStr:
    def __str__(self):
        return str(self)
try:
    print(LoopStr())
except RecursionError as e:
    print(type(e).__name__, str(e)[:40])
