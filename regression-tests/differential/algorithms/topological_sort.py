deps = {"app": ["lib", "utils"], "lib": ["core"], "utils": ["core", "log"], "core": [], "log": [], "tests": ["app"]}
order, state = [], {}
def visit(n):
    if state.get(n) == "done":
        return
    if state.get(n) == "active":
        raise ValueError("cycle at " + n)
    state[n] = "active"
    for d in sorted(deps[n]):
        visit(d)
    state[n] = "done"
    order.append(n)
for n in sorted(deps):
    visit(n)
print(order)
deps["core"] = ["app"]
state.clear()
try:
    visit("app")
except ValueError as e:
    print(e)
