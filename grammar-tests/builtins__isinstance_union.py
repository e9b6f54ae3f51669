# === union types with | ===
print(isinstance(3, int | str), isinstance("x", int | str), isinstance(3.5, int | str), isinstance(None, int | None), isinstance([], list | dict | None))
print(issubclass(bool, int | str), issubclass(float, int | str))
Number = int | float
print(isinstance(2.5, Number), isinstance(True, Number), isinstance("2", Number))

# === validating config values ===
schema = {"port": int, "host": str, "ratio": int | float, "tags": list | tuple}
config = {"port": 80, "host": "x", "ratio": 0.5, "tags": ("a",)}
bad = {"port": "80", "host": None, "ratio": "1", "tags": {"a"}}
for cfg in [config, bad]:
    print({k: isinstance(cfg[k], t) for k, t in schema.items()})
