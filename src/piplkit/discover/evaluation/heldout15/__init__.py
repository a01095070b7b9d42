"""Held-out set 15: business tables written BLIND by a thirteenth examiner (issue 11, 2026-12-07).

Written without reading the column classifier (``piplkit.discover.scan``), the detector
(``piplkit.discover.detect``), their header and value data, ``tests/scan``, ``tests/detect`` or
the earlier sets' table, person and value modules. Read were only: the PI catalogue's type ids
(``load_catalogue()``), docs/evaluation.md from "Business tables" on (the gold conventions table
with its adjudication; the earlier sets' prose only to choose other domains), the package
docstrings of sets 3 to 14 (their conventions and numbered choices, and their domain words), and
the shared plumbing (``heldout_files.write_set``, set 6's ``spec`` and ``writers.write_book``, set
7's ``writers``, set 8's ``idgen``, ``breakdowns``, the bench runner, set 14's bench script, the
first lines of set 14's ``build`` for the module's shape, the set-test module with
``heldout_checks``). The classifier was never run on the set before it was committed.

GOLD CONVENTIONS: the gold conventions table of docs/evaluation.md (which wins over any set's
choice), set 3's fifteen conventions, set 6's choices a-q, set 7's 1-18, set 8's 1-22, set 9's
1-29, set 10's 1-33, set 11's 1-30, set 12's 1-36, set 13's 1-41 and set 14's 1-24 apply
VERBATIM, as adjudicated on 2026-12-07 (see ``piplkit.discover.evaluation.heldout3`` ...
``heldout14``), so the scores compare.

CHOICES WHERE THOSE ARE SILENT (written before the set was generated, never changed after):

1. A fireworks real-name purchase register: the product, its category (组合烟花), the quantity,
   the net explosive content and the retail outlet's permit number are ``None``; the outlet's
   address is ``None`` (convention 2); the buyer's name, ID and phone keep their types.
2. A knife shop's real-name sales register: model, blade length (cm), declared use (厨用) and the
   shop's record number are ``None``; the photo of the buyer is ``face_image``; a chef's
   restaurant given as the buyer's workplace is ``employer`` (convention 2).
3. Billiards-hall and mahjong-parlour members: the table or room, hours played and a session's fee
   are ``None``; the stored-value balance is ``account_balance`` (choice h); a cell listing the
   member's dated sessions with amounts is ``transaction_record`` (choice j).
4. Children's fencing, taekwondo and calligraphy/painting classes: belt, rank, weapon, grip hand,
   ranking points and exhibited works are ``None`` (choice l, set 9's 9); the child's school and
   school year are ``education`` (set 7's 15); the guardian's relation is
   ``family_relationship``; the child's height and weight and a uniform (道服/击剑服) size are
   ``body_measurement`` (the worn-size row).
5. Paintball, bungee and paragliding waivers: team, package and jump height are ``None``; the
   participant's weight is ``body_measurement``; a medical declaration (``高血压: 否``) is
   ``health_record`` (set 13's 37); a JSON cell of emergency contacts is ``contacts`` (set 11's 27).
6. A hot-air balloon passenger manifest: the passenger's weight is ``body_measurement``; the
   launch site's coordinates are ``None`` (a place, set 7's 13); a foreign passenger's passport
   and nationality keep their types; the pilot is staff (a person, convention 3); the flight
   number is ``None``.
7. A surf school: a wetsuit size is ``body_measurement`` (worn size); whether the learner can
   swim 200 m and the board number are ``None`` (a skill level and an asset).
8. A children's astronomy camp: the camper's allergy is ``health_record``; the tent and telescope
   group are ``None`` (choice p); the camper's ID and birth date carry the age.
9. A birdwatching tour: the species checklist, the binocular rental and the meeting point are
   ``None``; a participant's own timed GPS track from the tour app is ``trajectory``.
10. An aquarium annual pass: the holder's photo is ``face_image`` and a face feature string
    ``biometric`` (as set 14's zoo pass); visits and pass type are ``None``; a tank's
    water-quality log holds no PI.
11. A self-taught higher-education exam registration (自考): the admission number is ``None``
    (choice a); the registered major and the subject scores are ``education`` (the table's 专业
    and 考试成绩 rows); the candidate's workplace is ``employer``; the exam site is ``None``.
12. A vocational skill-level certification: the trade (电工, 焊工) is ``job_title`` (set 6's f);
    the level applied for or awarded (高级工/三级) and the theory and practical scores are
    ``education`` (set 7's 15, the 考试成绩 row); the certificate number is ``None`` (choice a).
13. A cake-shop order: the text to pipe on the cake (``生日快乐 小明``) is ``None`` (a product
    specification, as set 10's 31 tattoo design); the recipient's name, phone and address keep
    their types; the delivery slot and the cake size are ``None``.
14. A coffee-chain app member: stars or points (not money) are ``None`` (choice l); a stored-value
    balance is ``account_balance``; the dated order list is ``transaction_record`` (choice j);
    the favourite store is ``None``; the OAID is ``device_id``.
15. A supermarket member: the member card number and points are ``None`` (convention 4, choice
    l); a cell listing the items one named member bought is ``transaction_record`` (choice j); a
    receipt's total is ``None``.
16. A liquor store's bottle-keeping (存酒) ledger: cabinet number, brand and bottles kept are
    ``None``; the ID number shown for the age check is ``cn_resident_id``; the member's stored
    balance is ``account_balance``.
17. Takeaway orders: a phone-shaped order number is ``None`` (set 10's 33); a masked phone is
    ``cn_mobile`` (convention 6); the delivery address is ``address`` and the drop-off point
    ``geo_coordinates`` (set 10's 25); the rider (staff) keeps ``person_name``/``cn_mobile``; the
    rider's timed route is ``trajectory`` (set 8's 14); the restaurant's name and address are
    ``None``.
18. Errand-running orders: the item, its weight, the insured value and a photo of the item are
    ``None`` (a thing, set 8's 22 reasoning); the runner's resident ID keeps its type.
19. A fan club's member list: the nickname and a Weibo handle are ``account_name`` (set 8's 11),
    the QQ number ``qq_number``; the fan level and contribution amounts are ``None``.
20. District heating bills: the heated flat is ``address`` (convention 12); the heated area, unit
    price, fee and whether heating is suspended (报停) are ``None``; a prepaid balance is
    ``account_balance``; heat stations and boiler readings are ``None``.
21. Cable TV / IPTV accounts: the set-top box serial and the smart card number are ``None`` (the
    operator's equipment, set 12's 13); the box's MAC in the subscriber's home is
    ``mac_address`` (set 13's 23 for a router); a cell of dated programmes watched is
    ``browsing_history`` (set 7's 12); the package is ``None``.
22. Custom-furniture measuring appointments: the flat measured is ``address`` (convention 12);
    room sizes, the budget and the designer's code are ``None``; the designer is a person.
23. Appliance trade-in subsidies: the old appliance's serial and energy class, the invoice number,
    the subsidy amount and the new model are ``None``; the card paid to is ``bank_card``.
24. Consumer-voucher claims: the voucher code, batch, face value and the store it was spent at are
    ``None``; the claimant's login is ``account_name``, the claiming phone's OAID ``device_id``
    and its IP ``ipv4``.
25. Radiation workers' dose records: the quarterly personal dose equivalent (mSv) is ``None`` (a
    workplace exposure quantity, set 8's 8 reasoning); the occupational exam conclusion and a lens
    finding are ``health_record``; the dosimeter number is ``None``; the hospital or plant the
    worker works for is ``employer``.
26. A cord-blood bank: the baby is the row's subject; ``<mother>之子`` is ``person_name`` (set 7's
    2), the baby's birth date ``birth_date``; the HLA typing is ``genetic_data`` (choice c); the
    mother's blood type ``health_record``; the tank position and the storage fee ``None``.
27. A weight-loss camp: weight, body-fat share, waist and the kilograms lost so far are
    ``body_measurement``; the meal plan and the dormitory are ``None``; the medical history is
    ``health_record``.
28. A family trust's beneficiary list: the relation to the settlor is ``family_relationship``; a
    beneficiary's yearly distribution is ``income`` (set 7's 9, a dividend); the trust's size
    and contract number are ``None`` (set 7's 10).
29. An ICP filing (备案) register: the site's responsible person's name, ID, mobile and email keep
    their types (convention 3); domain, site name, filing number and server IP are ``None``
    (convention 11); the filing company's code is ``cn_uscc``.
30. An e-book reading app: a cell of dated titles read is ``browsing_history`` (set 10's 19);
    a coin balance is ``account_balance`` (set 8's 12); the title open now and minutes read are
    ``None``.
31. Wide ERP/CRM exports: in a B2C export (custom furniture) the customer's delivery address is
    ``address``; in a B2B one (a liquor distributor's dealers) the ship-to site is ``None`` (set
    12's 33); the contact person's name, mobile, email and WeChat keep their types (set 12's 34);
    the dealer's tax number is ``cn_uscc``; every other business field is ``None``.
32. Narrow lookups: a member number beside a mobile is ``None`` and the mobile ``cn_mobile`` (set
    12's 32); an SKU-to-price list and a store-to-phone list hold no PI (convention 2).
33. Tables without PI: permit and record numbers, SKU codes, batch numbers, equipment serials,
    phone-shaped order numbers, amounts written as text, company names, staff counts and
    coordinates of stores and sites are ``None``; a company's USCC is ``cn_uscc`` and leaves the
    table without PI (convention 1).
34. A header's spelling (繁體, colloquial, pinyin initials or full pinyin, a vendor prefix, a note
    or unit, a numbered duplicate, an opaque ``字段7``) does not change a column's type (set 12's
    35, set 13's 32).
35. A gender written ``1``/``2`` (GB/T 2261) or ``M``/``F`` is ``gender``; an age in years of an
    adult is ``age``.

Values are Faker zh_CN (seeded) and random numbers with the check digits of their standards
(``heldout8.idgen``): no real person's data. Rows: 60 a table by default; reference date
2026-12-07; seed 1520261207.
"""

from piplkit.discover.evaluation.heldout15.build import DEFAULT_SEED, REFERENCE_DATE, generate

__all__ = ["DEFAULT_SEED", "REFERENCE_DATE", "generate"]
