class ConfigError(Exception):
    pass

def load():
    try:
        {}["key"]
    except KeyError as e:
        raise ConfigError("missing key in config") from e

load()
