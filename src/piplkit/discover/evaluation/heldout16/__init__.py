"""Held-out set 16: business tables written BLIND by a fourteenth examiner (issue 11, 2026-12-07).

Written without reading the column classifier (``piplkit.discover.scan``), the detector
(``piplkit.discover.detect``), their header and value data, ``tests/scan``, ``tests/detect`` or
the earlier sets' table, kind, build, person and value modules. Read were only: the PI
catalogue's type ids (``assess/law/data/pi_types.yaml``), docs/evaluation.md from "Business
tables" on (the gold conventions table with its adjudication; the earlier sets' prose only to
choose other domains, their error lists not used), the package docstrings of sets 3 and 6 to 15
(their conventions and numbered choices, and their domain words), and the shared plumbing
(``heldout_files.write_set``, set 6's ``spec`` and the ``write_book`` of its ``writers``, set 7's
``writers``, set 8's ``idgen``, ``breakdowns``, the bench runner, set 15's bench script, the
set-test module with ``heldout_checks``). The classifier was never run on the set before it was
committed.

GOLD CONVENTIONS: the gold conventions table of docs/evaluation.md (which wins over any set's
choice), set 3's fifteen conventions, set 6's choices a-q, set 7's 1-18, set 8's 1-22, set 9's
1-29, set 10's 1-33, set 11's 1-30, set 12's 1-36, set 13's 1-41, set 14's 1-24 and set 15's
1-35 apply VERBATIM, as adjudicated on 2026-12-07 (see ``piplkit.discover.evaluation.heldout3``
... ``heldout15``), so the scores compare.

CHOICES WHERE THOSE ARE SILENT (fixed with the table specs, before the set was first generated;
never changed after):

1. A climbing gym: the climbing grade, the visits left on a punch card and the insurance policy
   number are ``None`` (choice l, set 9's 9, convention 4); the shoe size is
   ``body_measurement`` (the worn-size row); the stored balance ``account_balance`` (choice h);
   the emergency contact's name and phone ``person_name``/``cn_mobile`` (convention 14).
2. A children's choir: the voice part, attendance and tuition are ``None``; the school and the
   school year are ``education`` (set 7's 15); a stage costume size is ``body_measurement``;
   the parent's relation ``family_relationship``.
3. Cableway real-name tickets: the ticket type, a phone-shaped ticket number (set 10's 33), the
   cabin, the ride time, the fare, the payment channel and the ID-type column are ``None``; the
   gate's entry photo is ``face_image`` (set 13's 14).
4. Tobacco retail licences: the licence number is ``None`` (choice a); the shop's name and
   address are ``None`` (convention 2: a store's); the certificate number of the licensee's
   premises is ``real_estate`` (convention 12); the licensee's USCC is ``cn_uscc``; the monthly
   carton quota ``None``; the tobacco company's account manager is staff (``person_name``).
5. A precursor-chemical purchase register: the chemical, CAS number, quantity, declared use,
   filing number and date are ``None`` (set 9's 4); the buyer's workplace is ``employer``
   (convention 2); the clerk is staff.
6. A trademark agency's applications: mark name, Nice class, application number, fee and status
   are ``None``; an individual applicant's mailing address is ``address``; the agent is a person.
7. An antique shop's purchase register: item, era, price, lot number and the seller's stated
   provenance are ``None`` (set 10's 4); the card the seller is paid to is ``bank_card``.
8. An e-cigarette shop: the age-verification status is ``None`` (set 8's 13); the flavour, pods
   left (choice l) and the store are ``None``; the device serial is ``None`` (a product serial,
   set 10's 15); the dated purchase list is ``transaction_record`` (choice j).
9. A murder-mystery game store: the player's nickname is ``account_name`` (set 8's 11); the
   script, the role played, the room, the price and whether the game ran are ``None``; a phone
   tail (``尾号1234``) is ``cn_mobile`` (set 10's 17).
10. A board-game cafe: the member number is ``None`` (convention 4); the table, hours, amount and
    points are ``None``; the app's dated list of game pages viewed is ``browsing_history`` (set
    7's 12); the login IP ``ipv4``.
11. A study tour: the class is ``None`` (set 6's p); route, room and insurance number ``None``;
    the allergy ``health_record`` (``无过敏`` included: a stated absence is still the child's
    record); height ``body_measurement``; the child's wristband's timed position chain
    ``trajectory`` (convention 10).
12. An early-education centre: package and lessons left are ``None`` (choice l); the package
    balance in yuan is ``account_balance``; the sign-in photo of the baby ``face_image``; the
    consultant's code (``CC07``) ``None`` (a staff key, convention 4).
13. Rafting: an adult's age is ``age``; weight ``body_measurement``; the health declaration
    ``health_record`` (set 13's 37); a JSON list of emergency contacts ``contacts`` (set 11's
    27); the visitor's own car plate ``license_plate`` (set 10's 16); boat, start time and
    deposit ``None``.
14. A seal-engraving register: the company the seal is cut for is ``None`` and its USCC
    ``cn_uscc`` (the seal is the company's; the client acts for it); seal type, code and
    material ``None``; the client's photo ``face_image``; a landline in ``电话2`` ``cn_landline``.
15. Currency exchange: currency, amount (written as text), rate, serial and teller number are
    ``None``; a foreign permanent resident ID is ``foreign_permanent_resident_id``.
16. Departure tax refunds: store, amounts, exit port and flight number are ``None`` (table row
    航班号); the traveller's dated hotel stays are ``accommodation_record`` (set 11's 10); the
    refund card ``bank_card``; a home-return permit ``hk_macau_permit`` (choice b).
17. A freight forwarder's personal-effects bills of lading: B/L, container, goods, weight,
    freight and port are ``None``; the consignee's home delivery address is ``address`` (a
    person, not a B2B site); a privately owned car shipped keeps ``vin`` and ``license_plate``
    (set 12's 6: the person's own vehicle); a 台胞证 is ``taiwan_permit``.
18. Tuberculosis follow-up: diagnosis, regimen and adherence (漏服) are ``health_record``
    (convention 9: a named patient's medication); weight ``body_measurement``; the registration
    number ``None``; the supervising doctor is staff.
19. Left-behind children: the parents' work city is ``None`` (a city, as set 10's 8 native
    place); the parents' employer ``employer``; household annual income ``income`` (set 13's
    16); health status ``health_record``; the mentor (a cadre) ``person_name``.
20. A children's welfare home: admission date, bed and placement status are ``None``; blood
    type is ``health_record`` (choice c); the condition ``health_record``; the ethnicity
    ``ethnicity``.
21. People's jurors: political status is ``None`` (set 7's 16); cases heard ``None``; the
    criminal-record answer ``criminal_record``; occupation ``job_title``.
22. Auxiliary police recruitment: the application number is ``None`` (choice a); vision is
    ``body_measurement`` (table row 视力); the written score ``education`` (table row 考试成绩);
    the vetting opinion ``criminal_record`` (set 7's 6); personal credit ``credit_record``; the
    officer/soldier card ``military_id`` (set 11's 22); the driving licence ``driver_license``.
23. A clinical trial's subject identification log: subject and randomisation numbers are
    ``None`` (set 9's 7); name initials ``person_name`` (set 7's 2); adverse events
    ``health_record``; a CYP2C19 genotype ``genetic_data`` (choice c); a questionnaire's
    orientation ``sexual_orientation`` (set 11's 24); the stipend card ``bank_card``.
24. A comic convention: a cosplayer's circle name (``CN``) is ``account_name`` (set 8's 11); a
    numeric Bilibili UID ``None`` (convention 4); the character played and the ticket type
    ``None``; the entry face photo ``face_image`` and its feature value ``biometric`` (set
    13's 14); OAID ``device_id``; the buyer's phone IMEI ``imei``; the order IPv6 ``ipv6``.
25. Domestic-violence help cases: the relation to the abuser is ``family_relationship``; the
    abuser's name ``person_name`` and violation record ``criminal_record``; the injury
    ``health_record``; the request in the client's own words ``communication_record`` (set 9's
    28); shelter bed, date and number of children ``None``.
26. Special-equipment operator exams: the operation category (``N1叉车司机``) is ``job_title``
    (set 6's f, set 15's 12); the certificate number ``None`` (choice a); theory and practical
    scores ``education`` (table row 考试成绩); the medical conclusion ``health_record``; the
    social-security card ``social_security_card``.
27. A pottery studio: course, work number, glaze and firing status are ``None``; the address a
    finished piece is sent to is ``address``; the balance ``account_balance``.
28. Guitar lessons: a graded exam level is ``education`` (set 7's 15); guitar type, lessons left
    and fee are ``None``; the teacher named by appellation (``刘老师``, ``Kevin``) is
    ``person_name`` (table row).
29. A model-aircraft club: the model and the radio's serial are ``None`` (a product, set 10's
    15); the flying field's coordinates ``None`` (a site, set 7's 13); login ``account_name``,
    password ``password``; the member's video transmitter MAC ``mac_address`` (convention 11);
    its 4G card's IMSI ``imsi``.
30. A teahouse: favourite tea, room and stored tea (counted in cakes, choice l) are ``None``;
    the balance ``account_balance``; the consumption list ``transaction_record``; the member's
    car plate ``license_plate`` (set 10's 16).
31. A header's spelling (colloquial, pinyin initials, camelCase, a vendor prefix, Title Case, an
    opaque ``col_3``/``字段5``/``F07``) does not change a column's type (set 12's 35, set 13's 32).
32. A homeless relief station: the native place is ``None`` (set 10's 8); the place found
    (``火车站广场``) ``None`` (a place name); the coordinates where the person was found
    ``geo_coordinates`` (convention 10); a religion given for meals ``religion`` (set 13's
    17); photo ``face_image``; fingerprint ``biometric``; an adult's age ``age``.
33. Camera rental: the sesame credit score is ``credit_record`` (table row 芝麻分); the gear and
    its serial are ``None`` (the shop's equipment, set 10's 30); a phone-shaped order number
    ``None``; the login device ID ``device_id``.
34. Wide exports: in the forwarder's B2B booking export the warehouse delivery address is
    ``None`` (set 12's 33), the contact's and the salesperson's name, mobile, email and WeChat
    keep their types, the customer's tax number is ``cn_uscc``; in the CRM the contact's title
    is ``job_title`` and the customer company (``客户名称``/``Account Name``), its address,
    phone, headcount and revenue are ``None``.
35. Narrow lookups: a member number beside a mobile is ``None`` (set 12's 32); a plate beside
    an owner ``license_plate`` (set 14's 24); an ID beside a verification result
    ``cn_resident_id`` and ``None``; a teller number beside a name ``None`` and
    ``person_name``.
36. Tables without PI: route and setter codes, equipment serials, CAS numbers, batch numbers,
    phone-shaped order numbers, amounts as text, company names, hotlines and site coordinates
    are ``None``; a USCC is ``cn_uscc`` and leaves the table without PI (convention 1).

Values are Faker zh_CN (seeded) and random numbers with the check digits of their standards
(``heldout8.idgen``): no real person's data. Rows: 60 a table by default; reference date
2026-12-07; seed 1620261207.
"""

from piplkit.discover.evaluation.heldout16.build import DEFAULT_SEED, REFERENCE_DATE, generate

__all__ = ["DEFAULT_SEED", "REFERENCE_DATE", "generate"]
