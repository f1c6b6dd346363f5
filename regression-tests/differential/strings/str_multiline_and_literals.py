text = """First line
    indented line
Last line"""
print(text)
print(len(text.splitlines()))
print('single' "implicit" 'concat')
print("tab:\t|", r"raw:\t|", 'quote:\'', "dq:\"", "uni:\u0041", "oct:\101", "hex:\x41")
print(b"bytes" + b"\x00\xff", rb"\d+")
print("line one\
 continued")
print("\\n is two chars", len("\\n"), len("\n"))
