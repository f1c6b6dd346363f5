print(eval("[1, 2][5]"))
