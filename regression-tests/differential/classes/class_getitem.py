class Box:
    def __class_getitem__(cls, item):
        return f"{cls.__name__}[{item!r}]"

print(Box[int])
print(Box["x", 1])
print(list[int], dict[str, list[int]], tuple[int, ...])
print(type(list[int]).__name__)
alias = list[int]
print(alias.__origin__, alias.__args__)
print(alias([1, 2]))
try:
    int[str]
except TypeError as e:
    print(type(e).__name__, e)
