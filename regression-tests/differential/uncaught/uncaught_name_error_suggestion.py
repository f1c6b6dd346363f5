counter_value = 5
print(counter_valu)
