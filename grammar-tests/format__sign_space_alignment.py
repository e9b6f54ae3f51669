# === sign with alignment and fill ===
for n in [7, -7, 0]:
    print(f"[{n:+5}] [{n:<+5}] [{n:^+5}] [{n:=+5}] [{n: 5}] [{n:*=+6}] [{n:0=+6}] [{n:-^7}]")
for x in [1.5, -1.5]:
    print(f"[{x:+8.2f}] [{x:<+8.2f}] [{x:= 8.2f}] [{x:08.2f}] [{x:+08.2e}]")

# === column of signed numbers lines up ===
values = [12.5, -3.25, 0.0, -100.0, 7.125]
for v in values:
    print(f"{v:=+10.3f}|{v: 10.1f}|{v:>+10.0f}|")
