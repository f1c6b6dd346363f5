import heapq
tasks = []
for priority, name in [(3, "write"), (1, "plan"), (2, "code"), (1, "coffee")]:
    heapq.heappush(tasks, (priority, name))
order = []
while tasks:
    order.append(heapq.heappop(tasks))
print(order)
print(heapq.nlargest(3, {"a": 5, "b": 9, "c": 1, "d": 7}.items(), key=lambda kv: kv[1]))
