# allow-import: re
# Patterns that run on the backtracking matcher: CPython's sre semantics.
import re

# === look-around, backreferences, atomic groups, possessive repeats, conditionals ===
print(re.findall(r"\w+(?=,)", "a, bb, ccc"), re.findall(r"(?<=\$)\d+", "$5 and $12"))
print(re.findall(r"(?<!-)\b\d+", "-1 2 -3 4"), re.search(r"(\w)\1", "abccd").group())
print(re.search(r"(?i)(a)\1", "xaA").span(), re.match(r"(?>a*)a", "aaa"), re.match(r"a*+b", "aab"))
print([re.match(r"(<)?\w+(?(1)>|$)", s) is not None for s in ["<a>", "a", "<a", "a>"]])
print(re.sub(r"(?<=\d)(?=(\d{3})+$)", ",", "1234567"), re.split(r"(?<=,)", "a,b,c"))

# === repeats whose rounds can match nothing ===
print(re.match(r"(a*)*", "aaa").groups(), re.match(r"(a*)+", "aaa").groups())
print(re.findall(r"(\s??){1,2}", "1_\n "), re.findall(r"(x?)*y", "xxy"))

# === \B never matches in an empty text ===
print(re.search(r"\B", ""), re.search(r"\B", "ab").span(), re.findall(r"\B", "abc"))

# === $ before a final newline, with look-around ===
print(re.findall(r"\w+(?=\n?$)", "one two\n"), re.search(r"(?<=o)$", "foo\n").span())
