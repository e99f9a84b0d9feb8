"""Load benchmark: `make bench` (or `python -m bench`).

Builds the demo site in a throwaway SQLite database, serves it with gunicorn exactly
as the container does (production settings, gunicorn.conf.py) on 127.0.0.1, and
measures a static file, cached and uncached pages, the filtered library, search and
concurrent report submissions. See __main__.py.
"""
