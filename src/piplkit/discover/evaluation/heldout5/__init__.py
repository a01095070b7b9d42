"""Held-out set 5: business tables written BLIND by a third examiner (issue 11).

Written without reading the column classifier (``piplkit.discover.scan``), the detector, their
vocabularies and header lists, or the earlier sets' tables; read were only the PI catalogue's
type ids, set 3's gold conventions (``heldout3`` package docstring), the shared folder writer
(``heldout_files``), the scorer's manifest fields and the bench runner. Set 3's fifteen gold
conventions are adopted VERBATIM, so the scores compare with sets 3 and 4.

61 tables in 57 files, 604 columns (364, 60 %, not PI), 57 domains chosen to avoid those named
in sets 3 and 4's docstrings: parcel lockers, the 12345
hotline, pet registration, EV charging, smart-lock IoT events, loyalty programmes, cinema
tickets, parking lots, shared bikes, library loans, internet cafés; individual income tax
withholding, social-insurance contributions, pawn shops, used-car trades, mortgages, lottery
prize claims, medical crowdfunding, livestream tipping, church offerings; blood donation,
nursing homes, a vet clinic, psychological counselling, an optician, tutoring and a summer camp
(minors), marriage registration, a funeral home, a wedding studio, a hair salon; a community
grid census, SIM real-name registration, ferry passengers, scenic-area tickets, a marathon,
volunteers, housekeeping workers, car servicing, property fees; a news app's user dump, a
study-abroad agency, a freight platform's drivers, telecom CDRs, a homestay platform; and
thirteen tables with no PI (ERP purchase orders, production work orders and routings, stock
transfers, a sales daily report, a price list, payables, quality inspection, machine logs,
campaign report, carrier rates, cloud billing, a store directory).

Header styles: formal and colloquial Chinese, Chinese with units or brackets, mixed Chinese and
English, English snake_case, camelCase and lower case, ALL CAPS DB columns, vendor prefixes
(F_, T_, fld_, ZD_), pinyin initials and full pinyin, opaque (col_3, field5, c7).

Choices this set makes where the conventions are silent (fixed before the first score):
a month-day birthday (``03-15``) is ``birth_date``; a SIM card's ICCID is ``device_id``; a
contribution base for social insurance is ``income``; refraction (diopters) is
``health_record`` and pupillary distance ``body_measurement``; the URL of a face photo is
``face_image``; a no-crime check result is ``criminal_record``; CDR coordinates are the
subscriber's ``geo_coordinates`` and the cell id is ``None``; a deceased person's data is
still typed as PI (PIPL Art. 49); a political status is ``None`` (no catalogue type).

Adjudicated 2026-12-07 (docs/evaluation.md, "Adjudication of set choices"): the marathon's
``衣服尺码Size`` and the summer camp's ``tshirt_size`` (written ``None``) are ``body_measurement``,
the gold conventions table's row for a person's worn size.
"""

from piplkit.discover.evaluation.heldout5.build import DEFAULT_SEED, REFERENCE_DATE, generate

__all__ = ["DEFAULT_SEED", "REFERENCE_DATE", "generate"]
