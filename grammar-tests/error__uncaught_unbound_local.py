# === a counter that forgets nonlocal ends with UnboundLocalError ===
def make_counter():
    count = 0
    def increment():
        count += 1
        return count
    return increment

print("creating counter")
counter = make_counter()
print("calling it")
counter()
print("never reached")
