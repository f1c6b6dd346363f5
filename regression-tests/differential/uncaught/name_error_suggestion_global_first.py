# A global within reach is offered even when a builtin is closer.
prnt__ = "a global"
print(prnt)
