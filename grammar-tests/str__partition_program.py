# === parsing key=value config lines ===
config_text = """# comment
host = example.com
port=8080
empty =
url = http://x.y/?a=b
novalue
"""
config = {}
for line in config_text.splitlines():
    line = line.strip()
    if not line or line.startswith("#"):
        continue
    key, sep, value = line.partition("=")
    if not sep:
        print("skipping", repr(line))
        continue
    config[key.strip()] = value.strip()
print(config)

# === splitting email addresses ===
for addr in ["ann@example.com", "bad-address", "a@b@c"]:
    user, at, domain = addr.rpartition("@")
    print(addr, "->", (user, domain) if at else "invalid")
