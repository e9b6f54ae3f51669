trace = []

def t(v):
    trace.append(v)
    return v

# === and stops at first falsy ===
print(t(1) and t(0) and t(2), trace)
trace.clear()
print(t(1) and t(2) and t(3), trace)
trace.clear()

# === or stops at first truthy ===
print(t(0) or t("") or t([]), trace)
trace.clear()
print(t(0) or t("x") or t(9), trace)
trace.clear()

# === mixing and/or precedence ===
print(t(0) or t(1) and t(2), trace)
trace.clear()
print((t(0) or t(1)) and t(2), trace)
trace.clear()
print(t(1) and t(0) or t(3), trace)
trace.clear()

# === not binds tighter than and ===
print(not t(0) and t(5), trace)
trace.clear()
print(not (t(0) and t(5)), trace)
trace.clear()

# === guard patterns ===
def first_word(s):
    return s and s.split()[0] if s and s.strip() else None

print([first_word(s) for s in [None, "", "   ", "hi there", "one"]])
d = {"k": [1, 2]}
print(d.get("k") and d["k"][0], d.get("x") and d["x"][0], len(d.get("x") or []))
