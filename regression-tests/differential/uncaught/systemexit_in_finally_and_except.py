try:
    raise SystemExit(2)
except Exception:
    print("not caught by Exception")
finally:
    print("finally runs before exit")
