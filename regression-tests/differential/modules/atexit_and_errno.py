# atexit callbacks run in reverse order at exit, after the main program; errno names.
import atexit
import errno

def bye(name, punct="!"):
    print("bye", name, punct)

atexit.register(bye, "first")
atexit.register(bye, "second", punct="?")
atexit.register(bye, "removed")
atexit.unregister(bye)  # removes every registration of bye
atexit.register(bye, "kept")
print(errno.ENOENT, errno.EACCES, errno.EEXIST, errno.errorcode[errno.ENOENT], errno.EINTR)
print(sorted(k for k in dir(errno) if k in ("EPIPE", "EAGAIN", "EWOULDBLOCK")))
try:
    open("/nonexistent/definitely/missing")
except OSError as e:
    print(type(e).__name__, e.errno == errno.ENOENT, e.strerror)
print("main done")
