data = list(range(20))
text = "0123456789abcdef"

# === positive steps ===
print(data[::5], data[1::5], data[2:15:4], text[::4], text[3:12:3])

# === negative steps ===
print(data[::-5], data[15:2:-4], data[-1:-8:-2], text[::-4], text[10:3:-3])
print(data[5:0:-1], data[5::-1], data[:5:-3], text[-1::-7])

# === empty results ===
print(data[5:5], data[10:2], data[2:10:-1], text[-1:0:1], repr(text[8:8]))

# === bounds far outside ===
print(data[-100:3], data[17:100], data[100:], data[-100:-99], data[::100], data[::-100])

# === slice objects ===
evens = slice(0, None, 2)
last3 = slice(-3, None)
rev = slice(None, None, -1)
print(data[evens], data[last3], text[rev][:5], text[last3])
s = slice(2, 10, 3)
print(s.start, s.stop, s.step, s.indices(5), slice(None).indices(4), slice(None, None, -1).indices(3))

# === slicing tuples, strings and ranges returns same type ===
t = tuple(range(6))
r = range(10)
print(t[1:4], type(t[1:4]).__name__, r[2:8:2], list(r[::-3]), type(r[2:4]).__name__)

# === step of zero is an error ===
try:
    data[::0]
except ValueError as e:
    print("ValueError:", e)

# === slicing does not share storage ===
part = data[2:5]
part[0] = "changed"
print(data[2], part)

# === every other pair swap using slices ===
letters = list("abcdefgh")
letters[::2], letters[1::2] = letters[1::2], letters[::2]
print("".join(letters))
