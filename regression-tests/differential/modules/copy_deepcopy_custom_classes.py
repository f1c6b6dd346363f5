import copy
class Tree:
    def __init__(self, value, children=()):
        self.value = value
        self.children = list(children)
    def __repr__(self):
        return f"Tree({self.value}, {self.children})"
t = Tree(1, [Tree(2), Tree(3, [Tree(4)])])
t2 = copy.deepcopy(t)
t2.children[1].children[0].value = 99
print(t)
print(t2)
class WithDeepcopy:
    def __deepcopy__(self, memo):
        return "custom deepcopy"
print(copy.deepcopy([WithDeepcopy()]))
