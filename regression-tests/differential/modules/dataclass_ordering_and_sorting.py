from dataclasses import dataclass, field
@dataclass(order=True)
class Task:
    priority: int
    name: str = field(compare=False)
tasks = [Task(3, "low"), Task(1, "urgent"), Task(2, "normal"), Task(1, "also urgent")]
print([t.name for t in sorted(tasks)])
print(min(tasks), max(tasks).name, Task(1, "x") == Task(1, "y"))
