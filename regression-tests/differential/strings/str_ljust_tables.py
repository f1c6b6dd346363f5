data = {"alpha": 1, "be": 22, "gamma ray": 333}
width = max(len(k) for k in data)
for k, v in data.items():
    print(k.ljust(width, "."), str(v).rjust(4), str(v).zfill(4), f"{v:^6}|")
