using Warden.Tests.Runtime;
using NUnit.Framework;

namespace Warden.Tests.Modules;

/// <summary>The native <c>_signal</c> and <c>_locale</c> modules; expected outputs are CPython 3.11's.</summary>
[TestFixture]
public class NativeSignalLocaleTests
{
    /// <summary>The handler table and raise_signal running Python handlers.</summary>
    [Test]
    public void SignalHandlers()
    {
        const string source = """
            import _signal
            print(_signal.SIGINT, _signal.SIGTERM, _signal.NSIG, _signal.getsignal(_signal.SIGINT) is _signal.default_int_handler, _signal.getsignal(15))
            seen = []
            print(_signal.signal(_signal.SIGUSR1, lambda n, f: seen.append(n)))
            _signal.raise_signal(_signal.SIGUSR1); print(seen, _signal.strsignal(_signal.SIGTERM))
            try:
                _signal.raise_signal(_signal.SIGINT)
            except KeyboardInterrupt:
                print("KeyboardInterrupt")
            for args in ((9, 0), (2, 5), (200, 0)):
                try:
                    _signal.signal(*args)
                except (OSError, TypeError, ValueError) as e:
                    print(type(e).__name__, e)
            """;
        Assert.That(PythonRunner.Output(source + "\n"), Is.EqualTo("2 15 65 True 0\n0\n[10] Terminated\nKeyboardInterrupt\nOSError [Errno 22] Invalid argument\nTypeError signal handler must be signal.SIG_IGN, signal.SIG_DFL, or a callable object\nValueError signal number out of range\n"));
    }

    /// <summary>setlocale in the C locale, localeconv and nl_langinfo.</summary>
    [Test]
    public void LocaleBasics()
    {
        const string source = """
            import _locale
            print(_locale.setlocale(_locale.LC_ALL, "C"), _locale.setlocale(_locale.LC_NUMERIC), _locale.localeconv()["decimal_point"])
            print(_locale.nl_langinfo(_locale.DAY_2), _locale.nl_langinfo(_locale.ABMON_12), _locale.CHAR_MAX, _locale.strcoll("a", "b"))
            try:
                _locale.setlocale(_locale.LC_ALL, "xx_YY")
            except _locale.Error as e:
                print(type(e).__module__, e)
            """;
        Assert.That(PythonRunner.Output(source + "\n"), Is.EqualTo("C C .\nMonday Dec 127 -1\nlocale unsupported locale setting\n"));
    }
}
