using NUnit.Framework;
using Warden.Tests.Runtime;

namespace Warden.Tests.Runtime;

/// <summary>Frame objects: tracebacks' <c>tb_frame</c>, <c>sys._getframe</c>, <c>gi_frame</c>. Expected outputs are CPython 3.11's.</summary>
[TestFixture]
public class FrameObjectTests
{
    /// <summary>Each traceback entry names its frame, line and caller; locals survive the frame.</summary>
    [Test]
    public void TracebackFrames()
    {
        const string source = """
            def inner():
                secret = 42
                raise ValueError("deep")
            def outer():
                x = 5
                inner()
            try:
                outer()
            except ValueError as e:
                tb = e.__traceback__
                while tb is not None:
                    f = tb.tb_frame
                    print(f.f_code.co_name, tb.tb_lineno, f.f_lineno, f.f_back.f_code.co_name if f.f_back else None,
                          {k: v for k, v in f.f_locals.items() if k in ('x', 'secret')}, isinstance(tb.tb_lasti, int))
                    tb = tb.tb_next
            """;
        Assert.That(PythonRunner.Output(source), Is.EqualTo("<module> 8 13 None {} True\nouter 6 6 <module> {'x': 5} True\ninner 3 3 outer {'secret': 42} True\n"));
    }

    /// <summary>sys._getframe walks callers; frame objects keep their identity; too deep is a ValueError.</summary>
    [Test]
    public void GetFrame()
    {
        const string source = """
            import sys
            def g():
                f = sys._getframe()
                return f.f_code.co_name, f.f_back.f_code.co_name, f.f_lineno, sys._getframe(1).f_code.co_name, f is sys._getframe()
            print(g())
            print(type(sys._getframe()).__name__, sys._getframe().f_globals is globals(), sys._getframe().f_builtins is __builtins__.__dict__)
            try:
                sys._getframe(50)
            except ValueError as e:
                print(e)
            """;
        Assert.That(PythonRunner.Output(source), Is.EqualTo("('g', '<module>', 4, '<module>', True)\nframe True True\ncall stack is not deep enough\n"));
    }

    /// <summary>gi_frame while suspended has no caller, and is None once finished.</summary>
    [Test]
    public void GeneratorFrames()
    {
        const string source = """
            import sys
            def gen():
                yield sys._getframe().f_back.f_code.co_name
                yield 2
            g = gen()
            print(g.gi_frame.f_back, next(g), g.gi_frame.f_lineno, g.gi_running, g.gi_code.co_name)
            list(g)
            print(g.gi_frame)
            """;
        Assert.That(PythonRunner.Output(source), Is.EqualTo("None <module> 3 False gen\nNone\n"));
    }
}
