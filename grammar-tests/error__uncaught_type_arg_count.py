# === a missing argument in a helper call ends the program ===
def format_row(name, qty, price):
    return f"{name:<10}{qty:>4}{price:>8.2f}"

print(format_row("apple", 3, 1.25))
print(format_row("pear", 10, 0.5))
print(format_row("fig", 7))
