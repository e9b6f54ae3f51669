def attempt(fn):
    try:
        fn()
    except TypeError as e:
        print("TypeError:", e)

def func(*args, **kwargs):
    return args, kwargs

class Service:
    def run(self, *args, **kwargs):
        return args, kwargs
    @staticmethod
    def helper(*args):
        return args
    @classmethod
    def build(cls, **kwargs):
        return kwargs

svc = Service()

# === non-iterable after * names the callee ===
attempt(lambda: func(*5))
attempt(lambda: svc.run(*None))
attempt(lambda: Service.helper(*3.5))
attempt(lambda: print(*7))

# === non-mapping after ** names the callee ===
attempt(lambda: func(**[1]))
attempt(lambda: svc.run(**"ab"))
attempt(lambda: Service.build(**[("a", 1)]))
attempt(lambda: Service(**5))

# === duplicate keywords through ** ===
attempt(lambda: func(a=1, **{"a": 2}))
attempt(lambda: svc.run(**{"k": 1}, **{"k": 2}))
attempt(lambda: Service.build(x=1, **{"x": 2}))

# === keywords must be strings ===
attempt(lambda: func(**{1: "one"}))
