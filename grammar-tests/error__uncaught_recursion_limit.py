# === unbounded recursion ends with RecursionError ===
def depth(n):
    return depth(n + 1)

def safe_depth():
    try:
        depth(0)
    except RecursionError as e:
        return f"caught: {e}"

print(safe_depth())
print("now uncaught:")
depth(0)
