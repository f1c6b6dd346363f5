# Every method of the datetime types called with wrong argument counts and an unknown keyword:
# CPython's calling-convention messages (METH_NOARGS/METH_O/tuple/keyword parsers).
from datetime import *
class D(date): pass
class DT(datetime): pass
objs = {'date': date(2024,1,1), 'datetime': datetime(2024,1,1,tzinfo=timezone.utc), 'time': time(1), 'timedelta': timedelta(1), 'timezone': timezone.utc, 'tzinfo': tzinfo(), 'D': D(2024,1,1), 'DT': DT(2024,1,1)}
for name, o in objs.items():
    for attr in sorted(dir(type(o))):
        if attr.startswith('__') and attr not in ('__reduce__', '__reduce_ex__', '__format__', '__getinitargs__'): continue
        if not any(attr in vars(k) for k in type(o).__mro__ if k is not object):
            continue  # object's own methods are not this module's
        m = getattr(o, attr)
        if not callable(m) or isinstance(m, type): continue
        for args in [(), (1,), (1, 2), (1, 2, 3, 4, 5, 6, 7, 8, 9, 10)]:
            try:
                r = m(*args)
                out = 'ok ' + (type(r).__name__ if attr not in ('now', 'today', 'utcnow') else '')
            except Exception as e:
                out = f"{type(e).__name__}: {e}"
            print(name, attr, len(args), out)
        try:
            m(bogus=1)
        except Exception as e:
            print(name, attr, 'kw', f"{type(e).__name__}: {e}")
