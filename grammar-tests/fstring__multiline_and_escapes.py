name = "Ana"
score = 9.25

# === triple quoted f-strings ===
card = f"""
+----------------+
| name : {name:<7} |
| score: {score:<7.1f} |
+----------------+"""
print(card)

# === escapes in the literal part ===
print(f"tab\tsep {name}\nnew line {score}")
print(f"quote \" and \\ backslash {name!r}")

# === raw f-strings ===
print(rf"\d+ {name} \n", fr"{score}\t")

# === unicode in f-strings ===
arrow = "→"
print(f"{name} {arrow} {'✓' if score > 9 else '✗'} {len(arrow)}")

# === empty and whitespace-only results ===
empty = ""
print(f"[{empty}]", f"[{empty:5}]", f"[{' ' * 3}]", repr(f"{empty}"))
