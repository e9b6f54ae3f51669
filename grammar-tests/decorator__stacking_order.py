log = []

def tag(name):
    log.append(f"factory {name}")
    def deco(fn):
        log.append(f"apply {name}")
        def wrapper(*args):
            log.append(f"enter {name}")
            result = fn(*args)
            log.append(f"exit {name}")
            return f"{name}({result})"
        return wrapper
    return deco

# === factories run top-down, decorators apply bottom-up ===
@tag("outer")
@tag("middle")
@tag("inner")
def base(x):
    log.append("body")
    return x

print(log)
log.clear()
print(base(1))
print(log)

# === decorator expressions can be arbitrary (3.9+) ===
decorators = {"loud": lambda f: lambda *a: f(*a).upper()}

@decorators["loud"]
def speak(s):
    return s

print(speak("hello"))

@(lambda f: f)
def identity():
    return "unchanged"

print(identity())
