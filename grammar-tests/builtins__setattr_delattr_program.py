# === building objects from config with setattr ===
class Settings:
    defaults = {"debug": False, "retries": 3, "name": "svc"}
    def __init__(self, **overrides):
        for key, value in {**self.defaults, **overrides}.items():
            setattr(self, key, value)
    def __repr__(self):
        return "Settings(" + ", ".join(f"{k}={getattr(self, k)!r}" for k in sorted(vars(self))) + ")"
s = Settings(retries=5, extra="x")
print(s)
delattr(s, "extra")
print(s, hasattr(s, "extra"))

# === dynamic attribute names ===
for field in ["alpha", "beta"]:
    setattr(s, f"{field}_count", len(field))
print(sorted(k for k in vars(s) if k.endswith("_count")), getattr(s, "beta_count"))

# === properties through setattr ===
class Temp:
    def __init__(self):
        self._c = 0.0
    @property
    def celsius(self):
        return self._c
    @celsius.setter
    def celsius(self, v):
        if v < -273.15:
            raise ValueError("below absolute zero")
        self._c = v
t = Temp()
setattr(t, "celsius", 21.5)
print(getattr(t, "celsius"))
try:
    setattr(t, "celsius", -300)
except ValueError as e:
    print(type(e).__name__, e)

# === errors ===
try:
    delattr(s, "nope")
except AttributeError as e:
    print(type(e).__name__, e)
try:
    setattr(s, 1, 2)
except TypeError as e:
    print(type(e).__name__, e)
try:
    delattr(s)
except TypeError as e:
    print(type(e).__name__, e)
