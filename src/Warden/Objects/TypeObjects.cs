namespace Warden.Objects;

/// <summary>
/// The builtin type objects. Field initialisers create them in dependency order; the static
/// constructor ties the <c>type</c>/<c>object</c> knot and installs every type's methods.
/// </summary>
public static class TypeObjects
{
    public static readonly PyType Object = new("object", []);
    public static readonly PyType TypeType = new("type", [Object]);

    public static readonly PyType Int = Builtin("int");
    public static readonly PyType Bool = Builtin("bool", Int, final: true);
    public static readonly PyType Float = Builtin("float");
    public static readonly PyType Complex = Builtin("complex");
    public static readonly PyType Str = Builtin("str");
    public static readonly PyType Tuple = Builtin("tuple");
    public static readonly PyType Bytes = Builtin("bytes");
    public static readonly PyType ByteArray = Builtin("bytearray");
    public static readonly PyType MemoryView = Builtin("memoryview", final: true);
    public static readonly PyType BytesIterator = Builtin("bytes_iterator", final: true);
    public static readonly PyType ByteArrayIterator = Builtin("bytearray_iterator", final: true);
    public static readonly PyType List = Builtin("list");
    public static readonly PyType Dict = Builtin("dict");
    public static readonly PyType Set = Builtin("set");
    public static readonly PyType FrozenSet = Builtin("frozenset");
    public static readonly PyType Range = Builtin("range", final: true);
    public static readonly PyType Slice = Builtin("slice", final: true);
    public static readonly PyType NoneType = Builtin("NoneType", final: true);
    public static readonly PyType NotImplementedType = Builtin("NotImplementedType", final: true);
    public static readonly PyType EllipsisType = Builtin("ellipsis", final: true);
    public static readonly PyType Function = Builtin("function", final: true);
    public static readonly PyType BuiltinFunction = Builtin("builtin_function_or_method", final: true);
    public static readonly PyType MethodDescriptor = Builtin("method_descriptor", final: true);
    public static readonly PyType GetSetDescriptor = Builtin("getset_descriptor", final: true);
    public static readonly PyType MemberDescriptor = Builtin("member_descriptor", final: true);
    public static readonly PyType Method = Builtin("method", final: true);
    public static readonly PyType StaticMethod = Builtin("staticmethod");
    public static readonly PyType ClassMethod = Builtin("classmethod");
    public static readonly PyType Property = Builtin("property");
    public static readonly PyType Cell = Builtin("cell", final: true);
    public static readonly PyType Code = Builtin("code", final: true);
    public static readonly PyType Module = Builtin("module");
    public static readonly PyType Super = Builtin("super");
    public static readonly PyType MappingProxy = Builtin("mappingproxy", final: true);
    public static readonly PyType Traceback = Builtin("traceback", final: true);
    public static readonly PyType Frame = Builtin("frame", final: true);
    public static readonly PyType Generator = Builtin("generator", final: true);
    public static readonly PyType Coroutine = Builtin("coroutine", final: true);
    public static readonly PyType CoroutineWrapper = Builtin("coroutine_wrapper", final: true);
    public static readonly PyType AsyncGenerator = Builtin("async_generator", final: true);
    public static readonly PyType AsyncGeneratorASend = Builtin("async_generator_asend", final: true);
    public static readonly PyType AsyncGeneratorAThrow = Builtin("async_generator_athrow", final: true);
    public static readonly PyType AsyncGeneratorWrappedValue = Builtin("async_generator_wrapped_value", final: true);
    public static readonly PyType RangeIterator = Builtin("range_iterator", final: true);
    public static readonly PyType LongRangeIterator = Builtin("longrange_iterator", final: true);
    public static readonly PyType ListIterator = Builtin("list_iterator", final: true);
    public static readonly PyType ListReverseIterator = Builtin("list_reverseiterator", final: true);
    public static readonly PyType TupleIterator = Builtin("tuple_iterator", final: true);
    public static readonly PyType StrIterator = Builtin("str_ascii_iterator", final: true);
    public static readonly PyType DictKeyIterator = Builtin("dict_keyiterator", final: true);
    public static readonly PyType DictValueIterator = Builtin("dict_valueiterator", final: true);
    public static readonly PyType DictItemIterator = Builtin("dict_itemiterator", final: true);
    public static readonly PyType SetIterator = Builtin("set_iterator", final: true);
    public static readonly PyType DictKeys = Builtin("dict_keys", final: true);
    public static readonly PyType DictValues = Builtin("dict_values", final: true);
    public static readonly PyType DictItems = Builtin("dict_items", final: true);
    public static readonly PyType Enumerate = Builtin("enumerate");
    public static readonly PyType Zip = Builtin("zip");
    public static readonly PyType Map = Builtin("map");
    public static readonly PyType Filter = Builtin("filter");
    public static readonly PyType Reversed = Builtin("reversed");
    public static readonly PyType CallableIterator = Builtin("callable_iterator", final: true);
    public static readonly PyType SequenceIterator = Builtin("iterator", final: true);

    // ---- exceptions ----
    public static readonly PyType BaseException = Builtin("BaseException");
    public static readonly PyType Exception = Exc("Exception", BaseException);
    public static readonly PyType GeneratorExit = Exc("GeneratorExit", BaseException);
    public static readonly PyType KeyboardInterrupt = Exc("KeyboardInterrupt", BaseException);
    public static readonly PyType SystemExit = Exc("SystemExit", BaseException);
    public static readonly PyType ArithmeticError = Exc("ArithmeticError", Exception);
    public static readonly PyType FloatingPointError = Exc("FloatingPointError", ArithmeticError);
    public static readonly PyType OverflowError = Exc("OverflowError", ArithmeticError);
    public static readonly PyType ZeroDivisionError = Exc("ZeroDivisionError", ArithmeticError);
    public static readonly PyType AssertionError = Exc("AssertionError", Exception);
    public static readonly PyType AttributeError = Exc("AttributeError", Exception);
    public static readonly PyType BufferError = Exc("BufferError", Exception);
    public static readonly PyType EOFError = Exc("EOFError", Exception);
    public static readonly PyType ImportError = Exc("ImportError", Exception);
    public static readonly PyType ModuleNotFoundError = Exc("ModuleNotFoundError", ImportError);
    public static readonly PyType LookupError = Exc("LookupError", Exception);
    public static readonly PyType IndexError = Exc("IndexError", LookupError);
    public static readonly PyType KeyError = Exc("KeyError", LookupError);
    public static readonly PyType MemoryError = Exc("MemoryError", Exception);
    public static readonly PyType NameError = Exc("NameError", Exception);
    public static readonly PyType UnboundLocalError = Exc("UnboundLocalError", NameError);
    public static readonly PyType OSError = Exc("OSError", Exception);
    public static readonly PyType ReferenceError = Exc("ReferenceError", Exception);
    public static readonly PyType RuntimeError = Exc("RuntimeError", Exception);
    public static readonly PyType NotImplementedError = Exc("NotImplementedError", RuntimeError);
    public static readonly PyType RecursionError = Exc("RecursionError", RuntimeError);
    public static readonly PyType StopAsyncIteration = Exc("StopAsyncIteration", Exception);
    public static readonly PyType StopIteration = Exc("StopIteration", Exception);
    public static readonly PyType SyntaxError = Exc("SyntaxError", Exception);
    public static readonly PyType IndentationError = Exc("IndentationError", SyntaxError);
    public static readonly PyType TabError = Exc("TabError", IndentationError);
    public static readonly PyType SystemError = Exc("SystemError", Exception);
    public static readonly PyType TypeError = Exc("TypeError", Exception);
    public static readonly PyType ValueError = Exc("ValueError", Exception);
    public static readonly PyType UnicodeError = Exc("UnicodeError", ValueError);
    public static readonly PyType Warning = Exc("Warning", Exception);
    public static readonly PyType BaseExceptionGroup = Exc("BaseExceptionGroup", BaseException);
    public static readonly PyType ExceptionGroup = new("ExceptionGroup", [BaseExceptionGroup, Exception], TypeType);

    /// <summary>Every builtin exception type by name, in definition order (for the builtins module).</summary>
    public static readonly List<PyType> ExceptionTypes = new();

    private static PyType Builtin(string name, PyType? baseType = null, bool final = false)
        => new(name, [baseType ?? Object], TypeType) { IsFinal = final };

    private static PyType Exc(string name, PyType baseType) => new(name, [baseType], TypeType);

    static TypeObjects()
    {
        Object.Metaclass = TypeType;
        TypeType.Metaclass = TypeType;
        ExceptionTypes.AddRange([BaseException, Exception, GeneratorExit, KeyboardInterrupt, SystemExit,
            ArithmeticError, FloatingPointError, OverflowError, ZeroDivisionError, AssertionError, AttributeError,
            BufferError, EOFError, ImportError, ModuleNotFoundError, LookupError, IndexError, KeyError, MemoryError,
            NameError, UnboundLocalError, OSError, ReferenceError, RuntimeError, NotImplementedError, RecursionError,
            StopAsyncIteration, StopIteration, SyntaxError, IndentationError, TabError, SystemError, TypeError,
            ValueError, UnicodeError, Warning, BaseExceptionGroup, ExceptionGroup]);
        foreach (var (name, baseName) in new[]
        {
            ("BlockingIOError", "OSError"), ("ChildProcessError", "OSError"), ("ConnectionError", "OSError"),
            ("BrokenPipeError", "ConnectionError"), ("ConnectionAbortedError", "ConnectionError"),
            ("ConnectionRefusedError", "ConnectionError"), ("ConnectionResetError", "ConnectionError"),
            ("FileExistsError", "OSError"), ("FileNotFoundError", "OSError"), ("InterruptedError", "OSError"),
            ("IsADirectoryError", "OSError"), ("NotADirectoryError", "OSError"), ("PermissionError", "OSError"),
            ("ProcessLookupError", "OSError"), ("TimeoutError", "OSError"),
            ("UnicodeDecodeError", "UnicodeError"), ("UnicodeEncodeError", "UnicodeError"),
            ("UnicodeTranslateError", "UnicodeError"),
            ("BytesWarning", "Warning"), ("DeprecationWarning", "Warning"), ("EncodingWarning", "Warning"),
            ("FutureWarning", "Warning"), ("ImportWarning", "Warning"), ("PendingDeprecationWarning", "Warning"),
            ("ResourceWarning", "Warning"), ("RuntimeWarning", "Warning"), ("SyntaxWarning", "Warning"),
            ("UnicodeWarning", "Warning"), ("UserWarning", "Warning"),
        })
        {
            var baseType = ExceptionTypes.First(t => t.Name == baseName);
            ExceptionTypes.Add(Exc(name, baseType));
        }
        foreach (var t in ExceptionTypes)
        {
            t.InstanceFactory = type => new PyBaseException(type);
            t.InstancesHaveDict = true;
        }
        Object.InstanceFactory = type => new PyInstance(type);
        ObjectMethods.Install();
    }

    /// <summary>The builtin exception type called <paramref name="name"/> (used for front-end errors).</summary>
    public static PyType ExceptionByName(string name) => ExceptionTypes.FirstOrDefault(t => t.Name == name) ?? RuntimeError;
}
