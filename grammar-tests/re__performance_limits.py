# allow-import: re
import re

# === large inputs stay linear ===
big = "abc123 " * 5000
print(len(re.findall(r"\d+", big)))
print(len(re.sub(r"[a-z]+", "X", big)))
print(len(re.split(r"\s+", big)))
print(re.search(r"z", big))
print(re.match(r"(abc\d+ )+$", big) is not None)

# === many compiles hit the cache ===
total = 0
for i in range(2000):
    total += len(re.findall(r"\d", "a1b2c3"))
print(total)

# === many distinct patterns ===
for i in range(50):
    assert re.fullmatch(r"x%d[a-z]?" % i, "x%d" % i)
print("distinct ok")

# === backreferences on a long string ===
print(len(re.findall(r"(\w)\1", "aabbccdd" * 1000)))
print(re.search(r"(\d+)-\1", "12-13 45-45").group())
