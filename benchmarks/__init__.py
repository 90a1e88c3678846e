"""`python -m benchmarks [--quick]`: the speed figures of docs/benchmarks.md, each a ratio against a reference measured
in the same run (the machine is shared), printed as one table and, in full mode, written to results.md.

One module per figure: regeneration, call_overhead, import_time, waiting, bulk, concurrency, streaming;
fastserver and bigserver are the loopback servers of figures 2, 6 and 7.
"""
