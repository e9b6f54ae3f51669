# Agent-shaped: an f-string report of 500 lines (padding, float precision,
# thousands separators), built 40 times.
items = [("item-" + str(i), (i * 37) % 1000 + 0.25, (i * 11) % 97) for i in range(500)]
for rep in range(40):
    out = []
    total = 0.0
    for idx, (name, price, qty) in enumerate(items):
        line_total = price * qty
        total += line_total
        out.append(f"{idx:>4} | {name:<10} | {price:>8.2f} | {qty:3d} | {line_total:>12,.2f} | {'*' if qty > 50 else ' '}")
    out.append(f"TOTAL {total:,.2f}")
    report = "\n".join(out)
print(len(report), out[7], out[-1])
