# Python's whitespace includes U+001C..U+001F; a start past the end finds
# nothing, not even '' (found by tests/props.rs).

# === separators are whitespace ===
s = "a\x1cb\x1dc\x1e d\x1f"
print(repr(s.split()), repr(s.rsplit(None, 1)), repr(s.strip()))
print("\x1c\x1f".isspace(), repr(" x\x1d".rstrip()), repr("\x1fy".lstrip()))

# === start past the end ===
print("".find("", 1), "ab".find("", 2), "ab".find("", 3), "ab".rfind("", 3))
print("ab".count("", 3), "ab".count("", 2), "abc".startswith("", 3), "abc".startswith("", 4))
print("abc".endswith("", 4), "abc".endswith("c", 1, 10))
try:
    "ab".index("", 3)
except ValueError as e:
    print("ValueError:", e)
