from functools import partialmethod, reduce
import operator
class Cell:
    def set_state(self, state):
        self.state = state
    alive = partialmethod(set_state, True)
    dead = partialmethod(set_state, False)
c = Cell()
c.alive()
print(c.state)
c.dead()
print(c.state)
print(reduce(operator.or_, [{1}, {2}, {3}]), reduce(operator.add, "abc"))
