using Warden.Objects;
using Warden.Runtime;

namespace Warden.Modules.Io;

/// <summary><c>io.IncrementalNewlineDecoder</c>: wraps a decoder (or None) and applies universal newlines.</summary>
internal sealed class PyIncrementalNewlineDecoder : PyObject
{
    public static readonly PyType DecoderType = CreateType();

    private readonly PyType _type;
    private PyObject? _decoder;
    private NewlineTranslator? _translator;

    private PyIncrementalNewlineDecoder(PyType type) => _type = type;

    public override PyType Type => _type;

    private static PyIncrementalNewlineDecoder Self(PyObject o) => o as PyIncrementalNewlineDecoder
        ?? throw PyExc.TypeError($"descriptor requires an 'IncrementalNewlineDecoder' object but received a '{o.Type.Name}'");

    private NewlineTranslator Translator => _translator ?? throw PyExc.ValueError("IncrementalNewlineDecoder.__init__() not called");

    private static PyType CreateType()
    {
        var t = new PyType("IncrementalNewlineDecoder", [TypeObjects.Object], TypeObjects.TypeType)
        {
            InstanceFactory = type => new PyIncrementalNewlineDecoder(type),
        };
        t.Dict.SetStr("__module__", PyStr.From("_io"));
        t.AddMethod("__init__", (args, kw) =>
        {
            var a = Args.Parse(args[1..], kw, "IncrementalNewlineDecoder", ["decoder", "translate", "errors"], 2);
            var self = Self(args[0]);
            self._decoder = a[0] is PyNone ? null : a[0];
            self._translator = new NewlineTranslator { Translating = PyOps.IsTrue(a[1]!) };
            return PyNone.Instance;
        });
        t.AddMethod("decode", (args, kw) =>
        {
            var a = Args.Parse(args[1..], kw, "decode", ["input", "final"], 1);
            var self = Self(args[0]);
            bool final = a[1] is { } f && PyOps.IsTrue(f);
            var output = self._decoder is null ? a[0]! : PyOps.Call(PyOps.GetAttr(self._decoder, PyStr.From("decode")), [a[0]!, PyInt.FromBool(final)], null);
            if (PyOps.Unwrap(output) is not PyStr s)
                throw PyExc.TypeError($"decoder should return a string result, not '{output.Type.Name}'");
            return PyStr.From(self.Translator.Translate(s.Value, final));
        });
        t.AddMethod("getstate", (args, kw) =>
        {
            var self = Self(args[0]);
            PyObject buffered = new PyBytes([]);
            long flag = 0;
            if (self._decoder is not null)
            {
                var state = PyOps.ToArray(PyOps.Call0(PyOps.GetAttr(self._decoder, PyStr.From("getstate"))));
                buffered = state[0];
                flag = PyOps.AsIndex(state[1]);
            }
            flag = flag * 2 + (self.Translator.PendingCR ? 1 : 0);
            return PyTuple.Create(buffered, PyInt.FromLong(flag));
        });
        t.AddMethod("setstate", (args, kw) =>
        {
            var self = Self(args[0]);
            var state = PyOps.ToArray(args[1]);
            long flag = PyOps.AsIndex(state[1]);
            self.Translator.SetPendingCR((flag & 1) != 0);
            if (self._decoder is not null)
                PyOps.Call1(PyOps.GetAttr(self._decoder, PyStr.From("setstate")), PyTuple.Create(state[0], PyInt.FromLong(flag >> 1)));
            return PyNone.Instance;
        });
        t.AddMethod("reset", (args, kw) =>
        {
            var self = Self(args[0]);
            self.Translator.Reset();
            if (self._decoder is not null) PyOps.Call0(PyOps.GetAttr(self._decoder, PyStr.From("reset")));
            return PyNone.Instance;
        });
        t.AddGetter("newlines", self => Self(self).Translator.SeenNewlines());
        return t;
    }
}
