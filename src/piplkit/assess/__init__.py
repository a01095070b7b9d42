"""Assess: the law as dated, cited data (``law``), the rules engine that says which obligations
apply on a date and why (``rules``), and the filing-ready documents built from both
(``documents``, written through ``sheets`` when they are spreadsheets)."""
