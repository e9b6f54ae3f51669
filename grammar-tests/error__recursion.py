# === infinite recursion ===
def f():
    return f()

try:
    f()
except RecursionError as e:
    print(type(e).__name__)

# === mutual recursion without base case ===
def ping(n):
    return pong(n + 1)

def pong(n):
    return ping(n + 1)

try:
    ping(0)
except RecursionError as e:
    print(type(e).__name__)

# === recursion through methods ===
class Node:
    def __init__(self):
        self.next = self
    def length(self):
        return 1 + self.next.length()

try:
    Node().length()
except RecursionError as e:
    print(type(e).__name__)

# === RecursionError is a RuntimeError ===
try:
    f()
except RuntimeError as e:
    print("caught as RuntimeError:", type(e).__name__)

# === the interpreter is usable afterwards ===
def depth(n):
    return 0 if n == 0 else 1 + depth(n - 1)

print(depth(200))

# === recursion guard pattern ===
def safe(fn):
    try:
        return fn()
    except RecursionError:
        return "too deep"

print(safe(f), safe(lambda: depth(50)))
