using Warden.Tests.Runtime;
using NUnit.Framework;

namespace Warden.Tests.Runtime;

/// <summary>Traceback and code-object attributes that traceback.py and unittest use; expected outputs are CPython 3.11's.</summary>
[TestFixture]
public class TracebackObjectTests
{
    /// <summary>tb_next is writable (with loop checks) and co_positions lines up with tb_lasti.</summary>
    [Test]
    public void TbNextAndPositions()
    {
        const string source = """
            def inner():
                raise KeyError("k")
            def outer():
                inner()
            try:
                outer()
            except KeyError as e:
                tb = e.__traceback__
            positions = list(tb.tb_next.tb_frame.f_code.co_positions())
            print(positions[tb.tb_next.tb_lasti // 2][0] == tb.tb_next.tb_lineno, tb.tb_next.tb_next is not None)
            tb.tb_next.tb_next = None
            print(tb.tb_next.tb_next)
            for value in (tb, 5):
                try:
                    tb.tb_next.tb_next = value
                except (ValueError, TypeError) as e:
                    print(type(e).__name__, e)
            import sys
            events = []
            sys.addaudithook(lambda event, args: events.append((event, args)) if event.startswith("warden.test") else None)
            sys.audit("warden.test", 1, "a")
            print(events)
            """;
        Assert.That(PythonRunner.Output(source + "\n"), Is.EqualTo("True True\nNone\nValueError traceback loop detected\nTypeError expected traceback object, got 'int'\n[('warden.test', (1, 'a'))]\n"));
    }
}
