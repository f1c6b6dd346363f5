counter = 0

def bump():
    global counter
    counter += 1
    return counter

for _ in range(3):
    bump()
print(counter)

def define_new_global():
    global created_later
    created_later = "made inside a function"

define_new_global()
print(created_later)

def reads_global_without_declaring():
    return counter * 10

print(reads_global_without_declaring())
