import time

STARTED = time.perf_counter()  # the generator's own clock for `--timings` (speed/timings.py)
