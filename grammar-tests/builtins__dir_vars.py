class A:
    x = 1
    def m(self): pass
a = A(); a.y = 2
print([n for n in dir(a) if not n.startswith('__')], vars(a), vars(A)["x"])
try:
    vars(1)
except TypeError as e:
    print(e)
print([n for n in dir('') if not n.startswith('_')][:5], len([n for n in dir([]) if not n.startswith('_')]), "upper" in dir(str))
