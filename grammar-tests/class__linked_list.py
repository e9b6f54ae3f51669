class Node:
    def __init__(self, value, next=None):
        self.value = value
        self.next = next

class LinkedList:
    def __init__(self, *values):
        self.head = None
        self._size = 0
        for v in values:
            self.append(v)

    def append(self, value):
        node = Node(value)
        if self.head is None:
            self.head = node
        else:
            cur = self.head
            while cur.next:
                cur = cur.next
            cur.next = node
        self._size += 1

    def prepend(self, value):
        self.head = Node(value, self.head)
        self._size += 1

    def remove(self, value):
        prev, cur = None, self.head
        while cur:
            if cur.value == value:
                if prev:
                    prev.next = cur.next
                else:
                    self.head = cur.next
                self._size -= 1
                return
            prev, cur = cur, cur.next
        raise ValueError(f"{value!r} not in list")

    def reverse(self):
        prev, cur = None, self.head
        while cur:
            cur.next, prev, cur = prev, cur, cur.next
        self.head = prev

    def __iter__(self):
        cur = self.head
        while cur:
            yield cur.value
            cur = cur.next

    def __len__(self):
        return self._size

    def __getitem__(self, index):
        if index < 0:
            index += self._size
        for i, v in enumerate(self):
            if i == index:
                return v
        raise IndexError("linked list index out of range")

    def __contains__(self, value):
        return any(v == value for v in self)

    def __repr__(self):
        return "LinkedList(" + " -> ".join(repr(v) for v in self) + ")"

    def __eq__(self, other):
        return isinstance(other, LinkedList) and list(self) == list(other)

# === building ===
ll = LinkedList(1, 2, 3)
ll.append(4)
ll.prepend(0)
print(ll, len(ll), bool(ll), bool(LinkedList()))

# === access ===
print(ll[0], ll[-1], ll[2], 3 in ll, 10 in ll, list(ll), sum(ll))
try:
    ll[10]
except IndexError as e:
    print("IndexError:", e)

# === removal ===
ll.remove(0)
ll.remove(3)
print(ll, len(ll))
try:
    ll.remove(99)
except ValueError as e:
    print("ValueError:", e)

# === reverse and compare ===
ll.reverse()
print(ll, ll == LinkedList(4, 2, 1), ll == [4, 2, 1])
print(LinkedList("a", "b"), LinkedList(), [x * 10 for x in ll])
