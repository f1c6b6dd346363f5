def tokenize(src):
    tokens, i = [], 0
    while i < len(src):
        ch = src[i]
        if ch.isspace():
            i += 1
        elif ch.isdigit() or ch == ".":
            j = i
            while j < len(src) and (src[j].isdigit() or src[j] == "."):
                j += 1
            tokens.append(float(src[i:j]) if "." in src[i:j] else int(src[i:j]))
            i = j
        else:
            tokens.append(ch)
            i += 1
    return tokens
def parse(tokens):
    pos = 0
    def peek():
        return tokens[pos] if pos < len(tokens) else None
    def take():
        nonlocal pos
        pos += 1
        return tokens[pos - 1]
    def atom():
        t = take()
        if t == "(":
            v = expr()
            take()
            return v
        if t == "-":
            return -atom()
        return t
    def term():
        v = atom()
        while peek() in ("*", "/", "%"):
            op = take()
            r = atom()
            v = v * r if op == "*" else v / r if op == "/" else v % r
        return v
    def expr():
        v = term()
        while peek() in ("+", "-"):
            op = take()
            r = term()
            v = v + r if op == "+" else v - r
        return v
    return expr()
for src in ["1 + 2 * 3", "(1 + 2) * 3", "10 / 4", "2 * (3 + 4) - -5", "7 % 4 + 0.5", "1 / 0"]:
    try:
        print(src, "=", parse(tokenize(src)))
    except ZeroDivisionError as e:
        print(src, "->", type(e).__name__, e)
