"""Spreadsheets piplkit writes itself (RoPA, double list): cells that cannot run or break.

Every CSV and XLSX file piplkit *authors* goes through :mod:`piplkit.assess.sheets.writers`, whose
cells
pass :func:`piplkit.assess.sheets.cells.safe_cell`. Files piplkit *rewrites* for the user (``piplkit
deid``) are the user's data and keep their cell values unchanged.
"""

from piplkit.assess.sheets.cells import clean_text, neutralise, safe_cell
from piplkit.assess.sheets.writers import Sheet, write_csv, write_xlsx

__all__ = ["Sheet", "clean_text", "neutralise", "safe_cell", "write_csv", "write_xlsx"]
