import sys
print("to stdout")
print("to stderr", file=sys.stderr)
sys.stderr.write("written to stderr\n")
sys.stdout.write("written to stdout\n")
