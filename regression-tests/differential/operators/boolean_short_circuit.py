log = []
def t(name, value):
    log.append(name)
    return value
print(t("a", 0) and t("b", 1), log)
log.clear()
print(t("a", 1) and t("b", 2), log)
log.clear()
print(t("a", "") or t("b", []) or t("c", "last"), log)
log.clear()
print(t("a", 5) or t("b", 6), log)
print([] or {} or 0, "x" and [] and 1, None or "default", 0 and 1 / 0)
