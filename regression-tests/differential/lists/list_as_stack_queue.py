stack = []
for ch in "(a[b]{c}d)":
    if ch in "([{":
        stack.append(ch)
    elif ch in ")]}":
        top = stack.pop()
        print("matched", top, ch)
print(stack)
queue = [1, 2, 3]
queue.append(4)
print(queue.pop(0), queue.pop(0), queue)
def balanced(s):
    pairs = {")": "(", "]": "[", "}": "{"}
    st = []
    for ch in s:
        if ch in "([{":
            st.append(ch)
        elif ch in pairs:
            if not st or st.pop() != pairs[ch]:
                return False
    return not st
print([balanced(s) for s in ["()", "([)]", "{[]}", "((", ""]])
