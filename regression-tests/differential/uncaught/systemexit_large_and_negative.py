print("negative")
raise SystemExit(-1)
