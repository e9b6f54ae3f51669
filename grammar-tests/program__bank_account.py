class InsufficientFunds(Exception):
    def __init__(self, needed, available):
        super().__init__(f"need {needed}, only {available} available")
        self.needed = needed
        self.available = available

class Account:
    interest_rate = 0.02
    _next_id = 1

    def __init__(self, owner, balance=0):
        self.owner = owner
        self._balance = balance
        self.history = []
        self.id = Account._next_id
        Account._next_id += 1

    @property
    def balance(self):
        return self._balance

    def deposit(self, amount):
        if amount <= 0:
            raise ValueError("deposit must be positive")
        self._balance += amount
        self.history.append(("deposit", amount))
        return self

    def withdraw(self, amount):
        if amount > self._balance:
            raise InsufficientFunds(amount, self._balance)
        self._balance -= amount
        self.history.append(("withdraw", amount))
        return self

    def apply_interest(self):
        gained = round(self._balance * self.interest_rate, 2)
        self._balance += gained
        self.history.append(("interest", gained))

    def __repr__(self):
        return f"Account(#{self.id}, {self.owner!r}, balance={self._balance})"

class SavingsAccount(Account):
    interest_rate = 0.05

    def withdraw(self, amount):
        if len([h for h in self.history if h[0] == "withdraw"]) >= 2:
            raise RuntimeError("savings accounts allow only two withdrawals")
        return super().withdraw(amount)

def transfer(src, dst, amount):
    src.withdraw(amount)
    dst.deposit(amount)

# === normal operations ===
alice = Account("alice", 100)
bob = SavingsAccount("bob")
alice.deposit(50).withdraw(30)
bob.deposit(1000)
transfer(alice, bob, 20)
print(alice, bob)

# === errors ===
for action in (lambda: alice.withdraw(500), lambda: alice.deposit(-5),
               lambda: bob.withdraw(10), lambda: bob.withdraw(10), lambda: bob.withdraw(10)):
    try:
        action()
        print("ok")
    except InsufficientFunds as e:
        print("InsufficientFunds:", e, "| short by", e.needed - e.available)
    except (ValueError, RuntimeError) as e:
        print(type(e).__name__ + ":", e)

# === interest and history ===
for acct in (alice, bob):
    acct.apply_interest()
    print(acct.owner, acct.balance)
    for kind, amount in acct.history:
        print(f"  {kind:<9}{amount:>9.2f}")

# === read-only balance ===
try:
    alice.balance = 1_000_000
except AttributeError as e:
    print("AttributeError:", e)
print(sorted([alice, bob], key=lambda a: a.balance))
