# === returning multiple values ===
def min_max_mean(values):
    return min(values), max(values), sum(values) / len(values)

lo, hi, mean = min_max_mean([4, 8, 15, 16, 23, 42])
print(lo, hi, mean)
stats = min_max_mean([1, 2])
print(stats, type(stats).__name__, stats[2])

# === passing unpacked sequences ===
def area(w, h):
    return w * h

dims = [(2, 3), (4, 5), (1, 10)]
print([area(*d) for d in dims])
print(max(dims, key=lambda d: area(*d)))

# === keyword unpacking from dicts ===
def connect(host, port=80, *, secure=False):
    return f"{'https' if secure else 'http'}://{host}:{port}"

configs = [{"host": "a.com"}, {"host": "b.com", "port": 8080}, {"host": "c.com", "secure": True, "port": 443}]
for cfg in configs:
    print(connect(**cfg))

# === mixing positional and keyword unpacking ===
args = ("d.com",)
kwargs = {"secure": True}
print(connect(*args, **kwargs), connect(*args, 22, **kwargs))

# === errors when unpacking into calls ===
try:
    area(*[1, 2, 3])
except TypeError as e:
    print("TypeError:", e)
try:
    connect(**{"host": "x", "bogus": 1})
except TypeError as e:
    print("TypeError:", e)
try:
    connect("x", **{"host": "y"})
except TypeError as e:
    print("TypeError:", e)
