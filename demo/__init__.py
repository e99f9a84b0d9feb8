"""The demo site that `make run` loads: the ``seed_demo`` command and all its copy.

The copy lives in ``content/`` as YAML (rich text as HTML strings) and plain text files,
read by ``loaders``; the modules beside it build the site from that copy with the feature
apps' own factories and models. This app imports the feature apps and none of them imports
it, so the live site does not depend on the demo.
"""
