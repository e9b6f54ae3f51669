# allow-import: operator, functools
import operator
from functools import reduce

# === arithmetic ===
print(operator.add(2, 3), operator.sub(2, 3), operator.mul('ab', 2), operator.truediv(7, 2), operator.floordiv(7, 2), operator.mod(-7, 3), operator.pow(2, 8), operator.neg(5), operator.pos(-5), operator.abs(-3))
print(operator.matmul if False else operator.and_(12, 10), operator.or_(12, 10), operator.xor(12, 10), operator.invert(5), operator.lshift(1, 4), operator.rshift(256, 3))

# === comparisons and truth ===
print(operator.lt(1, 2), operator.le(2, 2), operator.eq('a', 'a'), operator.ne(1, 1), operator.ge(1, 2), operator.gt(3, 2))
print(operator.not_([]), operator.truth([1]), operator.is_(None, None), operator.is_not(1, None), operator.contains([1, 2], 2))

# === sequences ===
x = [1, 2, 3]
operator.setitem(x, 0, 10)
operator.delitem(x, 1)
print(x, operator.getitem(x, -1), operator.concat([1], [2]), operator.countOf([1, 1, 2], 1), operator.indexOf('abc', 'c'), operator.length_hint([1, 2]))

# === in-place operators ===
a = [1]
print(operator.iadd(a, [2]), a, operator.iadd(1, 2), operator.imul('x', 3), operator.index(7))

# === calculator dispatch ===
ops = {'+': operator.add, '-': operator.sub, '*': operator.mul, '/': operator.truediv, '^': operator.pow}
def rpn(expr):
    stack = []
    for tok in expr.split():
        if tok in ops:
            b, a = stack.pop(), stack.pop()
            stack.append(ops[tok](a, b))
        else:
            stack.append(float(tok))
    return stack[0]
print(rpn('3 4 + 2 *'), rpn('2 3 ^ 1 -'), reduce(operator.mul, range(1, 7)))

# === errors ===
for f in [lambda: operator.add(1, 'a'), lambda: operator.indexOf([1], 5), lambda: operator.index(1.5)]:
    try:
        f()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
