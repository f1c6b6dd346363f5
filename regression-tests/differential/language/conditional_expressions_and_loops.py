for n in range(1, 16):
    print("FizzBuzz" if n % 15 == 0 else "Fizz" if n % 3 == 0 else "Buzz" if n % 5 == 0 else n, end=" ")
print()
i = 0
while True:
    i += 1
    if i % 2:
        continue
    if i > 8:
        break
    print(i, end=",")
print()
for i in range(3):
    for j in range(3):
        if j == 2:
            break
        if i == 1:
            continue
        print((i, j), end=" ")
    else:
        print("never: inner always breaks")
print()
while False:
    pass
else:
    print("while-else ran")
