# === config lookup that goes wrong ===
defaults = {"host": "localhost", "port": 8080, "debug": False}
overrides = {"port": 9090}
config = {**defaults, **overrides}

# === lookups with fallbacks work ===
print(config.get("timeout", 30), config.get("debug"))
for key in sorted(config):
    print(f"{key:>6} = {config[key]!r}")

# === a handled miss ===
try:
    print(config["user"])
except KeyError as e:
    print("handled missing key", e)

# === the unhandled miss ends the program ===
required = ["host", "port", "timeout"]
for key in required:
    print(key, "=", config[key])
print("never reached")
