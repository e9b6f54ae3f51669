# === independent counters ===
def make_counter(start=0, step=1):
    count = start
    def counter():
        nonlocal count
        value = count
        count += step
        return value
    return counter

c1 = make_counter()
c2 = make_counter(100, 10)
print([c1() for _ in range(3)], [c2() for _ in range(3)], c1())

# === counters keep going independently ===
print(c1(), c2(), c1(), c2())

# === bank account closure with several operations ===
def account(balance):
    history = []
    def deposit(x):
        nonlocal balance
        balance += x
        history.append(("dep", x))
        return balance
    def withdraw(x):
        nonlocal balance
        if x > balance:
            raise ValueError(f"insufficient funds: {balance} < {x}")
        balance -= x
        history.append(("wd", x))
        return balance
    def report():
        return balance, list(history)
    return deposit, withdraw, report

dep, wd, rep = account(50)
dep(25)
wd(30)
try:
    wd(100)
except ValueError as e:
    print("ValueError:", e)
print(rep())

# === generator of closures keeps separate state ===
def gen_counters(n):
    for i in range(n):
        yield make_counter(i * 10)

counters = list(gen_counters(3))
print([c() for c in counters], [c() for c in counters])
