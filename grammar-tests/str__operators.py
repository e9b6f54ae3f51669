# === concatenation and repetition ===
print("ab" + "cd", "ab" * 3, 3 * "ab", "ab" * 0, "ab" * -2, "" * 100, ("-" * 10) + "|")
s = "x"
s += "y"
s *= 2
print(s)

# === comparison ===
print("a" < "b", "Z" < "a", "abc" < "abd", "ab" < "abc", "" < "a", "é" > "z", "A" == "A", "a" != "A", sorted(["b", "B", "a", "é", "Z"]))
print(max("apple", "banana"), min(["pear", "Pear", "PEAR"]), "10" < "9", "abc" <= "abc")

# === membership and iteration ===
print("ell" in "hello", "" in "x", "z" not in "abc", [c for c in "héllo" if c in "aeiouéö"], list("日本"))

# === errors ===
for call in [lambda: "a" + 1, lambda: 1 + "a", lambda: "a" * "b", lambda: "a" * 1.5, lambda: "a" < 1, lambda: 5 in "abc", lambda: "a" - "b", lambda: None in "abc"]:
    try:
        call()
    except TypeError as e:
        print(type(e).__name__, e)
