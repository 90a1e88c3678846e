"""Calling protocols. Each package holds one way of calling a model, written once for every provider that
uses it; what differs between providers (paths, headers, field names, status words) is data in their records.

- `direct`: one request per call; the answer is the media or JSON.
- `predictions`: submit a job, optionally hold for it, poll its status, read the output, cancel.
"""
