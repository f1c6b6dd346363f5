def outer():
    def fact(n):
        return 1 if n <= 1 else n * fact(n - 1)
    def fib(n, memo={}):
        if n < 2:
            return n
        if n not in memo:
            memo[n] = fib(n - 1) + fib(n - 2)
        return memo[n]
    return fact(20), fib(90)
print(outer())
def counter_factory():
    counts = {}
    def count(word):
        counts[word] = counts.get(word, 0) + 1
        return counts[word]
    return count
c = counter_factory()
print([c(w) for w in "a b a c a b".split()])
