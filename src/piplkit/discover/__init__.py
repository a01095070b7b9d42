"""Discover: find the personal information an organisation holds.

``detect`` finds PI in text (identifiers, names, addresses), ``scan`` classifies and grades the
columns of files, databases and lakes against the national PI catalogue, ``containers`` opens
archives and packages safely, ``apps`` checks an app's package and privacy policy, ``samples``
generates the bundled demo data and ``evaluation`` holds the sets and scorers that measure it all.
"""
