# === try/finally used for cleanup with early returns ===
resources = []

def acquire(name):
    resources.append(name)
    print(f"  acquire {name}")

def release(name):
    resources.remove(name)
    print(f"  release {name}")

def process(items):
    acquire("conn")
    try:
        acquire("cursor")
        try:
            for item in items:
                if item is None:
                    return "early exit on None"
                if item < 0:
                    raise ValueError(f"negative item {item}")
            return f"processed {len(items)}"
        finally:
            release("cursor")
    finally:
        release("conn")

for batch in ([1, 2], [1, None, 3], [4, -1]):
    try:
        print(process(batch))
    except ValueError as e:
        print("ValueError:", e)
    print("open resources:", resources)

# === exceptions collected instead of raised ===
def run_all(tasks):
    errors = []
    for name, fn in tasks:
        try:
            fn()
        except Exception as e:
            errors.append(f"{name}: {type(e).__name__}: {e}")
    return errors

tasks = [("ok", lambda: 1), ("div", lambda: 1 / 0), ("key", lambda: {}["k"]), ("attr", lambda: None.x)]
for line in run_all(tasks):
    print(line)
