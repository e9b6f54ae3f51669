# === count ===
s = "banana bandana"
print(s.count("a"), s.count("an"), s.count("ana"), s.count(""), "".count(""), s.count("a", 7), s.count("a", 0, 6), s.count("z"), "aaaa".count("aa"))

# === replace ===
print(s.replace("an", "AN"), s.replace("an", "AN", 1), s.replace("a", ""), s.replace("", "-"), "abc".replace("", "-", 2), s.replace("z", "y"), s.replace("a", "a", 0))
print("aaa".replace("a", "aa"), "a.b.c".replace(".", "", -1), "αβγ".replace("β", "b"), "x".replace("x", "xyz" * 3))

# === templating ===
template = "Dear {name}, your order {id} ships {when}."
for name, oid, when in [("Ann", 17, "today"), ("Bob", 18, "tomorrow")]:
    print(template.replace("{name}", name).replace("{id}", str(oid)).replace("{when}", when))
text = "the cat sat on the mat with the hat"
print({w: text.count(w) for w in ["the", "at", "cat"]})

# === errors ===
for call in [lambda: s.replace("a"), lambda: s.replace(1, "b"), lambda: s.replace("a", 2), lambda: s.replace("a", "b", "1"), lambda: s.count(None)]:
    try:
        call()
    except TypeError as e:
        print(type(e).__name__, e)
