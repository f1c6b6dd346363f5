class Countdown:
    def __init__(self, start):
        self.current = start
    def __iter__(self):
        return self
    def __next__(self):
        if self.current <= 0:
            raise StopIteration
        self.current -= 1
        return self.current + 1

print(list(Countdown(4)))
for n in Countdown(2):
    print("tick", n)

class OldStyle:
    def __getitem__(self, index):
        if index >= 3:
            raise IndexError
        return index * 10
print(list(OldStyle()), 20 in OldStyle())

class BadIter:
    def __iter__(self):
        return 5
try:
    iter(BadIter())
except TypeError as e:
    print(type(e).__name__, e)

class NotIterable:
    pass
try:
    for _ in NotIterable():
        pass
except TypeError as e:
    print(type(e).__name__, e)

it = iter(Countdown(3))
print(iter(it) is it)
