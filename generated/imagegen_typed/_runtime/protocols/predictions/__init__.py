"""Protocol `predictions`: submit a job, optionally hold for it, poll its status, read the output, cancel."""
