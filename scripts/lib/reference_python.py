"""Locates the reference interpreter: Debian's python3.11.

Another python3.11 (e.g. a pyenv build, about 20% slower) may come first on PATH, so PATH is
never searched: the reference is the interpreter that `dpkg -L python3.11-minimal` lists,
or whatever WARDEN_REFERENCE_PYTHON names.
"""

import os
import subprocess
import sys

PACKAGE = "python3.11-minimal"
NAME = "python3.11"
INSTALL_HINT = "as root: apt-get update && apt-get install -y python3.11 libpython3.11-testsuite"


def find(tool):
    """The reference interpreter's path; exits with a message naming `tool` when there is none."""
    override = os.environ.get("WARDEN_REFERENCE_PYTHON")
    if override:
        return override
    try:
        listing = subprocess.run(["dpkg", "-L", PACKAGE], capture_output=True,
                                 text=True, check=True).stdout.splitlines()
    except (OSError, subprocess.CalledProcessError):
        sys.exit(f"{tool}: Debian's {PACKAGE} is not installed ({INSTALL_HINT})")
    candidates = [path for path in listing
                  if os.path.basename(path) == NAME and "/bin/" in path and os.access(path, os.X_OK)]
    if not candidates:
        sys.exit(f"{tool}: dpkg -L {PACKAGE} lists no bin/{NAME}")
    # /usr/bin is the canonical place; /bin is the same file on merged-/usr systems.
    candidates.sort(key=lambda path: not path.startswith("/usr/bin/"))
    return candidates[0]


def reexec_under_reference(tool, script):
    """Runs `script` again under the reference interpreter unless this process already is it."""
    reference = find(tool)
    if os.path.realpath(sys.executable) != os.path.realpath(reference):
        os.execv(reference, [reference, os.path.realpath(script)] + sys.argv[1:])
    return reference
