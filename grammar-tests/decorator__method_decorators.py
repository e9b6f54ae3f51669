# === decorating methods keeps self working ===
def logged(fn):
    def wrapper(self, *args):
        print(f"  {type(self).__name__}.{fn.__name__}{args}")
        return fn(self, *args)
    return wrapper

class Account:
    def __init__(self, balance):
        self.balance = balance
    @logged
    def deposit(self, amount):
        self.balance += amount
        return self.balance
    @logged
    def withdraw(self, amount):
        self.balance -= amount
        return self.balance

acct = Account(10)
print(acct.deposit(5), acct.withdraw(3))

# === validating decorator with arguments ===
def require_positive(*names):
    def deco(fn):
        def wrapper(self, **kwargs):
            for n in names:
                if kwargs.get(n, 0) <= 0:
                    raise ValueError(f"{n} must be positive, got {kwargs.get(n)}")
            return fn(self, **kwargs)
        return wrapper
    return deco

class Shop:
    @require_positive("qty", "price")
    def order(self, qty, price):
        return qty * price

s = Shop()
print(s.order(qty=2, price=3))
for bad in ({"qty": 0, "price": 1}, {"qty": 1, "price": -5}):
    try:
        s.order(**bad)
    except ValueError as e:
        print("ValueError:", e)

# === combining with staticmethod/classmethod ===
def twice(fn):
    def wrapper(*args):
        return fn(*args) * 2
    return wrapper

class Math:
    factor = 10
    @staticmethod
    @twice
    def s(x):
        return x + 1
    @classmethod
    @twice
    def c(cls, x):
        return x * cls.factor

print(Math.s(1), Math().s(2), Math.c(3), Math().c(1))
