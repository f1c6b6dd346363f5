print("this line is never run")
def broken(:
    pass
