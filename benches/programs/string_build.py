# Micro: string building, once with += and once with "".join.
s = ""
for i in range(10**5):
    s += str(i % 10)
parts = []
for i in range(10**5):
    parts.append(chr(97 + i % 26))
t = "".join(parts)
u = ",".join(str(i) for i in range(50000))
print(len(s), s[-10:], len(t), t[:5], t[-5:], len(u), s.count("7"))
