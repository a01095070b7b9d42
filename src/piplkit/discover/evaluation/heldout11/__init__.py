"""Held-out set 11: business tables written BLIND by a ninth examiner (issue 11, 2026-12-07).

Written without reading the column classifier (``piplkit.discover.scan``), the detector
(``piplkit.discover.detect``), their header and value data, ``tests/scan``, ``tests/detect`` or
the earlier sets' table, person and value modules. Read were only: the PI catalogue's type ids
(``assess/law/data/pi_types.yaml``), the user docs from "Business tables" on (gold conventions,
manifest, scoring, the earlier sets' prose, to choose other domains), set 3's conventions, set
6's choices a-q, set 7's 1-18, set 8's 1-22, set 9's 1-29 and set 10's 1-33, and the shared
plumbing (``heldout_files.write_set``, set 6's ``spec`` with ``draw_people_table`` and
``STYLES``, set 7's ``writers``, set 8's ``idgen``, ``breakdowns``, the bench runner, set 9's
bench script and set test as models). The classifier was never run on the set before it was
committed.

GOLD CONVENTIONS: set 3's fifteen conventions, set 6's choices a-q, set 7's choices 1-18, set 8's
choices 1-22, set 9's choices 1-29 and set 10's choices 1-33 apply VERBATIM (see
``piplkit.discover.evaluation.heldout3`` ... ``heldout10``), so the scores compare.

CHOICES WHERE THOSE ARE SILENT (written before the set was generated, never changed after):

1. An arable-land subsidy's subsidised area (亩), amount and land-plot code are ``None``; the
   farmer's subsidy card (惠农一卡通, a bank card) is ``bank_card``.
2. A miner's shaft-entry and exit times, working face and lamp number are ``None``; a
   pneumoconiosis exam conclusion is ``health_record``; a special-operation certificate is
   ``None`` (choice a).
3. An esports player's in-game name is ``account_name`` (set 8's choice 11); the player's
   position (打野, 辅助) and the team are ``None``; the monthly salary is ``income``.
4. An influencer's platform handle is ``account_name``; follower counts, GMV and the agency's
   commission split are ``None``; the monthly settlement paid to the influencer is ``income``.
5. A hearing-aid client's audiogram thresholds (dB HL by ear) and hearing-loss grade are
   ``health_record`` (set 7's choice 3); the aid's model and serial are ``None`` (a product).
6. A tutoring platform's child's school year is ``education`` (set 7's choice 15); subjects and
   lesson balances are ``None`` (choice l); the parent's phone is ``cn_mobile``.
7. A canteen card's balance is ``account_balance`` (choice h); a list of the holder's dated meal
   purchases is ``transaction_record`` (choice j); the card number is ``None``.
8. An elevator's registration code, site and fault are ``None``; the maintenance worker's name
   and mobile keep their types; the worker's certificate is ``None`` (choice a).
9. An overseas-study client's IELTS/TOEFL score, current school and target programme are
   ``education``; the parents' annual income is ``income``; the agency fee is ``None``.
10. A visa applicant's visa category, appointment slot and whether fingerprints were taken are
    ``None``; the applicant photo path is ``face_image``; a list of past trips with dates is
    ``trajectory``; the booked hotel with its dates is ``accommodation_record``.
11. A driving-school learner's test subject scores and training hours are ``None`` (a licensing
    exam, choice a); the school's training car plate is ``None`` (set 10's choice 16).
    (Adjudicated 2026-12-07: the subject score is ``education``, the gold conventions table's
    考试成绩 row, as set 8 has it; see docs/evaluation.md, "Adjudication of set choices".)
12. A lottery winner's prize is ``None`` (choice l); the winner's bank card keeps its type; the
    ticket serial is ``None``.
13. A ski rental customer's boot size, height and weight are ``body_measurement``; ski level,
    locker and rental set are ``None``.
14. A phone-recycling seller's phone IMEI is ``imei`` (the person's own device until sold); the
    grade and price offered are ``None``.
15. A rented flat in a long-stay apartment is ``address`` (convention 12); the tenant's
    smart-lock PIN is ``password``; monthly rent is ``None``.
16. A sleep-clinic AHI and lowest SpO2 are ``health_record`` (set 7's choice 3); neck
    circumference is ``body_measurement``.
    (Adjudicated 2026-12-07: the lowest SpO2 is ``body_measurement``, the gold conventions
    table's 血氧 row, as set 9 has it; see docs/evaluation.md, "Adjudication of set choices".)
17. An ancestry DNA kit's haplogroup and ancestry shares are ``genetic_data``; the kit barcode is
    ``None``.
18. A foreign employee's permanent-resident ID is ``foreign_permanent_resident_id``, nationality
    ``nationality``, passport ``passport``; the work-permit number is ``None`` (choice a).
19. A cross-border commuter's list of dated port crossings is ``trajectory``; one port name is
    ``None``.
20. A campus network's user device IPv6 and MAC are ``ipv6``/``mac_address``; the access point
    is ``None``; the net login is ``account_name``.
21. A roaming log's subscriber IMSI is ``imsi``; the visited network and cell id are ``None``.
22. A serviceman's officer or soldier card number (军官证号) is ``military_id``.
23. A social-security card number (社保卡号) is ``social_security_card``; the card's bank is
    ``None``.
24. A sexual-health clinic's orientation answer is ``sexual_orientation``; its HIV/syphilis
    test results are ``health_record``.
25. A legacy app export's password column (plain or a hash) is ``password``.
26. An Excel date serial typed as a number in a birth column is ``birth_date``; in a
    non-PI date column it is ``None``.
27. A JSON cell listing a person's emergency contacts (name and phone) is ``contacts``.
28. A note in a header (``电话（必填）``, ``体重(kg)``) does not change the column's type.
29. A 12345 hotline caller's complaint text in their own words is ``communication_record``
    (set 9's choice 28); the department it was referred to is ``None``.
30. A wedding studio's shoot date, package and the bride/groom role label are ``None``; both
    partners' names and phones keep their types.

Values are Faker zh_CN (seeded) and random numbers with the check digits of their standards
(``heldout8.idgen``): no real person's data. Rows: 60 a table by default; reference date
2026-12-07; seed 1120261207.
"""

from piplkit.discover.evaluation.heldout11.build import DEFAULT_SEED, REFERENCE_DATE, generate

__all__ = ["DEFAULT_SEED", "REFERENCE_DATE", "generate"]
