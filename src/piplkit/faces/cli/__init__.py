"""Command-line interface: thin commands that parse input, call the core and format output."""
