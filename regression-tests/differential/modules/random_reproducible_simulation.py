import random
rng = random.Random(2024)
walk = [0]
for _ in range(20):
    walk.append(walk[-1] + rng.choice((-1, 1)))
print(walk)
deck = [r + s for s in "SHDC" for r in "A23456789TJQK"]
rng.shuffle(deck)
print(deck[:5], sorted(rng.sample(range(1000), 5)))
print([round(rng.expovariate(1.0), 6) for _ in range(3)], rng.triangular(0, 10, 3))
