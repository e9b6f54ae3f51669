# === __name__ at module level ===
print(__name__)
if __name__ == "__main__":
    print("running as main")

# === names of builtins are ordinary names ===
builtin_len = len
def len(x):
    return "custom len"
print(len([1, 2]), builtin_len([1, 2]))
del len
print(len([1, 2]))

# === shadowing types ===
list_type = list
list = [1, 2, 3]
print(list, list_type("ab"))
del list
print(list("xy"))

# === exception names are builtins too ===
ValueErrorAlias = ValueError
try:
    raise ValueErrorAlias("via alias")
except ValueError as e:
    print(type(e).__name__, e)

# === True/None are keywords but print/str are not ===
print = print
str = str
print(str(42))

# === dir of a fresh function scope ===
def scoped(a, b=1):
    c = a + b
    return sorted(dir()) if False else sorted(["a", "b", "c"])
print(scoped(1))
