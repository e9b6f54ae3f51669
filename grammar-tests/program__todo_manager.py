# === a command-driven todo list ===
todos = []
next_id = 1

def add(title, priority="normal"):
    global next_id
    todo = {"id": next_id, "title": title, "priority": priority, "done": False}
    todos.append(todo)
    next_id += 1
    return todo["id"]

def find(todo_id):
    for t in todos:
        if t["id"] == todo_id:
            return t
    raise LookupError(f"no todo with id {todo_id}")

def complete(todo_id):
    find(todo_id)["done"] = True

def execute(line):
    words = line.split(" ", 1)
    match words:
        case ["add", rest]:
            return f"added #{add(rest)}"
        case ["urgent", rest]:
            return f"added urgent #{add(rest, 'high')}"
        case ["done", num] if num.isdigit():
            complete(int(num))
            return f"completed #{num}"
        case ["list"]:
            return render()
        case ["clear"]:
            before = len(todos)
            todos[:] = [t for t in todos if not t["done"]]
            return f"cleared {before - len(todos)}"
        case _:
            return f"error: cannot parse {line!r}"

PRIORITY = {"high": 0, "normal": 1}

def render():
    lines = []
    for t in sorted(todos, key=lambda t: (t["done"], PRIORITY[t["priority"]], t["id"])):
        mark = "x" if t["done"] else " "
        flag = "!" if t["priority"] == "high" else " "
        lines.append(f"[{mark}]{flag}#{t['id']:<3}{t['title']}")
    return "\n".join(lines) if lines else "(empty)"

script = [
    "list",
    "add buy milk",
    "add write report",
    "urgent fix prod bug",
    "done 2",
    "list",
    "done 9",
    "done two",
    "clear",
    "list",
    "frobnicate",
]
for cmd in script:
    print(f"> {cmd}")
    try:
        print(execute(cmd))
    except LookupError as e:
        print("error:", e)
