log = []
class Base:
    def __init__(self):
        log.append("Base")
class Left(Base):
    def __init__(self):
        log.append("Left>")
        super().__init__()
        log.append("<Left")
class Right(Base):
    def __init__(self):
        log.append("Right>")
        super().__init__()
        log.append("<Right")
class Bottom(Left, Right):
    def __init__(self):
        log.append("Bottom>")
        super().__init__()
Bottom()
print(log)
print(Bottom.__mro__.index(Right) > Bottom.__mro__.index(Left))
