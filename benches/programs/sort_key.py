# Micro: sorted() with a key function over 10**5 tuples.
rows = [((i * 7919) % 100003, "n" + str(i % 977), i) for i in range(10**5)]
by_second = sorted(rows, key=lambda r: (r[1], -r[0]))
by_first = sorted(rows, key=lambda r: r[0], reverse=True)
print(by_second[0], by_second[-1], by_first[0][2], by_first[-1][2])
