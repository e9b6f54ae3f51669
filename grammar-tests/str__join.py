# === joins ===
print(",".join(["a", "b", "c"]), "".join("abc"), " - ".join(("x",)), "|".join([]), "\n".join(["l1", "l2"]), ", ".join(sorted({"b": 1, "a": 2})))
print("".join(reversed("stressed")), "+".join(str(i) for i in range(5)), "→".join(["α", "β"]), "ab".join("123"))

# === building csv ===
rows = [["name", "qty"], ["apple", 3], ["kiwi", 12]]
print("\n".join(",".join(str(c) for c in r) for r in rows))
words = ["  leading", "trailing  ", "mid dle"]
print("[" + "][".join(w.strip() for w in words) + "]")

# === errors ===
for bad in [[1, 2], ["a", None], ["a", b"b"], 5, [["a"]]]:
    try:
        ",".join(bad)
    except TypeError as e:
        print(type(e).__name__, e)
try:
    ",".join()
except TypeError as e:
    print(type(e).__name__, e)
