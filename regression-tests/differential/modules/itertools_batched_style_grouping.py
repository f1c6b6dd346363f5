from itertools import islice, groupby
def chunks(iterable, n):
    it = iter(iterable)
    while chunk := list(islice(it, n)):
        yield chunk
print(list(chunks(range(10), 3)))
records = [("fruit", "apple"), ("veg", "kale"), ("fruit", "pear"), ("veg", "leek")]
for key, grp in groupby(sorted(records), key=lambda r: r[0]):
    print(key, [name for _, name in grp])
