"""Developer tools that are not part of the site or its tests."""
