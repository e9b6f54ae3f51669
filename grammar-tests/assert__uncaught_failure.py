# === a failing assert ends the program ===
def apply_discount(price, pct):
    assert 0 <= pct <= 100, f"discount must be 0-100, got {pct}"
    return round(price * (100 - pct) / 100, 2)

print(apply_discount(80, 25))
print(apply_discount(19.99, 10))
print(apply_discount(10, 150))
print("never printed")
