import_re_free_lines = [
    "name: Alice",
    "age: 30",
    "bad line",
    "city: Paris",
    "",
    "zip: 75001",
]

# === parse key/value lines with walrus ===
record = {}
for line in import_re_free_lines:
    if (sep := line.find(":")) == -1:
        continue
    if (key := line[:sep].strip()) and (value := line[sep + 1:].strip()):
        record[key] = int(value) if value.isdigit() else value
print(record)

# === tokenizer loop ===
text = "12+345*6-7"
tokens = []
i = 0
while i < len(text):
    if (ch := text[i]).isdigit():
        j = i
        while j < len(text) and text[j].isdigit():
            j += 1
        tokens.append(int(text[i:j]))
        i = j
    else:
        tokens.append(ch)
        i += 1
print(tokens)

# === accumulate until threshold ===
running = 0
steps = [5, 8, 3, 9, 4]
taken = []
for s in steps:
    if (running := running + s) > 20:
        break
    taken.append(s)
print(taken, running)

# === walrus value is the assigned value ===
print((x := 5), x, (y := [1, 2]).append(3), y)
