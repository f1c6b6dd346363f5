def find_first_even(numbers):
    for n in numbers:
        if n % 2 == 0:
            print("found", n)
            break
    else:
        print("no even number in", numbers)

find_first_even([1, 3, 4, 5])
find_first_even([1, 3, 5])
find_first_even([])
for i in range(3):
    try:
        if i == 1:
            break
    finally:
        print("finally", i)
else:
    print("not reached")
