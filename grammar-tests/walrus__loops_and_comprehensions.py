# === while loop reading chunks ===
data = list(range(1, 12))
pos = 0
def read(n):
    global pos
    chunk = data[pos:pos + n]
    pos += n
    return chunk

while chunk := read(4):
    print("chunk", chunk, sum(chunk))

# === filter and transform in one pass ===
values = [3, -1, 4, -1, 5, -9, 2, 6]
doubled_pos = [y for x in values if (y := x * 2) > 0]
print(doubled_pos, y)

# === reuse expensive result in condition and body ===
def cost(s):
    return len(s) * 3

words = ["a", "abcd", "xyz", "hello"]
report = [(w, c) for w in words if (c := cost(w)) > 5]
print(report)

# === any() with walrus captures the witness ===
nums = [7, 11, 15, 22, 31]
if any((witness := n) % 2 == 0 for n in nums):
    print("first even:", witness)
if not all((bad := n) < 20 for n in nums):
    print("first >= 20:", bad)

# === walrus in elif chains ===
import_line = "key=value"
if (i := import_line.find(":")) >= 0:
    print("colon at", i)
elif (i := import_line.find("=")) >= 0:
    print("equals at", i, import_line[:i], import_line[i + 1:])
