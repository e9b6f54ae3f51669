# === objects that break the protocol ===
class NoNext:
    def __iter__(self):
        return self
class BadIter:
    def __iter__(self):
        return 5
class Good:
    def __init__(self):
        self.i = 0
    def __iter__(self):
        return self
    def __next__(self):
        self.i += 1
        if self.i > 3:
            raise StopIteration
        return self.i
for obj in [NoNext(), BadIter()]:
    try:
        iter(obj)
        list(obj)
    except TypeError as e:
        print(type(e).__name__, e)
print(list(Good()), sum(Good()), max(Good()), sorted(Good(), reverse=True), [x * 2 for x in Good()], dict.fromkeys(Good()))

# === exhausted iterators stay exhausted ===
g = Good()
print(list(g), list(g), next(g, "empty"))
it = iter([1, 2])
print(list(zip(it, it)), list(it))
