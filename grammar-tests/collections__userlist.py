# allow-import: collections
from collections import UserList

# === list behaviour ===
u = UserList([3, 1, 2])
u.append(5)
u.extend(UserList([0]))
u.sort()
print(u, len(u), u[0], u[-1], u[1:3], type(u[1:3]).__name__, 2 in u, u.index(3), u.count(1))
print(u + [9], [9] + u, u * 2, type(u + [9]).__name__, u == [0, 1, 2, 3, 5], u < [0, 2], list(reversed(u)))
u += [7]
u *= 1
del u[0]
u[0] = 10
print(u, u.pop(), u.pop(0), u, u.data)

# === a validating subclass ===
class Numbers(UserList):
    def append(self, x):
        if not isinstance(x, (int, float)):
            raise TypeError(f'not a number: {x!r}')
        super().append(x)
    def total(self):
        return sum(self.data)
n = Numbers([1, 2])
n.append(3.5)
try:
    n.append('x')
except TypeError as e:
    print('TypeError', e)
print(n, n.total(), type(n.copy()).__name__, type(n[:1]).__name__, isinstance(n, UserList))

# === empty and from iterables ===
print(UserList(), UserList('abc'), UserList(range(3)), UserList(x * x for x in range(4)))
try:
    UserList().pop()
except IndexError as e:
    print('IndexError', e)
