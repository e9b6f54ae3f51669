# === right-associative chaining ===
def size(n):
    return "tiny" if n < 10 else "small" if n < 100 else "medium" if n < 1000 else "large"

print([size(n) for n in (5, 50, 500, 5000)])

# === explicit parentheses change grouping ===
a, b = True, False
print(("x" if a else "y") if b else "z", "x" if a else ("y" if b else "z"))

# === ternary binds looser than arithmetic and comparison ===
n = 7
print(n * 2 if n > 5 else n + 100, n > 5 if n else False, (n if n > 10 else 0) + 1)

# === ternary inside lambda, call args, subscripts, f-strings ===
pick = lambda cond: "yes" if cond else "no"
items = ["zero", "one"]
print(pick(1), pick([]), items[1 if n % 2 else 0], f"{'odd' if n % 2 else 'even'}")
print(max(3, 9) if n else min(3, 9), len("abc" if n > 100 else "abcdef"))

# === ternary with and/or inside ===
user = {"name": "", "nick": "zed"}
display = user["name"] if user["name"] else user["nick"] or "anonymous"
print(display)
print("both" if a and not b else "neither" if not a and not b else "one")

# === ternary as statement for side effects ===
log = []
log.append("even") if n % 2 == 0 else log.append("odd")
print(log)

# === ternary returning functions ===
op = max if n > 5 else min
print(op(4, 8), (str.upper if n else str.lower)("MiXeD"))

# === in comprehension: value vs filter position ===
nums = range(-3, 4)
print([x if x > 0 else 0 for x in nums])
print([x for x in nums if (x > 0 if x % 2 else x < 0)])
