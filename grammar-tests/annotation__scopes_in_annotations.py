# Annotations of names in class and module bodies are evaluated, and a lambda
# or comprehension in one is a scope of its own (found by the fuzzer:
# `t:(lambda:g)` crashed the lowering with a missing scope).
class A:
    t: (lambda: 5)
    u: [x * 2 for x in range(3)]
    v: {k: k.upper() for k in 'ab'} = 1
    w: (lambda: undefined_name)

ann = A.__annotations__
print(sorted(ann))
print(ann['t'](), ann['u'], ann['v'], A.v)
try:
    ann['w']()
except NameError as e:
    print('NameError', e)

m: (lambda: 7) = 3
n: [y for y in 'xy']
print(m)


def f():
    # A function body never evaluates its local annotations.
    z: (lambda: undefined_name)[0] = 4
    return z


print(f())
