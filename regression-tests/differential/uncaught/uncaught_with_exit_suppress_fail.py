class Manager:
    def __enter__(self):
        return self
    def __exit__(self, *info):
        print("exit sees", info[0].__name__)
        return False

with Manager():
    raise IndexError("escapes the with block")
