print('single', "double", '''triple single''', """triple double""")
print(r"raw \d \n", R"RAW", b"bytes", B"BYTES", rb"rb\n", Rb"Rb", br"br", f"f{1}", F"F{2}", rf"rf\{3}", fR"fR{4}")
print("adjacent" 'literals' """join""")
print("\a\b\f\v".encode(), "\0\12\101", "\x41\u0042\U00000043\N{DIGIT ONE}")
print(u"unicode prefix", len("\
"))
