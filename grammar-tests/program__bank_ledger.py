class InsufficientFunds(Exception):
    def __init__(self, account, needed):
        super().__init__(f"{account.owner} needs {needed:.2f} more")
        self.account = account
        self.needed = needed

class Account:
    _next_id = 1

    def __init__(self, owner, balance=0.0):
        self.id = Account._next_id
        Account._next_id += 1
        self.owner = owner
        self._balance = balance
        self.history = []

    @property
    def balance(self):
        return round(self._balance, 2)

    def deposit(self, amount, memo="deposit"):
        if amount <= 0:
            raise ValueError("deposit must be positive")
        self._balance += amount
        self.history.append((memo, amount))

    def withdraw(self, amount, memo="withdrawal"):
        if amount > self._balance:
            raise InsufficientFunds(self, amount - self._balance)
        self._balance -= amount
        self.history.append((memo, -amount))

    def __repr__(self):
        return f"<Account #{self.id} {self.owner}: {self.balance:.2f}>"

class Bank:
    def __init__(self):
        self.accounts = {}

    def open(self, owner, initial=0.0):
        acct = Account(owner, initial)
        self.accounts[acct.id] = acct
        return acct

    def transfer(self, src, dst, amount):
        try:
            src.withdraw(amount, f"to #{dst.id}")
        except InsufficientFunds as e:
            print(f"  transfer refused: {e}")
            return False
        dst.deposit(amount, f"from #{src.id}")
        return True

    def total(self):
        return round(sum(a.balance for a in self.accounts.values()), 2)

bank = Bank()
alice = bank.open("alice", 100)
bob = bank.open("bob")
print(alice, bob, bank.total())
print(bank.transfer(alice, bob, 30.5))
print(bank.transfer(bob, alice, 50))
bob.deposit(19.5, "salary")
print(bank.transfer(bob, alice, 50))
try:
    bob.deposit(-5)
except ValueError as e:
    print("ValueError:", e)
for acct in bank.accounts.values():
    print(acct)
    for memo, amt in acct.history:
        print(f"    {memo:<10}{amt:>+9.2f}")
print("total", bank.total())
