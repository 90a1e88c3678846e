"""What makes a run fast and shows where its time goes: the cache, template fragments, timings."""
