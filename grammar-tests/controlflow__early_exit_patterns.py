# === guard clauses ===
def validate(user):
    if not isinstance(user, dict):
        return "not a dict"
    if "name" not in user:
        return "missing name"
    if not user["name"].strip():
        return "blank name"
    age = user.get("age")
    if age is not None and not (0 <= age <= 150):
        return f"bad age {age}"
    return "ok"

for u in [None, {}, {"name": " "}, {"name": "x", "age": 200}, {"name": "y", "age": 30}, {"name": "z"}]:
    print(validate(u))

# === any/all replace loops with early exit ===
def has_duplicates(xs):
    seen = set()
    for x in xs:
        if x in seen:
            return True
        seen.add(x)
    return False

print(has_duplicates([1, 2, 3]), has_duplicates([1, 2, 1]), has_duplicates([]))

# === loop with sentinel and next() default ===
lines = ["header", "data 1", "data 2", "END", "trailer"]
it = iter(lines)
header = next(it)
body = []
for line in it:
    if line == "END":
        break
    body.append(line)
print(header, body, next(it, None), next(it, "done"))

# === generator exits early when consumer stops ===
def numbers():
    n = 0
    while True:
        yield n
        n += 1

for n in numbers():
    if n * n > 50:
        print("first square over 50:", n)
        break
