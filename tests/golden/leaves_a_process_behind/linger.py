import subprocess

_kept = subprocess.Popen(["sleep", "300", "sharpbits-golden-leftover"], start_new_session=True)
