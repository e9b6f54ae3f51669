# === __getitem__ receives slice objects ===
class Seq:
    def __init__(self, items):
        self.items = list(items)
    def __len__(self):
        return len(self.items)
    def __getitem__(self, key):
        if isinstance(key, slice):
            print("  slice", key.start, key.stop, key.step)
            return Seq(self.items[key])
        if isinstance(key, tuple):
            print("  tuple", key)
            return [self.items[k] for k in key]
        print("  index", key)
        return self.items[key]
    def __repr__(self):
        return f"Seq({self.items})"

s = Seq("abcdefg")
print(s[2])
print(s[1:4])
print(s[::-2])
print(s[:])
print(s[0, 2, 4])
print(s[1:3, 4])

# === iteration falls back to __getitem__ until IndexError ===
print(list(s), "c" in s, "z" in s)

# === __setitem__ / __delitem__ with slices ===
class Rec(Seq):
    def __setitem__(self, key, value):
        print("  set", key, value)
        self.items[key] = value
    def __delitem__(self, key):
        print("  del", key)
        del self.items[key]

r = Rec(range(6))
r[1:3] = ["x", "y", "z"]
del r[::2]
r[0] = "first"
print(r)
