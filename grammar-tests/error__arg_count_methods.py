def show(fn, *a, **k):
    try:
        fn(*a, **k)
        print("ok")
    except TypeError as e:
        print(e)

class Account:
    def __init__(self, owner, balance=0):
        self.owner = owner
        self.balance = balance
    def deposit(self, amount):
        self.balance += amount
    def transfer(self, other, amount, *, note):
        pass
    @classmethod
    def open(cls, owner):
        return cls(owner)
    @staticmethod
    def rate(kind):
        return 0.01

# === __init__ messages ===
show(Account)
show(Account, "a", 1, 2)
show(Account, owner="a", bal=3)

a = Account("ann")
# === bound method messages count self ===
show(a.deposit)
show(a.deposit, 1, 2)
show(a.transfer, a, 5)
show(a.transfer, a)

# === unbound method called through the class ===
show(Account.deposit, 5)
show(Account.deposit)

# === class and static methods ===
show(Account.open)
show(Account.open, "x", "y")
show(Account.rate)
show(a.rate, 1, 2)

# === class without __init__ takes no arguments ===
class Empty:
    pass
show(Empty, 1)
show(Empty, x=1)
