"""Held-out set 7: business tables written BLIND by a fifth examiner (issue 11, 2026-12-06).

Written without reading the column classifier (``piplkit.discover.scan``), the detector
(``piplkit.discover.detect``), their header and value data, ``tests/scan`` or the earlier sets'
tables and value modules. Read were only: the PI catalogue's type ids (``load_catalogue()``),
the user docs' gold conventions, manifest and scoring sections and the earlier sets' prose
descriptions (to choose other domains), set 3's and set 6's written conventions, and the
shared plumbing (``heldout_files.write_set``, set 6's ``spec`` which this set imports, the
bench runner). The set has never been scored by its author; the classifier was never run on it.

GOLD CONVENTIONS: set 3's fifteen conventions and set 6's seventeen choices (a-q, see
``piplkit.discover.evaluation.heldout6``) apply VERBATIM, so the scores compare: organisations'
data is not PI, staff are people, internal record keys are ``None``, masked values keep their
type, a mixed column takes the type of >= 80 % of its real values, amounts, dates and statuses
are ``None`` except a person's balance, pay, transaction descriptions and credit results;
licence and certificate numbers are ``None``; a home-return permit is ``hk_macau_permit``;
blood type is ``health_record``, HLA typing and genotypes ``genetic_data``; exam scores and a
child's school are ``education``; a pension is ``income``; a worker's trade is ``job_title``;
stored-value balances are ``account_balance``; lesson balances, levels, seats and prizes are
``None``; pinyin names are ``person_name``; a village, team or group used to group rows is
``None``; a sparse column takes the type of the values present. Sensitivity is left to the
scorer (catalogue on the evaluation date, or a resident-ID/birth-date column holding someone
under 14); no ``age`` column describes children.

CHOICES WHERE THOSE CONVENTIONS ARE SILENT (fixed and committed before any scoring):

1. A birth date written with its hour (``1990-05-02 07:30``, a fortune-telling app's
   八字 input, a birth certificate's 出生时间), a lunar-calendar birth date (``庚午年五月初二``),
   a year-month (``1988.03``) and a Chinese-written birth year are ``birth_date``; a zodiac
   animal (生肖) alone is ``None``.
2. A newborn recorded as ``<mother's name>之子/之女`` is ``person_name``; a trial subject's name
   initials (``ZWL``, GCP pseudonymisation) and a Buddhist dharma name (法名) are ``person_name``.
3. Pregnancy facts of a named woman (gravidity 孕次, last menstrual period 末次月经,
   gestational week 孕周, pregnant or not, 孕期/哺乳期 in a nurse roster), a methadone dose, a
   hearing threshold, a pacing percentage, an AHI index, ADL score, disability class/grade,
   a tongue or pulse reading, a TCM pattern and formula, an alcohol test value and an
   injury grade are ``health_record``; a newborn's birth weight and a climber's baseline SpO2
   are ``body_measurement``; a tailor's chest/waist/shoulder measures are ``body_measurement``.
4. A missing person's 体貌特征 (``身高约170cm偏瘦``) is ``body_measurement``.
5. A disability certificate number (残疾人证号: the 18-character resident ID followed by two
   digits of category and grade) is ``cn_resident_id``: it discloses the whole ID number and the
   catalogue has no type for the certificate.
6. A drug user's substance (吸食毒品种类) and a drug history are ``criminal_record`` (违法记录);
   a no-crime check result (``未发现犯罪记录``) is ``criminal_record`` (set 5's choice).
7. A member of a family listed by role (``配偶、长子``), a genealogy's birth order (长子/次女)
   and a paternity case's relation (父子) are ``family_relationship``; a paternity test's STR
   profile, combined paternity index and conclusion are ``genetic_data``.
8. Whether a person has taken refuge (是否皈依, yes/no) is ``religion``.
9. A household's per-capita net income, a minimum-living allowance, a cooperative dividend,
   a rooftop-solar household's annual earnings, a group-buy leader's commission and a job
   seeker's expected-pay band are ``income``; stock options granted, strike prices, bail-like
   deposits (保证金), claims, compensation, subsidies and loan amounts are ``None``.
10. A declared net-worth band (``1000-3000万``) and an asset-proof type are ``None`` (no
    particular account or property is named).
11. A repayment status of a named borrower (正常/逾期) and a BNPL credit decision or score are
    ``credit_record``.
12. A list of recent songs or TV programmes a person played, with times, is
    ``browsing_history``; a fortune-app user's question and a chat or SMS sample are
    ``communication_record``.
13. A demonstration car's VIN at a dealer (the dealer's car) is ``None``; a company vessel's AIS
    position, wind turbines', stations' and stores' coordinates are ``None``; an ICCID is
    ``device_id`` (set 5's choice); a gateway's or greenhouse controller's IMEI is ``None``
    (a machine, not a person's phone).
14. A call sign, a security-guard permit, a lawyer's or doctor's practice number, a CPA member
    number, a land-contract certificate, a skipper certificate, a frequent-flyer number and a
    bag tag are ``None`` (convention a); a Taiwan resident's island ID (``A123456789``) is
    ``None``: the catalogue has no type for it (only the 台胞证 is ``taiwan_permit``).
15. A Mandarin proficiency grade, a go or music exam result and a child's school year
    (``二年级``) are ``education``; the current stage of schooling in a tax deduction form is
    ``education``.
16. A political status (政治面貌) and an ex-serviceman yes/no are ``None`` (no catalogue type).
17. A shared phone number column headed as the guardian's or emergency contact's is
    ``cn_mobile`` of that person; a parents' sign-up sheet's 微信名 (a display name) is
    ``account_name``.
18. A container number, an MMSI, a meter or inverter serial, an ear tag and e-bike frame codes
    are ``None``.

Values are Faker zh_CN (seeded) and random numbers with the check digits of their standards
(``ids``): no real person's data. Rows: 60 a table by default; reference date 2026-12-06.
"""

from piplkit.discover.evaluation.heldout7.build import DEFAULT_SEED, REFERENCE_DATE, generate

__all__ = ["DEFAULT_SEED", "REFERENCE_DATE", "generate"]
