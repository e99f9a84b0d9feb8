"""The co-produced resource library: resources, their taxonomy (audience, topic, format,
age), the filtered library page and download counting."""
