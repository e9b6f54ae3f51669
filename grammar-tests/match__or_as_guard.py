# === or-patterns ===
def weekday(d):
    match d.lower():
        case "sat" | "sun":
            return "weekend"
        case "mon" | "tue" | "wed" | "thu" | "fri":
            return "weekday"
        case _:
            return "invalid"

print([weekday(d) for d in ["Sat", "mon", "FRI", "xyz"]])

# === or-patterns binding the same name ===
def first_or_only(v):
    match v:
        case [x] | (x, _) | {"only": x}:
            return x
        case _:
            return None

print(first_or_only([1]), first_or_only((2, 3)), first_or_only({"only": 4}), first_or_only([1, 2, 3]))

# === as-patterns ===
def inspect(v):
    match v:
        case [int() | float() as num, *_] as whole:
            return f"numeric head {num} in {whole}"
        case (str() as s) if len(s) > 3:
            return f"long string {s}"
        case {"id": (1 | 2 | 3) as small_id}:
            return f"small id {small_id}"
        case [("a" | "b") as letter, _]:
            return f"pair starting with {letter}"
        case _ as anything:
            return f"fallback {anything!r}"

for v in ([1.5, "x"], [7], "abcdef", "ab", {"id": 2}, {"id": 9}, ["b", 0], ["c", 0]):
    print(inspect(v))

# === guards ===
def bucket(n):
    match n:
        case int() if n < 0:
            return "negative"
        case 0:
            return "zero"
        case int() if n % 2 == 0 and n < 100:
            return "small even"
        case int() if n < 100:
            return "small odd"
        case int():
            return "large"
        case _:
            return "not an int"

print([bucket(n) for n in (-5, 0, 4, 7, 100, 3.0)])

# === guard sees bindings; failing guard tries next case ===
def pair_kind(p):
    match p:
        case (a, b) if a == b:
            return "equal"
        case (a, b) if a > b:
            return "descending"
        case (a, b):
            return "ascending"

print([pair_kind(p) for p in [(1, 1), (5, 2), (2, 5)]])

# === guard side effects only run when pattern matches ===
calls = []
def check(tag, result):
    calls.append(tag)
    return result

match [1, 2]:
    case [x] if check("one", True):
        pass
    case [x, y] if check("two-a", False):
        pass
    case [x, y] if check("two-b", True):
        print("matched two-b with", x, y)
print(calls)
