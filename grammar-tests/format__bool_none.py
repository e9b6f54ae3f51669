# === bool formats as int with numeric specs, as str with empty spec ===
for b in [True, False]:
    print(repr(format(b)), repr(format(b, "")), repr(format(b, "d")), repr(format(b, "5")), repr(format(b, "<5")), repr(format(b, "x")), repr(format(b, ".1f")), repr(format(b, "%")), repr(f"{b!s:>6}"), repr(f"{b!r}"))

# === None only takes an empty spec ===
print(repr(format(None)), repr(f"{None}"), repr(f"{None!s:>6}"), repr(f"{None!r:^8}"))
for spec in [">6", "d", "s"]:
    try:
        format(None, spec)
    except TypeError as e:
        print(type(e).__name__, e)

# === flags table ===
flags = {"debug": True, "verbose": False, "dry_run": None}
for k, v in flags.items():
    print(f"{k:<8}{v!s:>6}{str(v).lower():>7}")
