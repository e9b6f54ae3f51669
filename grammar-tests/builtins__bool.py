# === truthiness of builtins ===
values = [0, 1, -1, 0.0, 0.5, "", "0", " ", [], [0], (), (0,), {}, {0: 0}, set(), None, range(0), range(1), b"", b"\x00"]
print([bool(v) for v in values])
print(bool(), bool(False), bool(True), bool(float("nan")), bool(-0.0))

# === bool is an int ===
print(True + True, True * 10, False - 1, True / 2, True // 1, -True, ~True, ~False)
print(isinstance(True, int), issubclass(bool, int), type(True), type(True + 0))
print(True == 1, False == 0, True is True, hash(True) == hash(1), {1: "a", True: "b"})
print(sum([True, False, True, True]), max(False, True), sorted([True, False, 0, 1]))
print(int(True), float(True), str(True), repr(False), f"{True}", f"{True:d}", f"{True:5}|")

# === user __bool__ and __len__ ===
class Empty:
    def __len__(self):
        return 0
class Yes:
    def __bool__(self):
        return True
    def __len__(self):
        return 0
class Plain:
    pass
print(bool(Empty()), bool(Yes()), bool(Plain()))

# === bad __bool__ ===
class Bad:
    def __bool__(self):
        return 1
try:
    bool(Bad())
except TypeError as e:
    print(type(e).__name__, e)
class BadLen:
    def __len__(self):
        return -1
try:
    bool(BadLen())
except ValueError as e:
    print(type(e).__name__, e)

# === cannot subclass bool, bool ops ===
try:
    class B(bool):
        pass
except TypeError as e:
    print(type(e).__name__, e)
print(True & False, True | False, True ^ True, type(True & False).__name__, type(True & 1).__name__)
