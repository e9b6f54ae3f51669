# An AttributeError from a failed lookup suggests the closest name in dir(obj).
class Basket:
    def __init__(self):
        self.items = []

    def add(self, item):
        self.itmes.append(item)

b = Basket()
b.add("apple")
