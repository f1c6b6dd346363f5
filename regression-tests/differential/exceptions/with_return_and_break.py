class Logger:
    def __init__(self, log, tag):
        self.log, self.tag = log, tag
    def __enter__(self):
        self.log.append("enter " + self.tag)
    def __exit__(self, *exc):
        self.log.append("exit " + self.tag)

def f(log):
    with Logger(log, "f"):
        return "value"

log = []
print(f(log), log)
log = []
for i in range(3):
    with Logger(log, str(i)):
        if i == 1:
            break
        continue
print(log)
