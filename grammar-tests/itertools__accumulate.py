# allow-import: itertools, operator
from itertools import accumulate
import operator

# === running sums and products ===
print(list(accumulate([1, 2, 3, 4, 5])))
print(list(accumulate([1, 2, 3, 4, 5], operator.mul)))
print(list(accumulate([3, 1, 4, 1, 5, 9, 2, 6], max)))
print(list(accumulate([3, 1, 4, 1, 5, 9, 2, 6], min)))

# === initial ===
print(list(accumulate([1, 2, 3], initial=100)))
print(list(accumulate([], initial=7)), list(accumulate([])))

# === strings and lists ===
print(list(accumulate('abc')))
print(list(accumulate([[1], [2], [3]])))

# === balances ===
transactions = [100, -20, -30, 50, -200, 10]
balances = list(accumulate(transactions))
print(balances, min(balances))

# === amortization ===
rate = 0.01
payments = [None] * 4
print([round(x, 2) for x in accumulate(payments, lambda bal, _: bal * (1 + rate) - 100, initial=1000)])

# === errors ===
try:
    list(accumulate([1, 'a']))
except TypeError as e:
    print('TypeError', e)
try:
    accumulate(5)
except TypeError as e:
    print('TypeError', e)
