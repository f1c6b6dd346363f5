x = 1
message = "unterminated
print(message)
