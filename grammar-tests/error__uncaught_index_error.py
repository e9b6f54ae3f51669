# === a report builder that handles some errors itself ===
items = ["a", "b", "c"]
labels = {0: "first", 1: "second", 2: "third"}

def label_for(i):
    try:
        return labels[i]
    except KeyError:
        return f"item #{i}"

print([label_for(i) for i in range(5)])

# === safe access with a guard ===
def safe(seq, i):
    return seq[i] if -len(seq) <= i < len(seq) else None

print(safe(items, 2), safe(items, 3), safe(items, -4))

# === off-by-one loop: the last iteration escapes ===
for i in range(len(items) + 1):
    print(i, label_for(i), items[i])
print("never reached")
