# Micro: iterative fib(1000) with big integers, repeated 300 times.
def fib(n):
    a, b = 0, 1
    for _ in range(n):
        a, b = b, a + b
    return a

checksum = 0
for k in range(300):
    checksum = (checksum + fib(1000 + k % 7)) % (10**40 + 121)
f = fib(1000)
print(len(str(f)), f % 10**12, checksum)
