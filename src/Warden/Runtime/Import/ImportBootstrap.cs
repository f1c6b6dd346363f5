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
""";
}
