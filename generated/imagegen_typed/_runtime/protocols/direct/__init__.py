"""Protocol `direct`: one request per call to the model's path; the answer is the media bytes or JSON."""
