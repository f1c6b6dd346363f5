for i in range(3):
    print("line", i)
print("partial line without newline", end="")
raise RuntimeError("after output")
