text = "  The quick brown fox jumps over the lazy dog  "

# === case ===
print(text.upper())
print(text.lower())
print(text.title())
print("hello world".title(), "HELLO".lower(), "mixed Case".upper())

# === strip ===
print(repr(text.strip()), repr(text.strip(" Tg")), repr("xxhixx".strip("x")))
print(repr("\t\n padded \n".strip()))

# === split and join ===
words = text.split()
print(words, len(words))
print("a,b,,c".split(","), "a,b,,c".split(",", 1), "one  two".split(" "))
print("-".join(words), ", ".join(["x", "y"]), "".join([]), "|".join("abc"))
print("line1\nline2\n".split("\n"))

# === replace find count ===
s = "banana"
print(s.replace("a", "o"), s.replace("an", "AN", 1), s.replace("z", "!"))
print(s.find("n"), s.find("na", 3), s.find("x"), s.count("a"), s.count("an"), s.count(""))
print(s.startswith("ban"), s.endswith("na"), s.startswith("nan", 2), s.startswith(("x", "b")))

# === isdigit ===
for v in ["123", "12a", "", " 7", "-5", "0", "3.5"]:
    print(repr(v), v.isdigit())

# === format method ===
print("{} + {} = {}".format(2, 3, 5))
print("{1} before {0}".format("a", "b"))
print("{name} is {age}".format(name="Ann", age=30))
print("{:>6}|{:<6}|{:^6}|".format("r", "l", "c"))
print("{:05d} {:x} {:o} {:b} {:,}".format(42, 255, 8, 5, 1234567))
print("{{literal}} {0!r}".format("s"))

# === method chaining ===
raw = "  Alice, BOB ,carol  "
names = [n.strip().title() for n in raw.strip().split(",")]
print(names)
print(" / ".join(n.lower() for n in names if n.startswith(("A", "C"))))
