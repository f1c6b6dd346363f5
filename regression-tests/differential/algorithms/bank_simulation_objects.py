class InsufficientFunds(Exception):
    pass
class Account:
    _next_id = 1
    def __init__(self, owner, balance=0):
        self.id = Account._next_id
        Account._next_id += 1
        self.owner = owner
        self.balance = balance
    def withdraw(self, amount):
        if amount > self.balance:
            raise InsufficientFunds(f"{self.owner} has {self.balance}, needs {amount}")
        self.balance -= amount
    def deposit(self, amount):
        self.balance += amount
    def __repr__(self):
        return f"Account#{self.id}({self.owner}, {self.balance})"
def transfer(src, dst, amount):
    src.withdraw(amount)
    dst.deposit(amount)
accounts = [Account("ann", 100), Account("bob", 50), Account("cy")]
ops = [(0, 1, 30), (1, 2, 100), (1, 2, 80), (2, 0, 5)]
for s, d, amt in ops:
    try:
        transfer(accounts[s], accounts[d], amt)
        print("ok", accounts)
    except InsufficientFunds as e:
        print("failed:", e)
print(sum(a.balance for a in accounts))
