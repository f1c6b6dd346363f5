names = [ZeroDivisionError, KeyError, IndexError, FileNotFoundError, PermissionError,
         UnicodeDecodeError, RecursionError, NotImplementedError, ModuleNotFoundError,
         StopIteration, StopAsyncIteration, GeneratorExit, KeyboardInterrupt, SystemExit,
         TimeoutError, ConnectionResetError, BrokenPipeError, UnboundLocalError,
         TabError, IndentationError, FloatingPointError, OverflowError, DeprecationWarning,
         UserWarning, BytesWarning, EncodingWarning, ExceptionGroup, BaseExceptionGroup,
         UnicodeTranslateError, LookupError, ChildProcessError, InterruptedError]
for cls in names:
    print(cls.__name__, [b.__name__ for b in cls.__mro__])
print(EnvironmentError is OSError, IOError is OSError)
