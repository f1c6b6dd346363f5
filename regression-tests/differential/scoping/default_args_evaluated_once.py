def append_to(item, target=[]):
    target.append(item)
    return target

print(append_to(1))
print(append_to(2))
print(append_to(3, []))

counter = 0
def next_id():
    global counter
    counter += 1
    return counter

def f(x=next_id()):
    return x

print(f(), f(), counter)
print(append_to.__defaults__)
