class A:
    def value(self):
        return 1

class B(A):
    def value(self):
        def helper():
            return super(B, self).value() + 10
        return helper()
    def lam(self):
        return (lambda: __class__)()

print(B().value())
print(B().lam().__name__)
