for ch in ["0", "9", "٣", "²", "½", "Ⅷ", "a", "〇", "𝟗"]:
    row = [ch, ch.isdigit(), ch.isdecimal(), ch.isnumeric()]
    try:
        row.append(int(ch))
    except ValueError:
        row.append("int-fails")
    try:
        row.append(float(ch))
    except ValueError:
        row.append("float-fails")
    print(row)
