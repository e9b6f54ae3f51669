# === implicit concatenation across forms ===
greeting = ("Hello, "
            "world"
            '!')
print(greeting)
n = 3
mixed = "n=" f"{n}" r"\d" "\t|"
print(repr(mixed))
print("a" "b" == "ab", len("x" "" "y"))

# === triple-quoted strings keep newlines and quotes ===
doc = """He said "hi" and 'bye'
  indented line
last"""
print(doc)
print(doc.count("\n"), doc.splitlines()[1])
empty = """"""
print(repr(empty), repr(''''quoted' '''))

# === prefixes are case-insensitive ===
print(R"\x", Rb"\y", bR"\z", F"{n}", fR"{n}\n", Rf"\t{n}")

# === unicode identifiers and strings ===
café = "naïve"
π = 3.14159
print(café, π, len(café), café.upper())
print("日本語", len("日本語"), "日本語"[1], "日本語"[::-1])
print("e\u0301" == "é", len("e\u0301"), "é" == "\xe9")
