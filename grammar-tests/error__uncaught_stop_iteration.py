# === next() past the end of an iterator at top level ===
queue = iter(["first job", "second job"])
print("processing", next(queue))
print("processing", next(queue))
print("processing", next(queue))
