"""Held-out set 9: business tables written BLIND by a seventh examiner (issue 11, 2026-12-06).

Written without reading the column classifier (``piplkit.discover.scan``), the detector
(``piplkit.discover.detect``), their header and value data, ``tests/scan``, ``tests/detect`` or
the earlier sets' table and value modules. Read were only: the PI catalogue's type ids, the user
docs' gold conventions, manifest and scoring sections and the earlier sets' prose descriptions
(to choose other domains and table kinds), set 3's conventions, set 6's choices a-q, set 7's
choices 1-18 and set 8's choices 1-22, and the shared plumbing (``heldout_files.write_set``,
set 6's ``spec`` with ``draw_rows``, set 7's ``writers``, set 8's ``idgen`` for check digits,
the bench runner). The classifier was never run on the set before it was committed.

GOLD CONVENTIONS: set 3's fifteen conventions, set 6's choices a-q, set 7's choices 1-18 and set
8's choices 1-22 apply VERBATIM (see ``piplkit.discover.evaluation.heldout3``, ``heldout6``,
``heldout7``, ``heldout8``), so the scores compare.

CHOICES WHERE THOSE ARE SILENT (written and committed before the set was generated, never
changed after):

1. An aviation or maritime duty record's flight hours, rest hours and sea days are ``None``
   (work quantities); a pilot's medical-exam conclusion (``合格``/``暂不合格: 血压偏高``) is
   ``health_record``; a licence or medical-certificate number is ``None`` (choice a).
2. A passenger's special-meal code (``MOML``, ``VGML``) is ``None``: a catering request, not a
   declared faith; a declared religion column stays ``religion``.
3. A co-operative member's contracted land area, head of livestock and seed quantities are
   ``None``; a member's annual dividend stays ``income`` (set 7's choice 9).
4. A real-name pesticide or seed purchase register's product, quantity and date are ``None``
   (one purchase's facts, convention 8); the buyer's name, ID and phone keep their types.
5. An e-commerce return's reason (``尺码不合适``), status and refund amount are ``None``; the
   refund's bank card (masked) is ``bank_card``; the return pickup address is ``address``.
6. An insurance agent's commission and a talent's appearance fee (片酬) are ``income``; an
   agent's practice-certificate number is ``None`` (choice a).
7. A trial subject's screening or randomisation number is ``None`` (a key); a screen failure
   reason (``ALT升高``) and a device-trial adverse event are ``health_record``.
8. A cosmetic-medicine procedure done on a named client (``玻尿酸填充``) with its dose or
   technique, a skin test result (skin type, pigment score) and a dental lab order's tooth
   position, shade and restoration for a named patient are ``health_record``;
   before/after photos of the face are ``face_image``; product batch numbers are ``None``.
9. A sports club member's grade, playing position and jersey number are ``None``.
10. A graduate applicant's first-round score, interview score, undergraduate school and applied
    major are ``education``; the exam admission number is ``None`` (choice a); the supervisor
    applied to is a person (``person_name``).
11. A residents' committee voter's polling station, ballot number and whether they voted are
    ``None``; a candidate's vote count is ``None``; the candidate's name is ``person_name``.
12. A brokerage client's fund account and shareholder account numbers are ``None`` (keys); the
    client's total assets and available funds, and the grams of gold held in a gold-savings
    account, are ``account_balance`` (set 8's choice 12); a risk-tolerance grade
    (``C3 稳健型``) is ``None``; the linked bank card is ``bank_card``.
13. A pharmacy chain member's list of dated medicine purchases is ``health_record`` (convention
    9: medication of a named patient), not ``transaction_record``.
14. A fertility app's cycle length, period dates, ovulation test result and pregnancy intention
    are ``health_record``; a basal body temperature is ``body_measurement`` (体温 in the
    business conventions).
15. A wearable's sleep minutes and step count are ``None`` (activity quantities); resting heart
    rate and SpO2 are ``body_measurement``; an atrial-fibrillation or arrhythmia alert is
    ``health_record``.
16. A connected car's driver-monitoring event (fatigue, distraction) and a driving score are
    ``None``; a cabin camera's snapshot of the driver is ``face_image``; a private car's position
    is ``geo_coordinates`` and its trip polyline ``trajectory``.
17. A family-doctor contract's package type and a poverty flag are ``None``; a chronic
    condition (``高血压``) and a follow-up blood-glucose result are ``health_record``.
18. An actor's stage name is ``person_name``; bust/waist/hip and shoe size are
    ``body_measurement``; a child actor's guardian relation is ``family_relationship``.
19. A rehabilitation score (Barthel, FMA, MMSE) and a therapy plan of a named patient are
    ``health_record``; the therapist's name is ``person_name``.
20. A recruitment platform's job-seeking status, expected city and resume download count are
    ``None``; a candidate's current salary is ``income``.
21. A guest list's berth or cabin on a yacht charter is ``None`` (a room, convention 12); the
    guest's passport is ``passport``.
22. A baby-shop membership's baby birth date is ``birth_date`` (of the child, a minor), the
    baby's nickname (``小名``) is ``person_name``; the baby's feeding method and formula stage are
    ``None`` (nutrition, not a condition); a student-accident policy's insured pupil's ID
    is ``cn_resident_id``.
23. A device's Bluetooth name (``Xiaomi Band 8``) and firmware version are ``None``; a wearable's
    MAC address is ``mac_address``; a paired phone's IMEI is ``imei``.
24. A column of opaque header whose values are a person's identifiers (IDs, phones) keeps the
    value's type; an opaque column of amounts, dates or codes is ``None``.
25. An anonymous hotline's caller-region column (``浙江杭州``) is ``None``; the caller's number
    is ``cn_mobile``.
26. A hotel group's blacklist reason (逃单, 醉酒滋事) is ``None`` (a business's note about a
    guest, convention 5); the guest's past stays listed with it are ``accommodation_record``.
27. The centre coordinates of a farm field in a crop-spraying job and a vessel's AIS position
    at a bunkering are ``None`` (a plot or a ship, as set 7's stations and stores).
28. A call centre's speech-to-text of what the caller said is ``communication_record`` (the
    person's own words); an agent's call summary would be ``None`` (convention 5).
29. A manufacturer's test-car VIN in fault-code statistics is ``None`` (set 7's choice 13: the
    company's car).

Adjudicated 2026-12-07 (docs/evaluation.md, "Adjudication of set choices"): the marathon
volunteers' ``tshirt_size`` (written ``None``) is ``body_measurement``, the gold conventions
table's row for a person's worn size.

Values are Faker zh_CN (seeded) and random numbers with the check digits of their standards
(``heldout8.idgen``): no real person's data. Rows: 60 a table by default; reference date
2026-12-06; seed 920261206.
"""

from piplkit.discover.evaluation.heldout9.build import DEFAULT_SEED, REFERENCE_DATE, generate

__all__ = ["DEFAULT_SEED", "REFERENCE_DATE", "generate"]
