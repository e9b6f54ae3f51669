# === changing size while iterating ===
d = {"a": 1, "b": 2, "c": 3}
try:
    for k in d:
        if k == "a":
            d["z"] = 26
except RuntimeError as e:
    print(type(e).__name__, e)
print(d)
d = {"a": 1, "b": 2, "c": 3}
try:
    for k in d:
        del d[k]
except RuntimeError as e:
    print(type(e).__name__, e)
print(d)
try:
    for k, v in d.items():
        d.pop(k)
except RuntimeError as e:
    print(type(e).__name__, e)
try:
    for v in d.values():
        d.clear()
except RuntimeError as e:
    print(type(e).__name__, e)

# === changing values is allowed ===
prices = {"a": 1.0, "b": 2.0}
for k in prices:
    prices[k] *= 1.1
print({k: round(v, 2) for k, v in prices.items()})

# === the safe ways ===
stock = {"apple": 0, "kiwi": 3, "fig": 0, "plum": 5}
for k in list(stock):
    if stock[k] == 0:
        del stock[k]
print(stock)
stock2 = {"apple": 0, "kiwi": 3}
print({k: v for k, v in stock2.items() if v})

# === set during iteration too ===
s = {1, 2, 3}
try:
    for x in s:
        s.add(x * 10)
except RuntimeError as e:
    print(type(e).__name__, e)
