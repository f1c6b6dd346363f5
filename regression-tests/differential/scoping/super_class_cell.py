class Base:
    def greet(self):
        return "Base.greet"

class Child(Base):
    def greet(self):
        return "Child+" + super().greet()
    def show_class(self):
        return __class__.__name__

print(Child().greet())
print(Child().show_class())

class GrandChild(Child):
    pass
print(GrandChild().show_class())

def no_class():
    try:
        super()
    except RuntimeError as e:
        print(type(e).__name__, e)
no_class()
