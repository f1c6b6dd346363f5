using NUnit.Framework;

namespace Warden.Tests.Runtime;

/// <summary>Classes: instances, inheritance, super(), descriptors, metaclasses, __slots__, dunder operators, attribute hooks. Expected outputs were produced by CPython 3.11 (/usr/bin/python3.11).</summary>
[TestFixture]
public class ClassTests
{
    [Test]
    public void InstancesAndMethods()
    {
        var result = PythonRunner.Run("class Counter:\n    total = 0\n    def __init__(self, start=0):\n        self.value = start\n        Counter.total += 1\n    def inc(self, by=1):\n        self.value += by\n        return self\nc = Counter(5).inc().inc(3)\nprint(c.value, Counter.total, Counter(1).value, Counter.total, c.__dict__, type(c).__name__)");
        Assert.That(result.Stdout, Is.EqualTo("9 1 1 2 {'value': 9} Counter\n"));
        Assert.That(result.Stderr, Is.Empty);
        Assert.That(result.ExitCode, Is.EqualTo(0));
    }

    [Test]
    public void InheritanceAndSuper()
    {
        var result = PythonRunner.Run("class A:\n    def __init__(self):\n        self.log = ['A']\n    def who(self):\n        return 'A'\nclass B(A):\n    def __init__(self):\n        super().__init__()\n        self.log.append('B')\n    def who(self):\n        return 'B>' + super().who()\nclass C(B):\n    def who(self):\n        return 'C>' + super().who()\nc = C()\nprint(c.log, c.who(), C.__mro__, isinstance(c, A), issubclass(C, B), C.__bases__, B.__base__)");
        Assert.That(result.Stdout, Is.EqualTo("['A', 'B'] C>B>A (<class '__main__.C'>, <class '__main__.B'>, <class '__main__.A'>, <class 'object'>) True True (<class '__main__.B'>,) <class '__main__.A'>\n"));
        Assert.That(result.Stderr, Is.Empty);
        Assert.That(result.ExitCode, Is.EqualTo(0));
    }

    [Test]
    public void MultipleInheritanceMro()
    {
        var result = PythonRunner.Run("class A:\n    def f(self): return 'A'\nclass B(A):\n    def f(self): return 'B' + super().f()\nclass C(A):\n    def f(self): return 'C' + super().f()\nclass D(B, C):\n    def f(self): return 'D' + super().f()\nprint(D().f(), [k.__name__ for k in D.__mro__])");
        Assert.That(result.Stdout, Is.EqualTo("DBCA ['D', 'B', 'C', 'A', 'object']\n"));
        Assert.That(result.Stderr, Is.Empty);
        Assert.That(result.ExitCode, Is.EqualTo(0));
    }

    [Test]
    public void InconsistentMro()
    {
        var result = PythonRunner.Run("class A: pass\nclass B(A): pass\nclass C(A, B): pass");
        Assert.That(result.Stdout, Is.EqualTo(""));
        Assert.That(result.Stderr, Is.EqualTo("Traceback (most recent call last):\n  File \"<string>\", line 3, in <module>\nTypeError: Cannot create a consistent method resolution\norder (MRO) for bases A, B\n"));
        Assert.That(result.ExitCode, Is.EqualTo(1));
    }

    [Test]
    public void Properties()
    {
        var result = PythonRunner.Run("class Temp:\n    def __init__(self):\n        self._c = 0\n    @property\n    def c(self):\n        return self._c\n    @c.setter\n    def c(self, v):\n        if v < -273:\n            raise ValueError('too cold')\n        self._c = v\n    @property\n    def f(self):\n        return self._c * 9 / 5 + 32\nt = Temp()\nt.c = 100\nprint(t.c, t.f)\ntry:\n    t.c = -300\nexcept ValueError as e:\n    print(e)\ntry:\n    t.f = 1\nexcept AttributeError as e:\n    print(e)");
        Assert.That(result.Stdout, Is.EqualTo("100 212.0\ntoo cold\nproperty 'f' of 'Temp' object has no setter\n"));
        Assert.That(result.Stderr, Is.Empty);
        Assert.That(result.ExitCode, Is.EqualTo(0));
    }

    [Test]
    public void StaticAndClassMethods()
    {
        var result = PythonRunner.Run("class K:\n    count = 0\n    @staticmethod\n    def add(a, b):\n        return a + b\n    @classmethod\n    def make(cls):\n        cls.count += 1\n        return cls()\nclass L(K): pass\nprint(K.add(1, 2), K().add(3, 4), type(L.make()).__name__, L.count, K.count)");
        Assert.That(result.Stdout, Is.EqualTo("3 7 L 1 0\n"));
        Assert.That(result.Stderr, Is.Empty);
        Assert.That(result.ExitCode, Is.EqualTo(0));
    }

    [Test]
    public void DunderOperators()
    {
        var result = PythonRunner.Run("class V:\n    def __init__(self, x, y): self.x, self.y = x, y\n    def __add__(self, o): return V(self.x + o.x, self.y + o.y)\n    def __sub__(self, o): return V(self.x - o.x, self.y - o.y)\n    def __mul__(self, k): return V(self.x * k, self.y * k)\n    def __rmul__(self, k): return self * k\n    def __neg__(self): return V(-self.x, -self.y)\n    def __eq__(self, o): return isinstance(o, V) and (self.x, self.y) == (o.x, o.y)\n    def __hash__(self): return hash((self.x, self.y))\n    def __lt__(self, o): return (self.x, self.y) < (o.x, o.y)\n    def __repr__(self): return f'V({self.x}, {self.y})'\n    def __abs__(self): return (self.x ** 2 + self.y ** 2) ** 0.5\n    def __bool__(self): return bool(self.x or self.y)\n    def __len__(self): return 2\n    def __getitem__(self, i): return (self.x, self.y)[i]\n    def __contains__(self, v): return v in (self.x, self.y)\n    def __call__(self, k): return self.x * k\na, b = V(1, 2), V(3, 4)\nprint(a + b, b - a, a * 3, 2 * a, -a, a == V(1, 2), a != b, a < b, sorted([b, a]), abs(b), bool(V(0, 0)), len(a), a[1], list(a), 2 in a, a(10), {a: 'x'}[V(1, 2)])");
        Assert.That(result.Stdout, Is.EqualTo("V(4, 6) V(2, 2) V(3, 6) V(2, 4) V(-1, -2) True True True [V(1, 2), V(3, 4)] 5.0 False 2 2 [1, 2] True 10 x\n"));
        Assert.That(result.Stderr, Is.Empty);
        Assert.That(result.ExitCode, Is.EqualTo(0));
    }

    [Test]
    public void ReflectedAndNotImplemented()
    {
        var result = PythonRunner.Run("class M:\n    def __add__(self, o):\n        return NotImplemented\n    def __radd__(self, o):\n        return 'radd'\nprint(M() + M(), 1 + M())\nclass N:\n    pass\ntry:\n    N() + 1\nexcept TypeError as e:\n    print(e)");
        Assert.That(result.Stdout, Is.EqualTo(""));
        Assert.That(result.Stderr, Is.EqualTo("Traceback (most recent call last):\n  File \"<string>\", line 6, in <module>\nTypeError: unsupported operand type(s) for +: 'M' and 'M'\n"));
        Assert.That(result.ExitCode, Is.EqualTo(1));
    }

    [Test]
    public void EqWithoutHashIsUnhashable()
    {
        var result = PythonRunner.Run("class E:\n    def __eq__(self, o): return True\ntry:\n    hash(E())\nexcept TypeError as e:\n    print(e)\nprint(E() == 1, E.__hash__)");
        Assert.That(result.Stdout, Is.EqualTo("unhashable type: 'E'\nTrue None\n"));
        Assert.That(result.Stderr, Is.Empty);
        Assert.That(result.ExitCode, Is.EqualTo(0));
    }

    [Test]
    public void ReprAndStr()
    {
        var result = PythonRunner.Run("class A: pass\nclass B:\n    def __repr__(self): return 'B()'\nclass C(B):\n    def __str__(self): return 'C-str'\nprint(str(B()), repr(C()), str(C()), [C()], f'{C()}', f'{C()!r}', repr(A()).startswith('<__main__.A object at 0x'))");
        Assert.That(result.Stdout, Is.EqualTo("B() B() C-str [B()] C-str B() True\n"));
        Assert.That(result.Stderr, Is.Empty);
        Assert.That(result.ExitCode, Is.EqualTo(0));
    }

    [Test]
    public void GetattrAndSetattrHooks()
    {
        var result = PythonRunner.Run("class Dyn:\n    def __getattr__(self, name):\n        return name.upper()\nd = Dyn()\nd.real = 1\nprint(d.real, d.anything, getattr(d, 'x'), hasattr(d, 'y'))\nclass Logged:\n    def __setattr__(self, k, v):\n        print('set', k, v)\n        object.__setattr__(self, k, v)\nl = Logged()\nl.a = 5\nprint(l.a)");
        Assert.That(result.Stdout, Is.EqualTo("1 ANYTHING X True\nset a 5\n5\n"));
        Assert.That(result.Stderr, Is.Empty);
        Assert.That(result.ExitCode, Is.EqualTo(0));
    }

    [Test]
    public void ClassAttributesAndInstanceShadowing()
    {
        var result = PythonRunner.Run("class A:\n    x = 1\na = A()\nprint(a.x)\na.x = 2\nprint(a.x, A.x)\nA.x = 3\ndel a.x\nprint(a.x)\nA.y = 'late'\nprint(a.y)");
        Assert.That(result.Stdout, Is.EqualTo("1\n2 1\n3\nlate\n"));
        Assert.That(result.Stderr, Is.Empty);
        Assert.That(result.ExitCode, Is.EqualTo(0));
    }

    [Test]
    public void AttributeErrorMessages()
    {
        var result = PythonRunner.Run("class A: pass\nfor f in [lambda: A().missing, lambda: A.missing, lambda: (1).missing, lambda: 'x'.missing, lambda: None.missing]:\n    try:\n        f()\n    except AttributeError as e:\n        print(e)");
        Assert.That(result.Stdout, Is.EqualTo("'A' object has no attribute 'missing'\ntype object 'A' has no attribute 'missing'\n'int' object has no attribute 'missing'\n'str' object has no attribute 'missing'\n'NoneType' object has no attribute 'missing'\n"));
        Assert.That(result.Stderr, Is.Empty);
        Assert.That(result.ExitCode, Is.EqualTo(0));
    }

    [Test]
    public void ClassBodyScope()
    {
        var result = PythonRunner.Run("x = 'global'\nclass A:\n    x = 'class'\n    y = x + '!'\n    def f(self):\n        return x\nprint(A.y, A().f())\ndef outer():\n    v = 'enclosed'\n    class B:\n        w = v\n    return B.w\nprint(outer())");
        Assert.That(result.Stdout, Is.EqualTo("class! global\nenclosed\n"));
        Assert.That(result.Stderr, Is.Empty);
        Assert.That(result.ExitCode, Is.EqualTo(0));
    }

    [Test]
    public void InitSubclassAndSetName()
    {
        var result = PythonRunner.Run("class Base:\n    registry = []\n    def __init_subclass__(cls, tag=None, **kw):\n        super().__init_subclass__(**kw)\n        Base.registry.append((cls.__name__, tag))\nclass One(Base, tag='one'): pass\nclass Two(Base): pass\nprint(Base.registry)\nclass Field:\n    def __set_name__(self, owner, name):\n        self.name = name\n    def __get__(self, obj, typ=None):\n        return 'field ' + self.name\nclass Model:\n    title = Field()\nprint(Model().title)");
        Assert.That(result.Stdout, Is.EqualTo("[('One', 'one'), ('Two', None)]\nfield title\n"));
        Assert.That(result.Stderr, Is.Empty);
        Assert.That(result.ExitCode, Is.EqualTo(0));
    }

    [Test]
    public void SubclassBuiltins()
    {
        var result = PythonRunner.Run("class MyList(list):\n    def total(self):\n        return sum(self)\nm = MyList([1, 2, 3])\nm.append(4)\nprint(m.total(), len(m), m[0], isinstance(m, list))\nclass MyDict(dict):\n    def __missing__(self, k):\n        return k * 2\nd = MyDict(a=1)\nprint(d['a'], d['zz'])\nclass MyInt(int):\n    pass\nprint(MyInt(5) + 1, MyInt('7') * 2)");
        Assert.That(result.Stdout, Is.EqualTo("10 4 1 True\n1 zzzz\n6 14\n"));
        Assert.That(result.Stderr, Is.Empty);
        Assert.That(result.ExitCode, Is.EqualTo(0));
    }

    [Test]
    public void TypeCallCreatesClass()
    {
        var result = PythonRunner.Run("T = type('T', (), {'x': 1, 'hello': lambda self: 'hi'})\nprint(T.x, T().hello(), T.__name__, type(T))");
        Assert.That(result.Stdout, Is.EqualTo("1 hi T <class 'type'>\n"));
        Assert.That(result.Stderr, Is.Empty);
        Assert.That(result.ExitCode, Is.EqualTo(0));
    }

    [Test]
    public void MetaclassesDescriptorsAndProtocols()
    {
        var result = PythonRunner.Run("class Meta(type):\n    def __new__(mcls, name, bases, ns, **kw):\n        ns['created_by'] = mcls.__name__\n        return super().__new__(mcls, name, bases, ns)\n    def __call__(cls, *args, **kw):\n        inst = super().__call__(*args, **kw)\n        inst.tagged = True\n        return inst\nclass WithMeta(metaclass=Meta):\n    def __init__(self, v):\n        self.v = v\nw = WithMeta(3)\nprint(type(WithMeta).__name__, WithMeta.created_by, w.v, w.tagged, isinstance(WithMeta, Meta))\nclass Typed:\n    def __init__(self, kind):\n        self.kind = kind\n    def __set_name__(self, owner, name):\n        self.name = '_' + name\n    def __get__(self, obj, objtype=None):\n        if obj is None:\n            return self\n        return getattr(obj, self.name, None)\n    def __set__(self, obj, value):\n        if not isinstance(value, self.kind):\n            raise TypeError(f'{self.name[1:]} must be {self.kind.__name__}')\n        setattr(obj, self.name, value)\nclass Person:\n    age = Typed(int)\n    name = Typed(str)\np = Person()\np.age = 30\np.name = 'ann'\nprint(p.age, p.name, type(Person.age).__name__)\ntry:\n    p.age = 'old'\nexcept TypeError as e:\n    print(e)\nclass Seq:\n    def __getitem__(self, i):\n        if i >= 3:\n            raise IndexError\n        return i * i\nprint(list(Seq()), 4 in Seq(), [x for x in Seq()])\nclass Idx:\n    def __index__(self):\n        return 2\nprint([10, 20, 30][Idx()], 'abc'[Idx()], bin(Idx()), range(10)[Idx()])\nclass Ga:\n    def __getattribute__(self, name):\n        if name == 'magic':\n            return 42\n        return object.__getattribute__(self, name)\ng = Ga()\ng.x = 1\nprint(g.magic, g.x)\nclass Box:\n    def __class_getitem__(cls, item):\n        return f'Box[{item.__name__}]'\nprint(Box[int])\nclass Counter(dict):\n    def __missing__(self, key):\n        return 0\nc = Counter()\nc['a'] += 1\nprint(c, c['zz'])\nclass Cmp:\n    def __init__(self, v): self.v = v\n    def __lt__(self, o): return self.v < o.v\n    def __repr__(self): return f'C{self.v}'\nprint(sorted([Cmp(3), Cmp(1), Cmp(2)]), max([Cmp(5), Cmp(9)]), min(Cmp(4), Cmp(0)))\nclass Ctx:\n    def __enter__(self): return 'entered'\n    def __exit__(self, *a): print('exit args', a[0].__name__ if a[0] else None); return False\ntry:\n    with Ctx() as v:\n        print(v)\n        1 / 0\nexcept ZeroDivisionError:\n    print('propagated')\nclass Base:\n    def __init_subclass__(cls, **kwargs):\n        cls.registered = True\nclass Sub(Base): pass\nprint(Sub.registered, Sub.__mro__[1].__name__)\nprint(int.__add__(1, 2), str.upper('x'), list.__len__([1, 2]), dict.fromkeys([1]), float.__repr__(1.5), object.__repr__(Base())[:13])\nprint(getattr(int, 'bit_length')(8), (3).__class__, True.__class__.__mro__)\n");
        Assert.That(result.Stdout, Is.EqualTo("Meta Meta 3 True True\n30 ann Typed\nage must be int\n[0, 1, 4] True [0, 1, 4]\n30 c 0b10 2\n42 1\nBox[int]\n{'a': 1} 0\n[C1, C2, C3] C9 C0\nentered\nexit args ZeroDivisionError\npropagated\nTrue Base\n3 X 2 {1: None} 1.5 <__main__.Bas\n4 <class 'int'> (<class 'bool'>, <class 'int'>, <class 'object'>)\n"));
        Assert.That(result.Stderr, Is.Empty);
        Assert.That(result.ExitCode, Is.EqualTo(0));
    }

    [Test]
    public void Slots()
    {
        var result = PythonRunner.Run("class P:\n    __slots__ = ('x', 'y')\n    def __init__(self, x):\n        self.x = x\np = P(1)\nprint(P.x, type(P.x).__name__, p.x, hasattr(p, '__dict__'))\nfor f in [lambda: p.y, lambda: setattr(p, 'z', 1), lambda: delattr(p, 'y')]:\n    try:\n        f()\n    except AttributeError as e:\n        print(e)\ndel p.x\ntry:\n    p.x\nexcept AttributeError as e:\n    print(e)\nclass Q(P):\n    pass\nq = Q(2)\nq.z = 5\nprint(q.x, q.z, q.__dict__)\nclass R(P):\n    __slots__ = ['w']\nr = R(3)\nr.w = 1\nprint(r.w, r.x)\ntry:\n    r.v = 3\nexcept AttributeError as e:\n    print(e)\nclass S:\n    __slots__ = ('__secret',)\n    def __init__(self):\n        self.__secret = 'hidden'\n    def get(self):\n        return self.__secret\nprint(S().get(), [n for n in vars(S) if 'secret' in n])\n");
        Assert.That(result.Stdout, Is.EqualTo("<member 'x' of 'P' objects> member_descriptor 1 False\n'P' object has no attribute 'y'\n'P' object has no attribute 'z'\ny\n'P' object has no attribute 'x'\n2 5 {'z': 5}\n1 3\n'R' object has no attribute 'v'\nhidden ['_S__secret']\n"));
        Assert.That(result.Stderr, Is.Empty);
        Assert.That(result.ExitCode, Is.EqualTo(0));
    }
}
