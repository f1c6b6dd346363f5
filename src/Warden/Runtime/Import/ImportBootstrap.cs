namespace Warden.Runtime.Import;

/// <summary>
/// Python source of the small classes that describe modules: <c>ModuleSpec</c> and the loaders
/// stored in <c>__spec__</c>/<c>__loader__</c>. They are plain data for Python code to read
/// (importlib, inspect, pkgutil look at them); the import itself is done by <see cref="Importer"/>.
/// Written in Python so that they are ordinary classes with instance dicts, as CPython's are.
/// </summary>
internal static class ImportBootstrap
{
    public const string ModuleName = "_frozen_importlib";

    public const string Source = """
class ModuleSpec:
    def __init__(self, name, loader, *, origin=None, loader_state=None, is_package=None):
        self.name = name
        self.loader = loader
        self.origin = origin
        self.loader_state = loader_state
        self.submodule_search_locations = [] if is_package else None
        self._set_fileattr = False
        self._cached = None
        self._initializing = False

    def __repr__(self):
        args = [f'name={self.name!r}', f'loader={self.loader!r}']
        if self.origin is not None:
            args.append(f'origin={self.origin!r}')
        if self.submodule_search_locations is not None:
            args.append(f'submodule_search_locations={self.submodule_search_locations}')
        return f'{self.__class__.__name__}({", ".join(args)})'

    def __eq__(self, other):
        smsl = self.submodule_search_locations
        try:
            return (self.name == other.name and self.loader == other.loader and
                    self.origin == other.origin and smsl == other.submodule_search_locations and
                    self.cached == other.cached and self.has_location == other.has_location)
        except AttributeError:
            return NotImplemented

    @property
    def cached(self):
        return self._cached

    @cached.setter
    def cached(self, cached):
        self._cached = cached

    @property
    def parent(self):
        if self.submodule_search_locations is None:
            return self.name.rpartition('.')[0]
        return self.name

    @property
    def has_location(self):
        return self._set_fileattr

    @has_location.setter
    def has_location(self, value):
        self._set_fileattr = bool(value)


class BuiltinImporter:
    @classmethod
    def is_package(cls, fullname):
        return False

    @classmethod
    def get_source(cls, fullname):
        return None


class SourceFileLoader:
    def __init__(self, fullname, path):
        self.name = fullname
        self.path = path

    def __eq__(self, other):
        return self.__class__ == other.__class__ and self.__dict__ == other.__dict__

    def __hash__(self):
        return hash(self.name) ^ hash(self.path)

    def get_filename(self, name=None):
        return self.path

    def is_package(self, fullname):
        return self.path.rpartition('/')[2].rpartition('.')[0] == '__init__'

    def get_data(self, path):
        with open(path, 'rb') as file:
            return file.read()

    def get_source(self, fullname):
        return self.get_data(self.path).decode('utf-8')

SourceFileLoader.__module__ = '_frozen_importlib_external'


class FrozenImporter:
    # Nothing is frozen in Warden; importlib.machinery re-exports this class.
    @classmethod
    def find_spec(cls, fullname, path=None, target=None):
        return None

    @classmethod
    def is_package(cls, fullname):
        return False


# The functions importlib reaches in importlib._bootstrap, done by Warden's import system.

def __import__(name, globals=None, locals=None, fromlist=(), level=0):
    import builtins
    return builtins.__import__(name, globals, locals, fromlist, level)


def _resolve_name(name, package, level):
    bits = package.rsplit('.', level - 1)
    if len(bits) < level:
        raise ImportError('attempted relative import beyond top-level package')
    return f'{bits[0]}.{name}' if name else bits[0]


def _gcd_import(name, package=None, level=0):
    import sys
    if level > 0:
        name = _resolve_name(name, package, level)
    __import__(name)
    return sys.modules[name]


def _verbose_message(message, *args, verbosity=1):
    import sys
    if sys.flags.verbose >= verbosity:
        if not message.startswith(('#', 'import ')):
            message = '# ' + message
        print(message.format(*args), file=sys.stderr)


def _call_with_frames_removed(f, *args, **kwds):
    return f(*args, **kwds)


def spec_from_loader(name, loader, *, origin=None, is_package=None):
    if is_package is None and hasattr(loader, 'is_package'):
        try:
            is_package = loader.is_package(name)
        except ImportError:
            is_package = None
    spec = ModuleSpec(name, loader, origin=origin, is_package=bool(is_package))
    if origin is None and hasattr(loader, 'get_filename'):
        try:
            spec.origin = loader.get_filename(name)
            spec.has_location = True
        except ImportError:
            pass
    return spec


def module_from_spec(spec):
    import sys
    module = None
    if hasattr(spec.loader, 'create_module'):
        module = spec.loader.create_module(spec)
    if module is None:
        module = type(sys)(spec.name)
    module.__spec__ = spec
    module.__loader__ = spec.loader
    module.__package__ = spec.parent
    if spec.submodule_search_locations is not None:
        module.__path__ = spec.submodule_search_locations
    if spec.has_location and spec.origin is not None:
        module.__file__ = spec.origin
    return module


def _find_spec(name, path, target=None):
    # The spec Warden's import would use for `name` (sys.modules first, then the search path).
    import sys, posix
    module = sys.modules.get(name)
    if module is not None:
        return getattr(module, '__spec__', None)
    if name in sys.builtin_module_names:
        return ModuleSpec(name, BuiltinImporter, origin='built-in')
    short = name.rpartition('.')[2]
    for directory in (sys.path if path is None else path):
        base = (directory or '.') + '/' + short
        for file, is_package in ((base + '/__init__.py', True), (base + '.py', False)):
            try:
                posix.stat(file)
            except OSError:
                continue
            spec = ModuleSpec(name, SourceFileLoader(name, file), origin=file, is_package=is_package)
            spec.has_location = True
            if is_package:
                spec.submodule_search_locations = [base]
            return spec
    return None
""";
}
