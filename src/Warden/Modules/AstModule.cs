using Warden.Objects;
using Warden.Runtime;
using ThreadState = Warden.Runtime.ThreadState;

namespace Warden.Modules;

/// <summary>
/// The <c>_ast</c> module: the node classes of Python 3.11's abstract syntax (names, bases,
/// <c>_fields</c>, <c>_attributes</c>, class-level None for optional fields) that CPython's
/// <c>ast.py</c> builds on. Nodes are plain attribute bags; <see cref="AstToPython"/> fills them
/// from the parser's C# tree for <c>compile(..., PyCF_ONLY_AST)</c>.
/// </summary>
internal static class AstModule
{
    /// <summary>
    /// One entry per node class, bases first: <c>name:base:fields:attributes:optional</c>, lists
    /// comma-separated; attributes "-" means inherited from the base.
    /// </summary>
    private static readonly string[] s_nodes =
    [
        "operator:AST:::",
        "Add:operator::-:",
        "boolop:AST:::",
        "And:boolop::-:",
        "stmt:AST::lineno,col_offset,end_lineno,end_col_offset:end_lineno,end_col_offset",
        "AnnAssign:stmt:target,annotation,value,simple:-:value",
        "Assert:stmt:test,msg:-:msg",
        "Assign:stmt:targets,value,type_comment:-:type_comment",
        "AsyncFor:stmt:target,iter,body,orelse,type_comment:-:type_comment",
        "AsyncFunctionDef:stmt:name,args,body,decorator_list,returns,type_comment:-:returns,type_comment",
        "AsyncWith:stmt:items,body,type_comment:-:type_comment",
        "expr:AST::lineno,col_offset,end_lineno,end_col_offset:end_lineno,end_col_offset",
        "Attribute:expr:value,attr,ctx:-:",
        "AugAssign:stmt:target,op,value:-:",
        "Await:expr:value:-:",
        "BinOp:expr:left,op,right:-:",
        "BitAnd:operator::-:",
        "BitOr:operator::-:",
        "BitXor:operator::-:",
        "BoolOp:expr:op,values:-:",
        "Break:stmt::-:",
        "Call:expr:func,args,keywords:-:",
        "ClassDef:stmt:name,bases,keywords,body,decorator_list:-:",
        "Compare:expr:left,ops,comparators:-:",
        "Constant:expr:value,kind:-:kind",
        "Continue:stmt::-:",
        "expr_context:AST:::",
        "Del:expr_context::-:",
        "Delete:stmt:targets:-:",
        "Dict:expr:keys,values:-:",
        "DictComp:expr:key,value,generators:-:",
        "Div:operator::-:",
        "cmpop:AST:::",
        "Eq:cmpop::-:",
        "excepthandler:AST::lineno,col_offset,end_lineno,end_col_offset:end_lineno,end_col_offset",
        "ExceptHandler:excepthandler:type,name,body:-:type,name",
        "Expr:stmt:value:-:",
        "mod:AST:::",
        "Expression:mod:body:-:",
        "FloorDiv:operator::-:",
        "For:stmt:target,iter,body,orelse,type_comment:-:type_comment",
        "FormattedValue:expr:value,conversion,format_spec:-:format_spec",
        "FunctionDef:stmt:name,args,body,decorator_list,returns,type_comment:-:returns,type_comment",
        "FunctionType:mod:argtypes,returns:-:",
        "GeneratorExp:expr:elt,generators:-:",
        "Global:stmt:names:-:",
        "Gt:cmpop::-:",
        "GtE:cmpop::-:",
        "If:stmt:test,body,orelse:-:",
        "IfExp:expr:test,body,orelse:-:",
        "Import:stmt:names:-:",
        "ImportFrom:stmt:module,names,level:-:module,level",
        "In:cmpop::-:",
        "Interactive:mod:body:-:",
        "unaryop:AST:::",
        "Invert:unaryop::-:",
        "Is:cmpop::-:",
        "IsNot:cmpop::-:",
        "JoinedStr:expr:values:-:",
        "LShift:operator::-:",
        "Lambda:expr:args,body:-:",
        "List:expr:elts,ctx:-:",
        "ListComp:expr:elt,generators:-:",
        "Load:expr_context::-:",
        "Lt:cmpop::-:",
        "LtE:cmpop::-:",
        "MatMult:operator::-:",
        "Match:stmt:subject,cases:-:",
        "pattern:AST::lineno,col_offset,end_lineno,end_col_offset:",
        "MatchAs:pattern:pattern,name:-:pattern,name",
        "MatchClass:pattern:cls,patterns,kwd_attrs,kwd_patterns:-:",
        "MatchMapping:pattern:keys,patterns,rest:-:rest",
        "MatchOr:pattern:patterns:-:",
        "MatchSequence:pattern:patterns:-:",
        "MatchSingleton:pattern:value:-:",
        "MatchStar:pattern:name:-:name",
        "MatchValue:pattern:value:-:",
        "Mod:operator::-:",
        "Module:mod:body,type_ignores:-:",
        "Mult:operator::-:",
        "Name:expr:id,ctx:-:",
        "NamedExpr:expr:target,value:-:",
        "Nonlocal:stmt:names:-:",
        "Not:unaryop::-:",
        "NotEq:cmpop::-:",
        "NotIn:cmpop::-:",
        "Or:boolop::-:",
        "Pass:stmt::-:",
        "Pow:operator::-:",
        "RShift:operator::-:",
        "Raise:stmt:exc,cause:-:exc,cause",
        "Return:stmt:value:-:value",
        "Set:expr:elts:-:",
        "SetComp:expr:elt,generators:-:",
        "Slice:expr:lower,upper,step:-:lower,upper,step",
        "Starred:expr:value,ctx:-:",
        "Store:expr_context::-:",
        "Sub:operator::-:",
        "Subscript:expr:value,slice,ctx:-:",
        "Try:stmt:body,handlers,orelse,finalbody:-:",
        "TryStar:stmt:body,handlers,orelse,finalbody:-:",
        "Tuple:expr:elts,ctx:-:",
        "type_ignore:AST:::",
        "TypeIgnore:type_ignore:lineno,tag:-:",
        "UAdd:unaryop::-:",
        "USub:unaryop::-:",
        "UnaryOp:expr:op,operand:-:",
        "While:stmt:test,body,orelse:-:",
        "With:stmt:items,body,type_comment:-:type_comment",
        "Yield:expr:value:-:value",
        "YieldFrom:expr:value:-:",
        "alias:AST:name,asname:lineno,col_offset,end_lineno,end_col_offset:asname,end_lineno,end_col_offset",
        "arg:AST:arg,annotation,type_comment:lineno,col_offset,end_lineno,end_col_offset:annotation,type_comment,end_lineno,end_col_offset",
        "arguments:AST:posonlyargs,args,vararg,kwonlyargs,kw_defaults,kwarg,defaults::vararg,kwarg",
        "comprehension:AST:target,iter,ifs,is_async::",
        "keyword:AST:arg,value:lineno,col_offset,end_lineno,end_col_offset:arg,end_lineno,end_col_offset",
        "match_case:AST:pattern,guard,body::guard",
        "withitem:AST:context_expr,optional_vars::optional_vars",
    ];

    private static readonly Lazy<PyType[]> s_types = new(CreateTypes);
    private static readonly Lazy<Dictionary<string, PyType>> s_typesByName = new(() => s_types.Value.ToDictionary(t => t.Name));

    /// <summary>The node class called <paramref name="name"/> (CPython's spelling, e.g. <c>arguments</c>).</summary>
    internal static PyType NodeType(string name) => s_typesByName.Value[name];

    public static PyModule Create(ThreadState ts)
    {
        var module = new PyModule("_ast");
        var d = module.Dict;
        d.SetStr("PyCF_ONLY_AST", PyInt.FromLong(1024));
        d.SetStr("PyCF_TYPE_COMMENTS", PyInt.FromLong(4096));
        d.SetStr("PyCF_ALLOW_TOP_LEVEL_AWAIT", PyInt.FromLong(8192));
        foreach (var type in s_types.Value) d.SetStr(type.Name, type);
        return module;
    }

    private static PyTuple Names(string list)
        => list.Length == 0 ? PyTuple.Empty : new PyTuple(list.Split(',').Select(n => (PyObject)PyStr.From(n)).ToArray());

    private static PyType Define(string name, PyType baseType)
    {
        // Heap types, as in CPython: ast.py adds properties to them (Constant.n, Constant.s).
        var t = new PyType(name, [baseType], TypeObjects.TypeType, isHeapType: true) { InstancesHaveDict = true };
        t.Dict.SetStr("__module__", PyStr.From("ast"));
        return t;
    }

    private static PyType[] CreateTypes()
    {
        var ast = Define("AST", TypeObjects.Object);
        ast.AddInstanceDictGetter();
        ast.Dict.SetStr("_fields", PyTuple.Empty);
        ast.Dict.SetStr("_attributes", PyTuple.Empty);
        ast.Dict.SetStr("__match_args__", PyTuple.Empty);
        ast.AddMethod("__init__", Init);
        ast.AddMethod("__reduce__", (args, kw) =>
        {
            var self = args[0];
            var dict = self.InstanceDict;
            return dict is { Count: > 0 } ? PyTuple.Create(self.Type, PyTuple.Empty, dict) : PyTuple.Create(self.Type, PyTuple.Empty);
        });
        var byName = new Dictionary<string, PyType> { ["AST"] = ast };
        var all = new List<PyType> { ast };
        foreach (var entry in s_nodes)
        {
            var parts = entry.Split(':');
            var t = Define(parts[0], byName[parts[1]]);
            var fields = Names(parts[2]);
            t.Dict.SetStr("_fields", fields);
            t.Dict.SetStr("__match_args__", fields);
            if (parts[3] != "-") t.Dict.SetStr("_attributes", Names(parts[3]));
            if (parts[4].Length > 0)
                foreach (var optional in parts[4].Split(',')) t.Dict.SetStr(optional, PyNone.Instance);
            byName[parts[0]] = t;
            all.Add(t);
        }
        return all.ToArray();
    }

    /// <summary><c>AST.__init__(*args, **kwargs)</c>: positional values fill <c>_fields</c> in order, keywords set attributes.</summary>
    private static PyObject Init(ReadOnlySpan<PyObject> args, PyTuple? kwnames)
    {
        var self = args[0];
        int nkw = kwnames?.Length ?? 0;
        int npos = args.Length - 1 - nkw;
        if (npos > 0)
        {
            var fields = PyOps.ToArray(PyOps.GetAttr(self.Type, PyStr.From("_fields")));
            if (npos > fields.Length)
                throw PyExc.TypeError($"{self.Type.Name} constructor takes at most {fields.Length} positional argument{(fields.Length == 1 ? "" : "s")}");
            for (int i = 0; i < npos; i++) PyOps.SetAttr(self, (PyStr)PyOps.Unwrap(fields[i]), args[1 + i]);
            for (int k = 0; k < nkw; k++)
            {
                var key = (PyStr)kwnames!.Items[k];
                for (int i = 0; i < npos; i++)
                    if (PyOps.Unwrap(fields[i]) is PyStr f && f.Value == key.Value)
                        throw PyExc.TypeError($"{self.Type.Name} got multiple values for argument '{key.Value}'");
            }
        }
        for (int k = 0; k < nkw; k++) PyOps.SetAttr(self, (PyStr)kwnames!.Items[k], args[1 + npos + k]);
        return PyNone.Instance;
    }
}
