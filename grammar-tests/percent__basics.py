# === conversions ===
print("%s|%r|%a" % ("é", "é", "é"), "%d|%i|%u" % (42, -7, 3), "%f|%.2f|%e|%.3E|%g|%G" % (3.14159, 2.5, 12345.678, 0.00012, 1e-5, 1e20))
print("%x|%X|%o|%#x|%#X|%#o" % (255, 255, 8, 255, 255, 8), "%c%c" % (72, "i"), "%%", "100%%" % (), "%s" % [1, 2], "%s" % (1,))

# === width, precision, flags ===
print("[%5d]|[%-5d]|[%05d]|[%+d]|[% d]|[%+05d]" % (42, 42, 42, 42, 42, -42))
print("[%8.3f]|[%-8.2f]|[%08.2f]|[%.0f]|[%#.0f]|[%10.3e]" % (3.14159, 2.5, -2.5, 2.5, 2.5, 1234.5))
print("[%10s]|[%-10s]|[%.3s]|[%*d]|[%-*d]|[%.*f]" % ("right", "left", "truncate", 6, 7, 6, 7, 2, 3.14159))

# === mapping keys ===
rec = {"name": "Ann", "score": 93.456, "rank": 1}
print("%(name)s scored %(score).1f (rank %(rank)03d)" % rec, "%(name)r" % rec, "%(a)s%(a)s" % {"a": "x"})

# === log lines ===
for lvl, msg, n in [("INFO", "started", 1), ("WARNING", "slow", 250)]:
    print("%-8s %-10s took %5dms" % (lvl, msg, n))

# === errors ===
for call in [lambda: "%d" % "x", lambda: "%s %s" % ("a",), lambda: "%s" % ("a", "b"), lambda: "%(k)s" % {}, lambda: "%(k)s" % ("a",), lambda: "%z" % 1, lambda: "%c" % "ab", lambda: "%" % (), lambda: "%d" % None, lambda: "%x" % 1.5]:
    try:
        print(call())
    except (TypeError, ValueError, KeyError) as e:
        print(type(e).__name__, e)
