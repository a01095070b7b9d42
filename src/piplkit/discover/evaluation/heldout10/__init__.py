"""Held-out set 10: business tables written BLIND by an eighth examiner (issue 11, 2026-12-06).

Written without reading the column classifier (``piplkit.discover.scan``), the detector
(``piplkit.discover.detect``), their header and value data, ``tests/scan``, ``tests/detect`` or
the earlier sets' table, person and value modules. Read were only: the PI catalogue's type ids
(``assess/law/data/pi_types.yaml``), the user docs from "Business tables" on (gold conventions,
manifest, scoring, the earlier sets' prose, to choose other domains and table kinds), set 3's
conventions, set 6's choices a-q, set 7's choices 1-18, set 8's choices 1-22 and set 9's choices
1-29, and the shared plumbing (``heldout_files.write_set``, set 6's ``spec`` with
``draw_people_table`` and ``STYLES``, set 7's ``writers``, set 8's ``idgen`` for check digits,
``breakdowns``, the bench runner, set 9's bench script and set test as models). The classifier
was never run on the set before it was committed.

GOLD CONVENTIONS: set 3's fifteen conventions, set 6's choices a-q, set 7's choices 1-18, set 8's
choices 1-22 and set 9's choices 1-29 apply VERBATIM (see ``piplkit.discover.evaluation.heldout3``,
``heldout6``, ``heldout7``, ``heldout8``, ``heldout9``), so the scores compare.

CHOICES WHERE THOSE ARE SILENT (written and committed before the set was generated, never
changed after):

1. A blood donor's pre-donation check result and deferral reason (``血红蛋白偏低``,
   ``转氨酶升高 暂缓``) are ``health_record``; the volume donated (ml), the number of past
   donations and the donor card number are ``None``.
2. In a prison's visitor log the inmate's number (罪犯编号) and ward (监区) are ``None`` (keys and
   places); the inmate's charge and sentence are ``criminal_record`` (set 8's choice 4); the
   visitor's relation to the inmate is ``family_relationship``; the visiting window and the
   minutes are ``None``.
3. A pawnshop's pawned item and its appraisal (``足金项链 25.3g``), the pawn ticket number, the
   loan and the monthly fee are ``None``; a pledged flat's certificate number is ``real_estate``.
4. A scrap-metal or second-hand-goods real-name register's goods, weights and prices are
   ``None``; the seller's name, ID and plate keep their types.
5. An internet cafe's terminal number and the terminal's LAN IP are ``None`` (the cafe's
   machine, as a server); the customer's member login is ``account_name``; session times are
   ``None``.
6. A named customer's refraction at an optician (sphere, cylinder, axis, corrected acuity) is
   ``health_record``; the pupillary distance (瞳距) is ``body_measurement``; frame and lens
   models are ``None``.
7. A confinement centre's delivery mode (顺产/剖宫产) and postpartum check are
   ``health_record``; the baby's birth weight is ``body_measurement``; the suite is ``None``.
8. A native place (籍贯, a province and county of origin) is ``None`` (no catalogue type; not
   where the person lives).
9. A domestic helper's service kind (月嫂, 育儿嫂, 住家保姆) is ``job_title`` (set 6's choice f);
   her expected monthly pay is ``income`` (set 7's choice 9); her health-certificate number is
   ``None`` (choice a).
10. One ticket's route or scenic spot and its date (a ferry crossing, a park booking) are
    ``None``; a passenger's list of dated trips is ``trajectory``.
11. A clothing size of a named person (``T恤尺码`` S/M/L, children's 130/140) is
    ``body_measurement``, as set 9's shoe size.
12. A conscript applicant's uncorrected visual acuity (裸眼视力 4.8) is ``health_record`` (an
    exam result); height and weight are ``body_measurement``; the service intention is ``None``.
    (Adjudicated 2026-12-07: the acuity is ``body_measurement``, the gold conventions table's
    视力 row; see docs/evaluation.md, "Adjudication of set choices".)
13. A marriage registry's registration kind (结婚登记, 离婚登记, 补领结婚证) is
    ``marital_status``; the certificate number is ``None`` (choice a); the spouse's name is
    ``person_name``.
14. A household-registration move's former and new registered addresses are ``address``; the
    reason for the move (投靠配偶, 工作调动) is ``None``.
15. An e-bike's local plate (``浙A·12345``) is ``license_plate`` (it identifies a vehicle the
    person uses); its frame and motor numbers are ``None`` (set 7's choice 18); a consumer
    drone's serial number in a real-name registry is ``None`` (a product serial).
16. A company's own vehicles (a mover's trucks, a shop's vans) have plates and VINs that are
    ``None`` (set 7's choice 13 reasoning); a private car's plate in a car wash's or a car
    park's membership is ``license_plate``.
17. A parcel station's pickup code (取件码) is ``None``; a column of a phone's last four digits
    (``尾号5678``) is ``cn_mobile`` (convention 6: a masked value keeps its type).
18. A church roll's denomination and whether the member is baptised are ``religion`` (set 7's
    choice 8); the baptism date is ``None`` (convention 8); a temple's lamp-offering wish
    (祈愿) and amount are ``None``; a dharma name is ``person_name`` (set 7's choice 2).
19. A library reader's list of borrowed titles with dates is ``browsing_history`` (set 7's
    choice 12 reasoning); one current loan's title and due date are ``None``.
20. A housing provident fund account number is ``None`` (a key); its balance is
    ``account_balance`` (set 6's choice h); the contribution base (缴存基数, the person's average
    monthly wage) and the monthly contribution are ``income``.
    (Adjudicated 2026-12-07: the monthly contribution is ``None``, an amount like the table's
    社保个人部分; see docs/evaluation.md, "Adjudication of set choices".)
21. A background check's former employer is ``employer``; the reason for leaving and the
    check's overall conclusion (通过/存疑) are ``None``; a verified degree is ``education``; a
    former salary is ``income``; a no-crime result is ``criminal_record`` (set 7's choice 6).
22. A driving licence's class (准驾车型 C1) and its expiry date are ``None``; the licence
    number stays ``driver_license`` (convention 13).
23. A parking space (``B2-137``) and a school-bus stop are ``None``; a home flat stays
    ``address``.
24. The address of a flat an owner lists for sale or rent at an estate agent is ``address``
    (convention 12) even when the owner lives elsewhere; asking price and floor area are
    ``None``.
25. A shared-bike ride's start and end coordinates are ``geo_coordinates``; its route polyline
    is ``trajectory``; the bike number is ``None``.
26. A medical crowdfunding patient's diagnosis and treatment are ``health_record``; raised and
    target amounts are ``None``; the treating hospital is ``None`` (an organisation).
27. A birth certificate number (出生医学证明编号) is ``None`` (choice a); a newborn's gestational
    weeks at birth are ``health_record`` (set 7's choice 3); the newborn's birth time is
    ``birth_date`` (set 7's choice 1).
28. A cell of JSON is typed by what it holds: an object of one person's latitude and longitude
    is ``geo_coordinates``; an object of product attributes is ``None``.
29. A cell holding several values of one type (two mobiles joined by ``/`` or ``；``) keeps
    that type.
30. Serials of shop equipment (POS terminals, cameras, a vending machine's modem IMEI) are
    ``None`` (set 7's choice 13); a shop camera's IP and MAC are ``None`` (convention 11).
31. A named customer's hair-dye or tattoo-ink patch test and allergy are ``health_record``; a
    tattoo's design and body placement are ``None`` (a service ordered).
32. A KTV room, a bathhouse locker and a technician's number (技师号) are ``None``; the
    technician's name is ``person_name``.
33. An order or ticket number shaped like a mobile (11 digits starting with 1) is ``None``
    (convention 4).

Values are Faker zh_CN (seeded) and random numbers with the check digits of their standards
(``heldout8.idgen``): no real person's data. Rows: 60 a table by default; reference date
2026-12-06; seed 1020261206.
"""

from piplkit.discover.evaluation.heldout10.build import DEFAULT_SEED, REFERENCE_DATE, generate

__all__ = ["DEFAULT_SEED", "REFERENCE_DATE", "generate"]
