class Item:
    def __init__(self, name, price, qty):
        self.name, self.price, self.qty = name, price, qty
    def total(self):
        return self.price * self.qty
    def __repr__(self):
        return f"Item({self.name!r}, {self.price}, {self.qty})"
inv = [Item("widget", 2.5, 10), Item("gadget", 13.0, 3), Item("doohickey", 0.75, 100)]
inv.sort(key=Item.total, reverse=True)
print(inv)
print(f"{sum(i.total() for i in inv):.2f}")
print({i.name: round(i.total(), 1) for i in inv})
print(max(inv, key=lambda i: i.price).name, min(inv, key=lambda i: i.qty).name)
