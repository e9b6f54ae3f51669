# === the last traceback line names only the final exception ===
class ConfigError(Exception):
    pass

def load(text):
    try:
        key, value = text.split("=")
        return {key.strip(): int(value)}
    except ValueError as e:
        raise ConfigError(f"bad line {text!r}") from e

print(load("retries = 3"))
print(load("timeout=abc"))
