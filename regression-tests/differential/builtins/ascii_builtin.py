print(ascii("abc"), ascii("é"), ascii("日本"), ascii("\U0001F600"), ascii(["ü", 1]), ascii(b"\xff"), ascii({"k": "ñ"}))
class R:
    def __repr__(self):
        return "Rë"
print(ascii(R()))
