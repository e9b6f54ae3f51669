# === dict comprehensions ===
nums = range(1, 11)
print({n: n * n for n in nums if n % 3 == 0}, {str(n): n % 2 == 0 for n in range(4)}, {k: v for k, v in zip("abc", range(3))})
prices = {"apple": 1.2, "kiwi": 0.5, "mango": 2.5, "fig": 3.0}
print({k: v for k, v in prices.items() if v > 1}, {k.upper(): round(v * 1.1, 2) for k, v in sorted(prices.items())})
print({v: k for k, v in prices.items()}, {len(k): k for k in prices}, dict(sorted(prices.items(), key=lambda kv: kv[1])))

# === nested comprehension ===
table = {r: {c: r * c for c in range(1, 4)} for r in range(1, 4)}
print(table, table[2][3], [row[1] for row in table.values()])

# === filtering None values and renaming keys ===
record = {"Name": "Ann", "Age": None, "City": "Oslo", "Zip": ""}
print({k.lower(): v for k, v in record.items() if v is not None}, {k: v for k, v in record.items() if v})
