class AppError(Exception):
    def __init__(self, code, message):
        super().__init__(message)
        self.code = code
    def __str__(self):
        return f"[{self.code}] {self.args[0]}"

class NotFound(AppError):
    pass

try:
    raise NotFound(404, "page missing")
except AppError as e:
    print(type(e).__name__, e, e.code, e.args, repr(e))

class NoInit(Exception):
    pass
e = NoInit("a", "b")
print(e, repr(e), e.args)

class WithRepr(Exception):
    def __repr__(self):
        return "WithRepr!"
print(repr(WithRepr()), str(WithRepr("s")))
try:
    raise NotFound
except TypeError as e:
    print(type(e).__name__, e)
