# === list += extends in place with any iterable ===
lst = [1]
alias = lst
lst += (2, 3)
lst += "ab"
lst += range(2)
lst += {9: "x"}
print(lst, alias is lst)
try:
    lst += 5
except TypeError as e:
    print("TypeError:", e)
lst *= 2
print(len(lst), alias is lst)

# === tuple and str += rebind ===
t = (1,)
alias = t
t += (2,)
print(t, alias, t is alias)
s = "a"
s += "b" * 3
s *= 2
print(s)
try:
    t += [3]
except TypeError as e:
    print("TypeError:", e)

# === set and dict in-place operators ===
st = {1, 2}
alias = st
st |= {3}
st &= {1, 3, 4}
st ^= {5}
st -= {1}
print(sorted(st), alias is st)
d = {"a": 1}
alias = d
d |= {"b": 2}
d |= [("c", 3)]
print(d, alias is d)

# === numeric in-place on various types ===
n = 7
n //= 2; n **= 3; n %= 5; n <<= 4; n ^= 3; n /= 2
print(n)
f = 1.5
f *= 4; f -= 0.5; f //= 2
print(f)
b = True
b += True
print(b, type(b).__name__)
