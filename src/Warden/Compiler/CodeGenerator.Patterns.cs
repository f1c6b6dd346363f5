using Warden.Objects;
using Warden.Syntax.Ast;

namespace Warden.Compiler;

public sealed partial class CodeGenerator
{
    /// <summary>
    /// <c>match</c>: each case matches a copy of the subject. A pattern consumes the subject on top
    /// of the stack both when it succeeds (falling through) and when it fails (jumping to its fail
    /// label), so nested patterns compose. Captured names are bound as soon as their sub-pattern
    /// matches (CPython leaves the bindings of a failed case unspecified).
    /// </summary>
    private void VisitMatch(Match m)
    {
        VisitExpr(m.Subject);
        var end = new Label();
        for (int i = 0; i < m.Cases.Length; i++)
        {
            var c = m.Cases[i];
            var next = new Label();
            _b.SetLocation(c.Pattern);
            _b.Emit(Opcode.Copy, 1);
            CompilePattern(c.Pattern, next);
            if (c.Guard is not null) JumpIf(c.Guard, next, false);
            _b.Emit(Opcode.PopTop);
            VisitBody(c.Body);
            _b.EmitJump(Opcode.Jump, end);
            _b.Mark(next);
        }
        _b.Emit(Opcode.PopTop);
        _b.Mark(end);
    }

    private void CompilePattern(Pattern pattern, Label fail)
    {
        _b.SetLocation(pattern);
        switch (pattern)
        {
            case MatchValue v:
                VisitExpr(v.Value);
                _b.Emit(Opcode.CompareOp, (int)ComparisonOperator.Equal);
                _b.EmitJump(Opcode.PopJumpIfFalse, fail);
                break;
            case MatchSingleton s:
                EmitConstant(ConstantValue(s.Value, s));
                _b.Emit(Opcode.IsOp, 0);
                _b.EmitJump(Opcode.PopJumpIfFalse, fail);
                break;
            case MatchAs a:
                if (a.Pattern is not null)
                {
                    var popFail = new Label();
                    var ok = new Label();
                    _b.Emit(Opcode.Copy, 1);
                    CompilePattern(a.Pattern, popFail);
                    _b.EmitJump(Opcode.Jump, ok);
                    _b.Mark(popFail);
                    _b.Emit(Opcode.PopTop);
                    _b.EmitJump(Opcode.Jump, fail);
                    _b.Mark(ok);
                }
                if (a.Name is not null) StoreName(a.Name);
                else _b.Emit(Opcode.PopTop);
                break;
            case MatchOr o:
            {
                var success = new Label();
                foreach (var alternative in o.Patterns)
                {
                    var nextAlternative = new Label();
                    _b.Emit(Opcode.Copy, 1);
                    CompilePattern(alternative, nextAlternative);
                    _b.Emit(Opcode.PopTop);
                    _b.EmitJump(Opcode.Jump, success);
                    _b.Mark(nextAlternative);
                }
                _b.Emit(Opcode.PopTop);
                _b.EmitJump(Opcode.Jump, fail);
                _b.Mark(success);
                break;
            }
            case MatchSequence seq:
            {
                int star = Array.FindIndex(seq.Patterns, p => p is MatchStar);
                int n = seq.Patterns.Length;
                var popSubject = new Label();
                _b.Emit(Opcode.MatchSequence, star < 0 ? n : 0x8000 + n - 1);
                _b.EmitJump(Opcode.PopJumpIfFalse, popSubject);
                _b.Emit(Opcode.Copy, 1);
                if (star < 0) _b.Emit(Opcode.UnpackSequence, n);
                else _b.Emit(Opcode.UnpackEx, star | ((n - star - 1) << 8));
                CompileSubpatterns(seq.Patterns, popSubject);
                _b.Emit(Opcode.PopTop);
                var done = new Label();
                _b.EmitJump(Opcode.Jump, done);
                _b.Mark(popSubject);
                _b.Emit(Opcode.PopTop);
                _b.EmitJump(Opcode.Jump, fail);
                _b.Mark(done);
                break;
            }
            case MatchStar st:
                if (st.Name is not null) StoreName(st.Name);
                else _b.Emit(Opcode.PopTop);
                break;
            case MatchMapping map:
            {
                var popSubject = new Label();
                var popTwo = new Label();
                var done = new Label();
                _b.Emit(Opcode.MatchMapping);
                _b.EmitJump(Opcode.PopJumpIfFalse, popSubject);
                if (map.Rest is not null)
                {
                    _b.Emit(Opcode.Copy, 1);
                    EmitKeysTuple(map.Keys);
                    _b.Emit(Opcode.DictWithoutKeys);
                    StoreName(map.Rest);
                }
                if (map.Keys.Length > 0)
                {
                    _b.Emit(Opcode.Copy, 1);
                    EmitKeysTuple(map.Keys);
                    _b.Emit(Opcode.MatchKeys);
                    _b.Emit(Opcode.Copy, 1);
                    _b.EmitJump(Opcode.PopJumpIfNone, popTwo);
                    _b.Emit(Opcode.UnpackSequence, map.Keys.Length);
                    CompileSubpatterns(map.Patterns, popSubject);
                }
                _b.Emit(Opcode.PopTop);
                _b.EmitJump(Opcode.Jump, done);
                _b.Mark(popTwo);
                _b.Emit(Opcode.PopTop);
                _b.Mark(popSubject);
                _b.Emit(Opcode.PopTop);
                _b.EmitJump(Opcode.Jump, fail);
                _b.Mark(done);
                break;
            }
            case MatchClass cls:
            {
                var popSubject = new Label();
                var popTwo = new Label();
                var done = new Label();
                _b.Emit(Opcode.Copy, 1);
                VisitExpr(cls.Cls);
                EmitConstant(new PyTuple(cls.KwdAttrs.Select(a => (PyObject)PyStr.From(a)).ToArray()), null);
                _b.SetLocation(cls);
                _b.Emit(Opcode.MatchClass, cls.Patterns.Length);
                _b.Emit(Opcode.Copy, 1);
                _b.EmitJump(Opcode.PopJumpIfNone, popTwo);
                var all = cls.Patterns.Concat(cls.KwdPatterns).ToArray();
                _b.Emit(Opcode.UnpackSequence, all.Length);
                CompileSubpatterns(all, popSubject);
                _b.Emit(Opcode.PopTop);
                _b.EmitJump(Opcode.Jump, done);
                _b.Mark(popTwo);
                _b.Emit(Opcode.PopTop);
                _b.Mark(popSubject);
                _b.Emit(Opcode.PopTop);
                _b.EmitJump(Opcode.Jump, fail);
                _b.Mark(done);
                break;
            }
            default:
                throw Error($"'{pattern.PythonName}' patterns are not supported", pattern);
        }
    }

    private void EmitKeysTuple(Expr[] keys)
    {
        foreach (var k in keys) VisitExpr(k);
        _b.Emit(Opcode.BuildTuple, keys.Length);
    }

    /// <summary>
    /// Matches unpacked items (first on top) against <paramref name="patterns"/>. When item k fails,
    /// the items after it are still on the stack: the fail labels pop them, then jump to
    /// <paramref name="fail"/> (which expects only the subject below).
    /// </summary>
    private void CompileSubpatterns(Pattern[] patterns, Label fail)
    {
        int n = patterns.Length;
        var fails = new Label[n];
        for (int k = 0; k < n; k++) fails[k] = new Label();
        for (int k = 0; k < n; k++) CompilePattern(patterns[k], fails[k]);
        var done = new Label();
        _b.EmitJump(Opcode.Jump, done);
        for (int k = 0; k < n; k++)
        {
            _b.Mark(fails[k]);
            if (k < n - 1) _b.Emit(Opcode.PopTop);
        }
        _b.EmitJump(Opcode.Jump, fail);
        _b.Mark(done);
    }
}
