# Python subclasses of the native datetime types: __slots__ (no instance dict), plain subclasses (a dict), copy.
from datetime import date, datetime, tzinfo, timedelta
class S(date):
    __slots__ = ('tag',)
s = S(2024, 1, 2)
s.tag = 'x'
print(s.tag, repr(s))
try: s.other = 1
except AttributeError as e: print('AttributeError', e)
try: print(s.__dict__)
except AttributeError as e: print('AttributeError', e)
class N(date): pass
n = N(2024, 1, 1); n.a = 1; print(n.__dict__, vars(n))
class Z(tzinfo):
    __slots__ = ()
    def utcoffset(self, dt): return timedelta(hours=1)
z = Z()
try: z.q = 1
except AttributeError as e: print('AttributeError', e)
print(datetime(2024, 1, 1, tzinfo=z).isoformat())
import copy, pickle
class P(datetime): pass
p = P(2024, 1, 1, 5); p.note = 'hi'
q = copy.deepcopy(p); print(repr(q), getattr(q, 'note', None))
