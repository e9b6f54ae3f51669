# Micro: a while loop doing integer arithmetic (a Collatz-style mix).
# Kept under 10**6 iterations per loop: codeact (like smolagents) caps one
# while loop at 1,000,000 iterations by default.
i = 0
acc = 0
x = 7
while i < 400000:
    x = (x * 31 + i) % 1000003
    if x % 2 == 0:
        acc += x // 2
    else:
        acc -= x * 3 + 1
    i += 1
print(acc, x)
