class Calculator:
    def divide(self, a, b):
        op = lambda: a / b
        return op()

calc = Calculator()
print(calc.divide(6, 3))
print(calc.divide(1, 0))
