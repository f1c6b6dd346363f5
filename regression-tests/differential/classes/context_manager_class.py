class Transaction:
    def __init__(self):
        self.log = []
    def __enter__(self):
        self.log.append("begin")
        return self
    def __exit__(self, exc_type, exc_value, traceback):
        if exc_type is None:
            self.log.append("commit")
        else:
            self.log.append(f"rollback({exc_value})")
        return True

t = Transaction()
with t:
    t.log.append("work")
with t as same:
    print(same is t)
    raise RuntimeError("oops")
print(t.log)
