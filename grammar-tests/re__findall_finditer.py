# allow-import: re
import re

text = "Prices: $3.50, $12.00 and $0.99; call 555-1234 or 555-9876."

# === findall shapes ===
print(re.findall(r"\$\d+\.\d\d", text))
print(re.findall(r"\$(\d+)\.(\d\d)", text))
print(re.findall(r"\$(\d+)\.\d\d", text))
print(re.findall(r"(\d{3})-(\d{4})|(x)", text))
print(re.findall(r"z", text))
print(re.findall(r"\b\w", "the quick brown fox"))

# === empty matches ===
print(re.findall(r"x*", "axxbx"))
print(re.findall(r"\b", "ab cd"))
print(re.findall(r"|a", "a"))
print(re.findall(r"a*?", "baac"))
print(re.findall(r"(?=(\w\w))", "abcd"))
print(re.findall(r"^", "a\nb\n", re.M))
print(re.findall(r"$", "a\nb\n", re.M))
print(re.findall(r"$", "a\nb\n"))

# === finditer ===
for m in re.finditer(r"(\w+)=(\d+)", "a=1, bb=22, ccc=333"):
    print(m.group(1), int(m.group(2)) * 2, m.span())
it = re.finditer(r"\d", "a1b2")
print(type(it).__name__)
print(next(it).group(), next(it).group())
print(list(it))
print([m.group() for m in re.compile(r"\w+").finditer("one two three", 4)])
print([m.span() for m in re.finditer(r"", "ab")])

# === flags ===
print(re.findall(r"^\w+", "alpha\nbeta\ngamma", re.MULTILINE))
print(re.findall(r"a.c", "abc a\nc", re.DOTALL))
print(re.findall(r"a.c", "abc a\nc"))
print(re.findall(r"hello", "Hello HELLO hello", re.IGNORECASE))
print(re.findall(r"(?i)straße", "STRASSE Straße straße"))
print(re.findall(r"\w+", "café ok", re.ASCII))
print(re.findall(r"""
    (\d+)   # number
    \s*     # spaces
    (kg|g)  # unit
""", "5 kg, 300g and 12  kg", re.VERBOSE))
print(re.findall(r"(?x) a b c # comment", "abc a b c"))
print(re.findall(r"(?i:A)b", "ab Ab aB"))
print(re.findall(r"(?s:.)x|.y", "\nx\ny ay"))
