# Programs that must run both in CPython and in a sandbox without open/eval/exec:
# the absent builtins are probed and a fallback is used; only portable results print.

# === safe arithmetic evaluation without eval ===
def calc(expr):
    tokens = expr.replace("+", " + ").replace("*", " * ").split()
    total, mult, op = 0, 1, "+"
    terms = []
    for tok in tokens:
        if tok in "+*":
            op = tok
            continue
        if op == "*" and terms:
            terms[-1] *= int(tok)
        else:
            terms.append(int(tok))
    return sum(terms)
print(calc("2 + 3 * 4"), calc("10 * 10 + 1"))

# === shadowing the absent names is ordinary ===
def open(path, mode="r"):
    return f"fake handle for {path} ({mode})"
def input(prompt=""):
    return "scripted answer"
eval = lambda s: f"not evaluating {s!r}"
exec = None
compile = str.upper
globals = {"answer": 42}
print(open("data.txt"), input("name? "), eval("1+1"), exec, compile("x"), globals["answer"])
del open, input, eval, exec, compile, globals

# === probing for file access with a fallback ===
def read_config():
    try:
        handle = open("does-not-exist.cfg")
    except (NameError, OSError):
        return {"mode": "default"}
    return {"mode": "file"}
print(read_config())
