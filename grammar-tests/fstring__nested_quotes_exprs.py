data = {"name": "widget", "tags": ["a", "b"], "price": 9.5}

# === quotes inside expressions ===
print(f"{data['name']} costs {data['price']:.2f}")
print(f'{data["tags"]} has {len(data["tags"])} tags')
print(f"""{data['name']!r} and "quoted" and 'single'""")

# === expressions of all kinds ===
nums = [3, 1, 2]
print(f"{sorted(nums)} {max(nums) - min(nums)} {[n * n for n in nums]} {', '.join(map(str, nums))}")
print(f"{'yes' if nums else 'no'} {(lambda v: v + 1)(1)} {nums[-1]} {nums[::-1]}")
print(f"{ {k: v for k, v in zip('ab', range(2))} }")

# === nested f-strings ===
inner = "world"
print(f"hello {f'dear {inner}'}!")
print(f"{f'{1 + 1}' * 3}")
rows = [("a", 1), ("bb", 22)]
print("\n".join(f"{k:<3}|{f'{v:>4}'}" for k, v in rows))

# === braces escaping ===
print(f"{{literal}} {{{nums[0]}}} {{}}")
print(f"{'{'}{'}'}")

# === multi-line f-strings ===
total = sum(nums)
msg = (
    f"count={len(nums)} "
    f"total={total} "
    f"avg={total / len(nums):.3f}"
)
print(msg)
