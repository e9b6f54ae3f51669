# === %s %r %a on many types ===
for v in ["text", "é", 42, 2.5, None, True, [1, "a"], (1,), {"k": "v"}, b"by", range(2)]:
    print("%s | %r | %a" % (v, v, v))

# === precision truncates %s ===
print("[%.2s] [%.0s] [%10.3s] [%-10.3s]" % ("abcdef", "abc", "abcdef", "abcdef"))

# === user objects ===
class Item:
    def __str__(self):
        return "item-str"
    def __repr__(self):
        return "Item()"
print("%s %r %a" % (Item(), Item(), Item()), "%s" % [Item()], "%(x)s" % {"x": Item()})
