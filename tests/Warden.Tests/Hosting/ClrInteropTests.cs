using NUnit.Framework;
using Warden.Hosting;
using Warden.Runtime;

namespace Warden.Tests.Hosting;

/// <summary>.NET objects handed in by the host: their public members from Python.</summary>
[TestFixture]
public class ClrInteropTests
{
    public sealed class Account
    {
        public string Owner { get; set; } = "";
        public decimal Balance { get; private set; }
        public int Version;
        public readonly string Currency = "EUR";
        public List<string> History { get; } = [];

        public void Deposit(decimal amount)
        {
            if (amount <= 0) throw new ArgumentException("amount must be positive");
            Balance += amount;
            History.Add($"deposit {amount}");
        }

        public string Describe() => $"{Owner}: {Balance} {Currency}";
        public string Describe(string prefix) => prefix + Describe();
        public int Add(int a, int b = 100) => a + b;
        public double Add(double a, double b) => a + b;
        public Account Self() => this;
        public override string ToString() => $"Account({Owner})";
    }

    public sealed class Registry
    {
        private readonly Dictionary<string, int> _values = new();
        public int this[string key]
        {
            get => _values[key];
            set => _values[key] = value;
        }
    }

    private ScriptEngine _engine = null!;
    private ScriptScope _scope = null!;
    private Account _account = null!;

    [SetUp]
    public void Create()
    {
        _engine = Python.CreateEngine();
        _scope = _engine.CreateScope();
        _account = new Account { Owner = "ada" };
        _scope.SetVariable("account", _account);
    }

    private object? Run(string code) => _engine.Execute(code, _scope);

    [Test]
    public void PropertiesReadAndWrite()
    {
        Assert.That(Run("account.Owner"), Is.EqualTo("ada"));
        Run("account.Owner = 'bob'");
        Assert.That(_account.Owner, Is.EqualTo("bob"));
    }

    [Test]
    public void FieldsReadAndWrite()
    {
        Run("account.Version = 3");
        Assert.That(_account.Version, Is.EqualTo(3));
        Assert.That(Run("account.Currency"), Is.EqualTo("EUR"));
        var error = Assert.Throws<PythonException>(() => Run("account.Currency = 'USD'"))!;
        Assert.That(error.Message, Is.EqualTo("AttributeError: attribute 'Currency' of 'Account' object is read-only"));
    }

    [Test]
    public void PrivateSettersAreReadOnly()
    {
        Assert.Throws<PythonException>(() => Run("account.Balance = 5"));
    }

    [Test]
    public void MethodsAreCalledWithConvertedArguments()
    {
        Run("account.Deposit(10)\naccount.Deposit(2.5)");
        Assert.That(_account.Balance, Is.EqualTo(12.5m));
        Assert.That(Run("account.Describe()"), Is.EqualTo("ada: 12.5 EUR"));
        Assert.That(Run("account.Describe('> ')"), Is.EqualTo("> ada: 12.5 EUR"));
    }

    [Test]
    public void OverloadsAndDefaultsAndKeywords()
    {
        Assert.That(Run("account.Add(1, 2)"), Is.EqualTo(3));
        Assert.That(Run("account.Add(1)"), Is.EqualTo(101));
        Assert.That(Run("account.Add(1.5, 2)"), Is.EqualTo(3.5));
        Assert.That(Run("account.Add(b=5, a=1)"), Is.EqualTo(6));
        var error = Assert.Throws<PythonException>(() => Run("account.Add('x')"))!;
        Assert.That(error.Message, Is.EqualTo("TypeError: no overload of Account.Add() accepts (str)"));
    }

    [Test]
    public void HostExceptionsBecomePythonExceptions()
    {
        Assert.That(Run("""
            try:
                account.Deposit(-1)
            except ValueError as e:
                caught = str(e)
            caught
            """.Replace("\ncaught\n", "\n")), Is.Null);
        Assert.That(_scope.GetVariable("caught"), Is.EqualTo("amount must be positive"));
        var error = Assert.Throws<PythonException>(() => Run("account.Deposit(0)"))!;
        Assert.That(error.PythonTypeName, Is.EqualTo("ValueError"));
        Assert.That(error.InnerException, Is.InstanceOf<ArgumentException>());
    }

    [Test]
    public void ObjectsReturnedByMethodsAreTheSameHostObject()
    {
        Assert.That(Run("account.Self() == account"), Is.EqualTo(true));
        Assert.That(Run("account.Self()"), Is.SameAs(_account));
        Assert.That(Run("str(account)"), Is.EqualTo("Account(ada)"));
        Assert.That(Run("type(account).__name__"), Is.EqualTo("Account"));
    }

    [Test]
    public void CollectionsReturnedByMembersArrivePythonLists()
    {
        Run("account.Deposit(1)");
        Assert.That(Run("account.History"), Is.InstanceOf<Warden.Objects.PyList>());
        Assert.That(Run("repr(account.History)"), Is.EqualTo("['deposit 1']"));
    }

    [Test]
    public void OperatorMessagesNameHostTypesWithoutTheirNamespace()
    {
        // As IronPython: the .NET namespace (the type's __module__) stays out of the message,
        // while Warden's own native types are module-qualified as CPython's are.
        var add = Assert.Throws<PythonException>(() => Run("account + 1"))!;
        Assert.That(add.Message, Is.EqualTo("TypeError: unsupported operand type(s) for +: 'Account' and 'int'"));
        var less = Assert.Throws<PythonException>(() => Run("account < account"))!;
        Assert.That(less.Message, Is.EqualTo("TypeError: '<' not supported between instances of 'Account' and 'Account'"));
    }

    [Test]
    public void MissingMembersAreAttributeErrors()
    {
        var error = Assert.Throws<PythonException>(() => Run("account.Nope"))!;
        Assert.That(error.Message, Is.EqualTo("AttributeError: 'Account' object has no attribute 'Nope'"));
        Assert.That(Run("hasattr(account, 'Owner'), hasattr(account, 'Nope')") is Warden.Objects.PyTuple, Is.True);
        Assert.That(Run("getattr(account, 'Owner')"), Is.EqualTo("ada"));
    }

    [Test]
    public void ReflectionIsNotReachable()
    {
        Assert.That(Run("hasattr(account, 'GetType')"), Is.EqualTo(false));
    }

    [Test]
    public void HostTypesAreImmutableFromPython()
    {
        var error = Assert.Throws<PythonException>(() => Run("type(account).Deposit = None"))!;
        Assert.That(error.Message, Is.EqualTo("TypeError: cannot set 'Deposit' attribute of immutable type 'Account'"));
        Assert.Throws<PythonException>(() => Run("type(account)()"));
        Assert.Throws<PythonException>(() => Run("class Sub(type(account)): pass"));
    }

    [Test]
    public void IndexersAreSubscripts()
    {
        var registry = new Registry();
        _scope.SetVariable("registry", registry);
        Run("registry['a'] = 5");
        Assert.That(registry["a"], Is.EqualTo(5));
        Assert.That(Run("registry['a'] + 1"), Is.EqualTo(6));
        var error = Assert.Throws<PythonException>(() => Run("registry['zz']"))!;
        Assert.That(error.PythonTypeName, Is.EqualTo("KeyError"));
    }

    [Test]
    public void EnumerablesIterate()
    {
        _scope.SetVariable("numbers", Enumerable.Range(1, 4));
        Assert.That(Run("sum(numbers)"), Is.EqualTo(10));
        Assert.That(Run("repr([n * 2 for n in numbers])"), Is.EqualTo("[2, 4, 6, 8]"));
    }

    [Test]
    public void HostCallbacksCanRaisePythonExceptions()
    {
        var scope = _engine.CreateScope();
        scope.SetVariable("check", new Action<int>(n =>
        {
            if (n < 0) throw new PythonException(Warden.Runtime.PyExc.ValueError("negative").Exception);
        }));
        Assert.That(_engine.Execute("""
            try:
                check(-1)
                r = 'no error'
            except ValueError as e:
                r = 'caught ' + str(e)
            """, scope), Is.Null);
        Assert.That(scope.GetVariable("r"), Is.EqualTo("caught negative"));
    }

    public sealed class Leaky
    {
        public Type Kind => typeof(Leaky);
        public object Anything => typeof(string).Assembly;
        public System.Reflection.MethodInfo? Find(string name) => GetType().GetMethod(name);
    }

    [Test]
    public void ReflectionIsNotReachableThroughMembers()
    {
        _scope.SetVariable("leaky", new Leaky());
        _scope.SetVariable("callback", new Func<int, int>(n => n + 1));
        Assert.That(Run("hasattr(leaky, 'Kind') or hasattr(leaky, 'Find')"), Is.EqualTo(false));
        var error = Assert.Throws<PythonException>(() => Run("leaky.Anything"))!;
        Assert.That(error.Message, Is.EqualTo("TypeError: reflection objects are not available to Python"));
        Assert.That(Run("hasattr(callback, 'Method') or hasattr(callback, 'Target')"), Is.EqualTo(false));
        Assert.That(Run("callback(1)"), Is.EqualTo(2));
    }
}
