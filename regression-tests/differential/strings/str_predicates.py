tests = ["abc", "ABC", "123", "12.3", "", " ", "\t\n", "abc123", "Ⅻ", "½", "٣", "x_y", "class", "1abc", "é", "\u00b2"]
for t in tests:
    print(repr(t), t.isalpha(), t.isdigit(), t.isdecimal(), t.isnumeric(), t.isalnum(), t.isspace(), t.isidentifier(), t.isprintable(), t.isascii())
print("\x07".isprintable(), "\u200b".isprintable())
