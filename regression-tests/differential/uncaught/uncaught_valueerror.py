print("before the error")
int("not a number")
print("never printed")
