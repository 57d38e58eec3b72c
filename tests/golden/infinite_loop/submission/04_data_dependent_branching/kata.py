import subprocess
import sys

# a child process too: the whole process group must go
subprocess.Popen([sys.executable, "-c", "while True: pass"])
while True:
    pass
