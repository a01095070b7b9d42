"""Protect: de-identify what discovery found (GB/T 37964), on one machine (``deid``) or on a
Spark cluster (``spark``)."""
