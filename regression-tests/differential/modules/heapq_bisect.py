import heapq, bisect
h = []
for v in [5, 1, 8, 3, 9, 2]:
    heapq.heappush(h, v)
print(h[0], [heapq.heappop(h) for _ in range(3)], h)
data = [7, 2, 9, 4, 1]
heapq.heapify(data)
print(data, heapq.nlargest(2, [7, 2, 9, 4]), heapq.nsmallest(2, [7, 2, 9, 4], key=lambda x: -x), list(heapq.merge([1, 4], [2, 3])))
print(heapq.heappushpop([1, 5], 3), heapq.heapreplace([1, 5], 3))
s = [1, 3, 3, 5]
print(bisect.bisect_left(s, 3), bisect.bisect_right(s, 3), bisect.bisect(s, 0), bisect.bisect_left(s, 3, key=None))
bisect.insort(s, 4)
print(s)
grades = [bisect.bisect([60, 70, 80, 90], score) for score in [33, 99, 77, 70, 89, 90, 100]]
print(["FDCBA"[g] for g in grades])
