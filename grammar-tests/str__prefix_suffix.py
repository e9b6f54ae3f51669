# === removeprefix / removesuffix ===
print("test_case".removeprefix("test_"), "test_case".removeprefix("case"), "".removeprefix("x"), "abc".removeprefix(""), "aaa".removeprefix("a"))
print("report.csv".removesuffix(".csv"), "report.csv".removesuffix(".txt"), "abc".removesuffix("abc"), "abcabc".removesuffix("abc"))

# === differs from strip ===
print("xxabcxx".strip("x"), "xxabcxx".removeprefix("x"), "www.site.com".lstrip("w."), "www.site.com".removeprefix("www."))

# === normalising names ===
for name in ["Mr. Smith", "Dr. Who", "Ms. Jones", "Smith Jr.", "Plain"]:
    print(name.removeprefix("Mr. ").removeprefix("Dr. ").removeprefix("Ms. ").removesuffix(" Jr."))

# === errors ===
for call in [lambda: "a".removeprefix(1), lambda: "a".removesuffix(("a",)), lambda: "a".removeprefix()]:
    try:
        call()
    except TypeError as e:
        print(type(e).__name__, e)
