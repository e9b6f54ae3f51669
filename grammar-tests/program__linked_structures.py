class Node:
    __slots__ = ("value", "next")
    def __init__(self, value, next=None):
        self.value, self.next = value, next

class Stack:
    def __init__(self):
        self.top = None
        self.size = 0
    def push(self, v):
        self.top = Node(v, self.top)
        self.size += 1
    def pop(self):
        if self.top is None:
            raise IndexError("pop from empty stack")
        v = self.top.value
        self.top = self.top.next
        self.size -= 1
        return v
    def __iter__(self):
        n = self.top
        while n:
            yield n.value
            n = n.next
    def __len__(self):
        return self.size

def reverse_list(head):
    prev = None
    while head:
        head.next, prev, head = prev, head, head.next
    return prev

def build(values):
    head = None
    for v in reversed(values):
        head = Node(v, head)
    return head

def to_list(head):
    out = []
    while head:
        out.append(head.value)
        head = head.next
    return out

s = Stack()
for ch in "abc":
    s.push(ch)
print(list(s), len(s), s.pop(), list(s))
print(to_list(reverse_list(build([1, 2, 3, 4]))), to_list(reverse_list(None)))

# === balanced brackets with the stack ===
def balanced(text):
    pairs = {")": "(", "]": "[", "}": "{"}
    st = Stack()
    for ch in text:
        if ch in "([{":
            st.push(ch)
        elif ch in pairs:
            try:
                if st.pop() != pairs[ch]:
                    return False
            except IndexError:
                return False
    return len(st) == 0

print([balanced(t) for t in ["(a[b]{c})", "(]", "((", "", "x)"]])
