# === output before the failure is kept, even a partial line ===
def average(values):
    return sum(values) / len(values)

def safe_average(values):
    try:
        return average(values)
    except ZeroDivisionError:
        return None

batches = [[3, 4, 5], [10], []]
print([safe_average(b) for b in batches])

# === the unsafe version dies mid-line ===
for batch in batches:
    print("average of", batch, "is", end=" ")
    print(average(batch))
print("never reached")
