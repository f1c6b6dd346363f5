print(complex(1), complex(1, 2), complex("1+2j"), complex(2.5), complex(True), complex(1j, 1j), complex(imag=3), complex(real=1))
class C:
    def __complex__(self):
        return 5j
print(complex(C()))
try:
    complex(None)
except TypeError as e:
    print(type(e).__name__, e)
