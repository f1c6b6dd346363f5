# str.encode / bytes.decode / bytes(s, enc) / str(b, enc) with codecs the runtime does not build in
# go through the codec registry (the stdlib encodings package, codecs.register), as CPython.
import codecs
print('a\u1234\\'.encode('raw_unicode_escape'), b'a\\u1234'.decode('raw_unicode_escape'))
print('héllo'.encode('cp437'), b'\x82'.decode('cp437'))
print(bytes('ñ', 'mac_roman'), str(b'\x96', 'mac_roman'))
for call in (lambda: 'x'.encode('rot13'), lambda: b'x'.decode('rot13'), lambda: 'x'.encode('nonexistent-codec'), lambda: b'x'.decode('hex')):
    try:
        call()
    except Exception as e:
        print(type(e).__name__, e)
def search(name):
    if name == 'weird':
        return codecs.CodecInfo(lambda s, e='strict': (42, len(s)), lambda b, e='strict': (b'no', len(b)), name='weird')
codecs.register(search)
for call in (lambda: 'x'.encode('weird'), lambda: b'x'.decode('weird')):
    try:
        call()
    except Exception as e:
        print(type(e).__name__, e)
import pickle
print(pickle.loads(pickle.dumps((b'a\xff', 'ü\u1234'), 0)))
