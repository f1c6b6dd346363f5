# _thread locks and threading basics, gc minimal surface.
import _thread
import gc
import threading

lock = _thread.allocate_lock()
print(lock.acquire(), lock.locked(), lock.acquire(False))
lock.release()
print(lock.locked())
with lock:
    print("in with", lock.locked())
rl = threading.RLock()
with rl:
    with rl:
        print("reentrant ok")
print(isinstance(_thread.get_ident(), int), threading.current_thread().name)
results = []
def work(n):
    results.append(n * n)
threads = [threading.Thread(target=work, args=(i,)) for i in range(4)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(sorted(results))
local = threading.local()
local.x = 5
print(local.x)
ev = threading.Event()
print(ev.is_set()); ev.set(); print(ev.wait(0))
print(gc.isenabled(), isinstance(gc.collect(), int))
gc.disable(); print(gc.isenabled()); gc.enable(); print(gc.isenabled())
try:
    lock.release()
except RuntimeError as e:
    print(type(e).__name__, e)
