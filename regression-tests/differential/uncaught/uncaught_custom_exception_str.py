class BadThing(Exception):
    def __str__(self):
        return "custom message with details"

def f():
    raise BadThing()

f()
