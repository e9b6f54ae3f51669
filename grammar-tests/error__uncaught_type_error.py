# === mixing str and int ===
def describe(count, noun):
    plural = noun if count == 1 else noun + "s"
    return f"found {count} {plural}"

print(describe(1, "file"), "|", describe(3, "file"))

# === explicit conversion works ===
count = 3
print("found " + str(count) + " items")
try:
    print("found " + count + " items")
except TypeError as e:
    print("handled:", e)

# === the same bug, unhandled this time ===
total = sum([1, 2, 3])
print("processing items")
message = "total: " + total
print(message)
