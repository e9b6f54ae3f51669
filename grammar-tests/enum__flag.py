# allow-import: enum
from enum import Flag, auto

class Perm(Flag):
    R = auto()
    W = auto()
    X = auto()
    RW = R | W

# === members and values ===
print([m.value for m in Perm], [m.name for m in Perm])
print(Perm.R, repr(Perm.W), Perm.RW.value)
print(list(Perm.__members__))

# === combining ===
rw = Perm.R | Perm.W
print(repr(rw), rw is Perm.RW, str(Perm.R | Perm.X))
print(repr(Perm.R & Perm.W), repr(Perm.RW & Perm.W), repr(Perm.RW ^ Perm.R))
print(repr(~Perm.R), repr(~Perm.RW), repr(~(Perm.R | Perm.W | Perm.X)))

# === membership and iteration ===
print(Perm.R in rw, Perm.X in rw, Perm.RW in (Perm.R | Perm.W | Perm.X))
print(list(Perm.R | Perm.X), len(Perm.RW), len(Perm(0)))
print(bool(Perm(0)), bool(Perm.R))

# === lookup by value ===
print(repr(Perm(0)), repr(Perm(5)), Perm(3) is Perm.RW, Perm['X'])
try:
    Perm(8)
except ValueError as e:
    print(e)

# === type errors ===
try:
    Perm.R | 1
except TypeError as e:
    print(e)
try:
    1 in Perm.R
except TypeError as e:
    print(e)

# === a permission checker ===
def can(user, needed):
    return needed in user

alice = Perm.R | Perm.W
for need in [Perm.R, Perm.W, Perm.X, Perm.RW]:
    print(need.name, can(alice, need))
print(repr(Perm), Perm.R.name, Perm(6).name, Perm(0).name)
print(f'{Perm.R | Perm.W}', format(Perm.X))
