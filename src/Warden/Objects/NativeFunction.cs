namespace Warden.Objects;

/// <summary>
/// The calling convention of every native (C#) callable, shaped like CPython's vectorcall:
/// positional arguments first, then the values of keyword arguments whose names are in
/// <paramref name="kwnames"/> (null when there are none). For methods, <c>args[0]</c> is self.
/// The span points into the caller's stack: natives must not keep it.
/// </summary>
public delegate PyObject NativeFunction(ReadOnlySpan<PyObject> args, PyTuple? kwnames);
