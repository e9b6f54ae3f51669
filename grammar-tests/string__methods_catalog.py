# === splitting ===
s = "  alpha  beta\tgamma\n delta  "
print(s.split(), s.split(None, 1), s.rsplit(None, 1), s.split(" "))
print("a,b,,c".split(","), "a,b,,c".split(",", 1), "a,b,,c".rsplit(",", 1), "".split(","), "".split())
print("one\ntwo\r\nthree\rfour".splitlines(), "x\ny\n".splitlines(True))
print("k=v=w".partition("="), "k=v=w".rpartition("="), "abc".partition("x"), "abc".rpartition("x"))
# === stripping and padding ===
print(repr("xxhixx".strip("x")), repr("  hi ".lstrip()), repr("hi..".rstrip(".")))
print("5".zfill(3), "-5".zfill(4), "+5".zfill(4), "abc".zfill(2))
print("[" + "hi".center(7, "*") + "]", "[" + "hi".center(6) + "]", "[" + "odd".center(8, "-") + "]")
print("hi".ljust(5, ".") + "|", "hi".rjust(5) + "|")
# === searching ===
t = "hello world, hello codeact"
print(t.find("hello"), t.find("hello", 1), t.rfind("hello"), t.find("zzz"), t.index("world"), t.count("l"), t.count("hello", 5))
print(t.startswith("hello"), t.startswith(("x", "hel")), t.endswith("act"), t.startswith("world", 6), t.endswith("hello", 0, 5))
try:
    t.index("zzz")
except ValueError as e:
    print("ValueError:", e)
# === case ===
print("hello wORLD".title(), "hello wORLD".capitalize(), "Hello".swapcase(), "ß".upper(), "ǅ".lower(), "they're bill's".title())
print("ABC".isupper(), "abc1".islower(), "Abc Def".istitle(), "123".isdigit(), "12.3".isdigit(), "abc".isalpha(), "ab1".isalnum(), " \t".isspace(), "".isspace())
print("var_1".isidentifier(), "1var".isidentifier(), "²".isdigit(), "²".isdecimal(), "½".isnumeric())
# === replace / join / misc ===
print("aaa".replace("a", "b", 2), "abc".replace("", "-"), "a-b-c".replace("-", ""), ", ".join(["x", "y", "z"]), "".join([]))
print("tab\tsep\tline".expandtabs(4), "abcdef".removeprefix("abc"), "abcdef".removesuffix("def"), "abc".removeprefix("x"))
tbl = str.maketrans("abc", "xyz", "d")
print("abcd-abcd".translate(tbl), "hello".translate({ord("l"): None, ord("h"): "J"}))
print("héllo".encode(), "café"[1:3], "日本語"[::-1], len("日本語"), "abc" * 3, "a" < "b", "apple" < "apricot")
try:
    ", ".join([1, 2])
except TypeError as e:
    print("TypeError:", e)
# === format ===
print("{} {}".format(1, 2), "{1} {0}".format("a", "b"), "{x}-{y}".format(x=1, y=[2]), "{0!r:>8}".format("q"), "{:,}".format(1234567), "{:08.3f}".format(-3.14159))
print("%s is %d years and %.2f%% done; %5s|%-5s|%x %o %e" % ("Bob", 42, 99.5, "r", "l", 255, 8, 12345.678))
print("%(name)s has %(n)03d" % {"name": "Al", "n": 7}, "%c%c" % (72, "i"), "%r" % ("x",))
