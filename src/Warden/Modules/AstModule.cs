using Warden.Objects;
using Warden.Runtime;
using ThreadState = Warden.Runtime.ThreadState;

namespace Warden.Modules;

/// <summary>
/// The <c>_ast</c> module: the node classes of Python 3.11's abstract grammar (what <c>ast.py</c>
/// re-exports), with CPython's <c>_fields</c>, <c>_attributes</c> and <c>None</c> class defaults for
/// optional fields, and the generic constructor (positional arguments fill <c>_fields</c> in
/// order). Node classes are ordinary Python classes, so code may subclass them and give them
/// attributes. <c>compile(..., PyCF_ONLY_AST)</c> does not produce these nodes yet.
/// </summary>
internal static class AstModule
{
    /// <summary>
    /// One class per entry, bases first: <c>name:base:fields:attributes:optional</c>, comma-separated
    /// lists; <c>-</c> means inherited (not set on the class itself). Facts of CPython 3.11's grammar.
    /// </summary>
    private static readonly string[] s_classes =
    [
        "operator:AST:::",
        "Add:operator::-:",
        "boolop:AST:::",
        "And:boolop::-:",
        "stmt:AST::lineno,col_offset,end_lineno,end_col_offset:end_col_offset,end_lineno",
        "AnnAssign:stmt:target,annotation,value,simple:-:value",
        "Assert:stmt:test,msg:-:msg",
        "Assign:stmt:targets,value,type_comment:-:type_comment",
        "AsyncFor:stmt:target,iter,body,orelse,type_comment:-:type_comment",
        "AsyncFunctionDef:stmt:name,args,body,decorator_list,returns,type_comment:-:returns,type_comment",
        "AsyncWith:stmt:items,body,type_comment:-:type_comment",
        "expr:AST::lineno,col_offset,end_lineno,end_col_offset:end_col_offset,end_lineno",
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
        "Constant:expr:value,kind:-:kind,n,s",
        "Continue:stmt::-:",
        "expr_context:AST:::",
        "Del:expr_context::-:",
        "Delete:stmt:targets:-:",
        "Dict:expr:keys,values:-:",
        "DictComp:expr:key,value,generators:-:",
        "Div:operator::-:",
        "cmpop:AST:::",
        "Eq:cmpop::-:",
        "excepthandler:AST::lineno,col_offset,end_lineno,end_col_offset:end_col_offset,end_lineno",
        "ExceptHandler:excepthandler:type,name,body:-:name,type",
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
        "ImportFrom:stmt:module,names,level:-:level,module",
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
        "MatchAs:pattern:pattern,name:-:name,pattern",
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
        "Raise:stmt:exc,cause:-:cause,exc",
        "Return:stmt:value:-:value",
        "Set:expr:elts:-:",
        "SetComp:expr:elt,generators:-:",
        "Slice:expr:lower,upper,step:-:lower,step,upper",
        "Starred:expr:value,ctx:-:",
        "Store:expr_context::-:",
        "Sub:operator::-:",
        "Subscript:expr:value,slice,ctx:-:",
        "Try:stmt:body,handlers,orelse,finalbody:-:",
        "TryStar:stmt:body,handlers,orelse,finalbody:-:",
        "Tuple:expr:elts,ctx:-:dims",
        "type_ignore:AST:::",
        "TypeIgnore:type_ignore:lineno,tag:-:",
        "UAdd:unaryop::-:",
        "USub:unaryop::-:",
        "UnaryOp:expr:op,operand:-:",
        "While:stmt:test,body,orelse:-:",
        "With:stmt:items,body,type_comment:-:type_comment",
        "Yield:expr:value:-:value",
        "YieldFrom:expr:value:-:",
        "alias:AST:name,asname:lineno,col_offset,end_lineno,end_col_offset:asname,end_col_offset,end_lineno",
        "arg:AST:arg,annotation,type_comment:lineno,col_offset,end_lineno,end_col_offset:annotation,end_col_offset,end_lineno,type_comment",
        "arguments:AST:posonlyargs,args,vararg,kwonlyargs,kw_defaults,kwarg,defaults::kwarg,vararg",
        "comprehension:AST:target,iter,ifs,is_async::",
        "keyword:AST:arg,value:lineno,col_offset,end_lineno,end_col_offset:arg,end_col_offset,end_lineno",
        "match_case:AST:pattern,guard,body::guard",
        "withitem:AST:context_expr,optional_vars::optional_vars",
    ];

    public static PyModule Create(ThreadState ts)
    {
        var module = new PyModule("_ast");
        var d = module.Dict;
        d.SetStr("PyCF_ONLY_AST", PyInt.FromLong(1024));
        d.SetStr("PyCF_TYPE_COMMENTS", PyInt.FromLong(4096));
        d.SetStr("PyCF_ALLOW_TOP_LEVEL_AWAIT", PyInt.FromLong(8192));
        var ast = NewClass("AST", TypeObjects.Object, "", "", "");
        InstallBase(ast);
        var classes = new Dictionary<string, PyType> { ["AST"] = ast };
        d.SetStr("AST", ast);
        foreach (var entry in s_classes)
        {
            var parts = entry.Split(':');
            var type = NewClass(parts[0], classes[parts[1]], parts[2], parts[3], parts[4]);
            classes[parts[0]] = type;
            d.SetStr(parts[0], type);
        }
        return module;
    }

    private static PyTuple Names(string list)
        => list.Length == 0 ? PyTuple.Empty : new PyTuple(list.Split(',').Select(n => (PyObject)PyStr.From(n)).ToArray());

    private static PyType NewClass(string name, PyType baseType, string fields, string attributes, string optional)
    {
        var ns = new PyDict();
        ns.SetStr("__module__", PyStr.From("ast"));
        if (fields != "-")
        {
            ns.SetStr("_fields", Names(fields));
            ns.SetStr("__match_args__", Names(fields));
        }
        if (attributes != "-") ns.SetStr("_attributes", Names(attributes));
        if (optional.Length > 0)
            foreach (var field in optional.Split(',')) ns.SetStr(field, PyNone.Instance);
        return ObjectMethods.CreateClass(TypeObjects.TypeType, name, [baseType], ns, []);
    }

    /// <summary><c>AST.__init__</c> and <c>AST.__reduce__</c>, shared by every node class.</summary>
    private static void InstallBase(PyType ast)
    {
        ast.SetAttribute("__init__", new PyMethodDescriptor("__init__", ast, (args, kw) =>
        {
            var self = args[0];
            string name = self.Type.Name;
            var fields = PyOps.GetAttr(self.Type, PyStr.From("_fields")) as PyTuple ?? PyTuple.Empty;
            int nkw = kw?.Length ?? 0;
            int npos = args.Length - 1 - nkw;
            if (npos > fields.Length)
                throw PyExc.TypeError($"{name} constructor takes at most {fields.Length} positional argument{(fields.Length == 1 ? "" : "s")}");
            for (int i = 0; i < npos; i++) PyOps.SetAttr(self, (PyStr)fields.Items[i], args[1 + i]);
            for (int k = 0; k < nkw; k++)
            {
                var key = (PyStr)kw!.Items[k];
                for (int i = 0; i < npos; i++)
                    if (((PyStr)fields.Items[i]).Value == key.Value)
                        throw PyExc.TypeError($"{name} got multiple values for argument '{key.Value}'");
                PyOps.SetAttr(self, key, args[1 + npos + k]);
            }
            return PyNone.Instance;
        }));
        ast.SetAttribute("__reduce__", new PyMethodDescriptor("__reduce__", ast, (args, kw) =>
            PyTuple.Create(args[0].Type, PyTuple.Empty, (PyObject?)args[0].InstanceDict ?? PyNone.Instance)));
    }
}
