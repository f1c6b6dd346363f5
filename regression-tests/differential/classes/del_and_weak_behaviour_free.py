class Node:
    count = 0
    def __init__(self, value):
        self.value = value
        Node.count += 1
        self.children = []
    def add(self, value):
        child = Node(value)
        self.children.append(child)
        return child
    def walk(self, depth=0):
        yield depth, self.value
        for c in self.children:
            yield from c.walk(depth + 1)

root = Node("root")
a = root.add("a")
a.add("a1")
a.add("a2")
root.add("b").add("b1")
for depth, value in root.walk():
    print("  " * depth + value)
print(Node.count)
