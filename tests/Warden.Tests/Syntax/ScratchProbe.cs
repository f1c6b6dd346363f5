using NUnit.Framework;
using Warden.Syntax;
using Warden.Syntax.Ast;
namespace Warden.Tests.Syntax;
public class ScratchProbe
{
    [Test]
    public void Probe()
    {
        foreach (var s in System.IO.File.ReadAllText("/tmp/probe.txt").Split("\n=====\n"))
        {
            if (s.Length == 0) continue;
            try { var m = Parser.ParseModule(s); TestContext.Out.WriteLine("OK " + AstDumper.Dump(m)); }
            catch (PythonSyntaxError e) { TestContext.Out.WriteLine($"{e.PythonType} {e.Msg} {e.Lineno} {e.Offset} {e.EndLineno} {e.EndOffset}"); }
            catch (PythonFrontEndError e) { TestContext.Out.WriteLine($"{e.PythonType} {e.Message}"); }
        }
    }
}
