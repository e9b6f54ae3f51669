# === floor vs truncation ===
for a, b in [(7, 2), (-7, 2), (7, -2), (-7, -2)]:
    print(a, b, a // b, int(a / b), -(-a // b), a % b, a - b * int(a / b))

# === int() truncates toward zero, // floors ===
for x in [2.7, -2.7, 0.5, -0.5, 1e15 + 0.5]:
    print(x, int(x), x // 1, round(x), -(-x // 1))

# === ceil division without math ===
def ceil_div(a, b):
    return -(-a // b)
print([ceil_div(n, 4) for n in range(0, 10)], [(n + 3) // 4 for n in range(0, 10)])

# === pages and buckets ===
items, per_page = 23, 5
pages = ceil_div(items, per_page)
print(pages, [(p * per_page, min((p + 1) * per_page, items)) for p in range(pages)])
print(divmod(-7, 2), divmod(7, -2), -7 // 2)
