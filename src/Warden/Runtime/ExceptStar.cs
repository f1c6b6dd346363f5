using Warden.Objects;

namespace Warden.Runtime;

/// <summary>
/// The state of one <c>try ... except*</c> while its clauses run: what is still unmatched, and
/// what the handlers raised. Lives on the value stack as an internal object.
/// </summary>
internal sealed class ExceptStarState : PyObject
{
    private static readonly PyType s_type = new("except_star_state", [TypeObjects.Object], TypeObjects.TypeType) { IsFinal = true };

    /// <summary>The exception that entered the handlers.</summary>
    public readonly PyBaseException Original;
    /// <summary>The part no clause has matched yet (null once everything matched).</summary>
    public PyBaseException? Unmatched;
    /// <summary>Matched parts, in clause order (to recognise bare re-raises).</summary>
    public readonly List<PyBaseException> Matches = new();
    /// <summary>Exceptions raised by handler bodies, in order.</summary>
    public readonly List<PyBaseException> Raised = new();

    public ExceptStarState(PyBaseException original)
    {
        Original = original;
        Unmatched = original;
    }

    public override PyType Type => s_type;

    /// <summary>Splits off the part matching <paramref name="type"/>: the group bound by <c>except* T as e</c>, or None.</summary>
    public PyObject Match(PyObject type)
    {
        if (type is PyType t && t.IsSubtypeOf(TypeObjects.BaseExceptionGroup) || type is PyTuple tuple && tuple.Items.Any(x => x is PyType xt && xt.IsSubtypeOf(TypeObjects.BaseExceptionGroup)))
            throw PyExc.TypeError("catching ExceptionGroup with except* is not allowed. Use except instead.");
        if (Unmatched is null) return PyNone.Instance;
        var condition = ExceptionGroupMethods.Condition(type);
        if (!ExceptionGroupMethods.IsGroup(Unmatched))
        {
            // A naked exception is matched as a one-item group.
            if (!condition(Unmatched)) return PyNone.Instance;
            var wrapped = ExceptionGroupMethods.Create(TypeObjects.BaseExceptionGroup, PyStr.Empty, PyTuple.Create(Unmatched));
            wrapped.Traceback = Unmatched.Traceback;
            Unmatched = null;
            Matches.Add(wrapped);
            return wrapped;
        }
        var (matched, rest) = ExceptionGroupMethods.Split(Unmatched, condition);
        Unmatched = rest;
        if (matched is null) return PyNone.Instance;
        Matches.Add(matched);
        return matched;
    }

    /// <summary>
    /// What propagates after all clauses: None when everything was handled; otherwise the
    /// unmatched part (the original exception itself when nothing matched) together with
    /// re-raised parts and new exceptions, combined into an ExceptionGroup when there are several.
    /// </summary>
    public PyObject Finish()
    {
        var newlyRaised = Raised.Where(r => !Matches.Any(m => ReferenceEquals(m, r))).ToList();
        bool reraisedSome = Raised.Count != newlyRaised.Count;
        PyBaseException? unhandled = Unmatched;
        if (reraisedSome)
        {
            // Bare `raise` in a handler re-raises its matched part: keep the original structure.
            var keep = new HashSet<PyBaseException>(ReferenceEqualityComparer.Instance);
            void Leaves(PyBaseException e)
            {
                if (ExceptionGroupMethods.IsGroup(e)) foreach (PyBaseException x in ExceptionGroupMethods.Exceptions(e).Cast<PyBaseException>()) Leaves(x);
                else keep.Add(e);
            }
            if (Unmatched is not null) Leaves(Unmatched);
            foreach (var r in Raised.Where(r => Matches.Any(m => ReferenceEquals(m, r)))) Leaves(r);
            unhandled = ReferenceEquals(Unmatched, Original) ? Original
                : ExceptionGroupMethods.IsGroup(Original) ? ExceptionGroupMethods.Split(Original, e => !ExceptionGroupMethods.IsGroup(e) && keep.Contains(e)).Matched
                : Original;
        }
        if (newlyRaised.Count == 0) return (PyObject?)unhandled ?? PyNone.Instance;
        var all = new List<PyObject>(newlyRaised);
        if (unhandled is not null) all.Add(unhandled);
        return ExceptionGroupMethods.Create(TypeObjects.BaseExceptionGroup, PyStr.Empty, new PyList(all.ToArray(), all.Count));
    }
}
