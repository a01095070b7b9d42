"""piplkit: make China's personal-information and data-security law operational."""

__version__ = "0.1.0"
