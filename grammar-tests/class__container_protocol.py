class Matrix:
    def __init__(self, rows):
        self.rows = [list(r) for r in rows]

    def __len__(self):
        return len(self.rows)

    def __getitem__(self, key):
        if isinstance(key, tuple):
            r, c = key
            return self.rows[r][c]
        return self.rows[key]

    def __setitem__(self, key, value):
        r, c = key
        self.rows[r][c] = value

    def __delitem__(self, index):
        del self.rows[index]

    def __contains__(self, value):
        return any(value in row for row in self.rows)

    def __iter__(self):
        for row in self.rows:
            yield from row

    def __reversed__(self):
        return iter(self.rows[::-1])

    def __repr__(self):
        return f"Matrix({self.rows})"

m = Matrix([[1, 2, 3], [4, 5, 6], [7, 8, 9]])

# === indexing forms ===
print(len(m), m[1], m[1, 2], m[-1][0])
m[0, 0] = 100
print(m[0])

# === membership, iteration, reversal ===
print(5 in m, 50 in m, 100 in m)
print(list(m), sum(m), max(m))
print(list(reversed(m)))

# === deletion ===
del m[1]
print(m, len(m), bool(m))

# === unpacking uses __iter__ ===
a, b, c, *rest = m
print(a, b, c, rest)

# === missing key raises through ===
try:
    m[10]
except IndexError as e:
    print("IndexError:", e)
