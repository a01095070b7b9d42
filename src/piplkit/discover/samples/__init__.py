"""Bundled sample data: a generator of realistic (fake) Chinese business files for the demo."""
