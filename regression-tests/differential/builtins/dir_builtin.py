class Base:
    a = 1
    def m(self):
        pass
class Sub(Base):
    b = 2
    def __init__(self):
        self.c = 3
print([n for n in dir(Sub()) if not n.startswith("_")])
print([n for n in dir(Sub) if not n.startswith("_")])
print(sorted(n for n in dir([]) if not n.startswith("_")))
print(sorted(n for n in dir({}) if not n.startswith("_")))
print(sorted(n for n in dir("") if not n.startswith("_")))
def func():
    local_a = 1
    local_b = 2
    return dir()
print(func())
