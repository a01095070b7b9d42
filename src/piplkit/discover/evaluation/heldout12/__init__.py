"""Held-out set 12: business tables written BLIND by a tenth examiner (issue 11, 2026-12-07).

Written without reading the column classifier (``piplkit.discover.scan``), the detector
(``piplkit.discover.detect``), their header and value data, ``tests/scan``, ``tests/detect`` or
the earlier sets' table, person and value modules. Read were only: the PI catalogue's type ids
(``load_catalogue()``), the user docs from "Business tables" on (gold conventions, manifest,
scoring, the earlier sets' prose, to choose other domains), set 3's conventions, set 6's choices
a-q, set 7's 1-18, set 8's 1-22, set 9's 1-29, set 10's 1-33 and set 11's 1-30, and the shared
plumbing (``heldout_files.write_set``, set 6's ``spec`` with ``draw_people_table`` and
``STYLES``, set 7's ``writers``, set 8's ``idgen``, ``breakdowns``, the bench runner, set 11's
bench script and set test as models). The classifier was never run on the set before it was
committed.

GOLD CONVENTIONS: set 3's fifteen conventions, set 6's choices a-q, set 7's choices 1-18, set 8's
choices 1-22, set 9's choices 1-29, set 10's choices 1-33 and set 11's choices 1-30 apply
VERBATIM (see ``piplkit.discover.evaluation.heldout3`` ... ``heldout11``), so the scores compare.

CHOICES WHERE THOSE ARE SILENT (written before the set was generated, never changed after):

1. A cinema member's stored-value balance is ``account_balance`` (choice h) and the list of
   dated snack purchases ``transaction_record`` (choice j); the level, hall preference, last
   film and card number are ``None``; an officer card shown for a military discount is
   ``military_id`` (set 11's choice 22).
2. A waste-sorting points register's flat is the household's ``address`` (convention 12); the
   drop point, waste type, the bag's weight (kg) and the points are ``None``.
3. A community grid's key-person category (刑满释放, 社区矫正, 吸毒) is ``criminal_record``
   (set 7's 6, set 8's 4); the grid code and residence status (人户一致) are ``None``.
4. A campus gate's snapshot is ``face_image``, its fingerprint template ``biometric`` (set 8's
   15 and 22), a body temperature ``body_measurement``; the gate, pass mode, person type, the
   gate's serial and IP and the student/staff number are ``None``.
5. A cross-border buyer's nickname is ``account_name``; a list of goods the buyer viewed is
   ``browsing_history``; the declared amount, tax, SKU, EAN, pay serial and customs status are
   ``None``; a phone-shaped order number is ``None`` (set 10's 33).
6. A used-car seller's own car (in the intake register) has plate and VIN of types
   ``license_plate`` and ``vin`` (the person's vehicle until sold, as set 11's 14 for a phone);
   in the dealer's stock list the VIN and former plate are ``None`` (the company's cars, set 7's
   13, set 10's 16); mileage and prices are ``None``; the payee card is ``bank_card``.
7. A micro-loan collection list's overdue status and overdue days are ``credit_record`` (set
   7's 11; the business conventions list 逾期天数 there); the amount due is ``None``; the
   emergency contacts as JSON or as a text list are ``contacts`` (set 11's 27); the borrower's
   last location is ``geo_coordinates``; the borrower's reply is ``communication_record`` (set
   9's 28); a mortgaged flat's certificate number is ``real_estate``.
8. A kindergarten pick-up log's pick-up person's relation is ``family_relationship``, the
   pick-up photo ``face_image`` (set 8's 22), the WeChat id ``wechat_id``; class, time and
   pick-up card are ``None``.
9. A gaokao registration's candidate number is ``None`` (choice a); the secondary school and
   total score are ``education`` (choice d); the subject track and foreign-language choice are
   ``None`` (exam options); the exam's height is ``body_measurement`` and uncorrected vision
   ``health_record`` (set 10's 12).
   (Adjudicated 2026-12-07, after set 12's first run: the acuity is ``body_measurement``, the
   gold conventions table's 视力 row; see docs/evaluation.md, "Adjudication of set choices".)
10. A manning agency's seaman's book number is ``None`` (set 8's 17); rank is ``job_title``
    (choice f); vessel, port, contract months and sign-on date are ``None``; the monthly wage
    in USD is ``income``; the medical conclusion is ``health_record`` (set 9's 1); a police
    clearance result is ``criminal_record`` (set 7's 6).
11. An elderly home's care tier (自理/半护理/全护理) is ``None`` (a service tier the home
    sells); chronic disease is ``health_record``; the prepaid deposit's balance is
    ``account_balance``; monthly fee and bed are ``None``; an adult resident's age is ``age``.
12. An international school applicant's grade applied for is ``education`` (set 7's 15); the
    household's annual income (万元) is ``income``; a parent's permanent-resident ID is
    ``foreign_permanent_resident_id``; tuition and school-bus stop are ``None``.
13. An ETC issue's OBU serial is ``None`` (a device the operator issues); a dated list of toll
    stations passed is ``trajectory`` (set 10's 10); vehicle class and card type are ``None``.
14. A public-rental applicant's monthly household income is ``income``; the property
    certificate is ``real_estate``; family size and unit type are ``None``.
15. A mall Wi-Fi log's private IP leased to a shopper's device is ``ipv4`` (convention 11); the
    client MAC and IPv6 are ``mac_address``/``ipv6``; the AP name and AP MAC are ``None`` (the
    mall's equipment); visited domains are ``browsing_history``; minutes and MB are ``None``.
16. A phone-repair customer's handset IMEI is ``imei`` and SIM IMSI ``imsi``; the screen
    passcode is ``password``; model, fault and quote are ``None``.
17. An online consultation's patient message is ``communication_record`` (set 9's 28); the
    preliminary diagnosis and prescribed drug are ``health_record`` (convention 9); the
    orientation answer is ``sexual_orientation`` (set 11's 24); the submission IP ``ipv4``.
18. A SIM activation's new number is the subscriber's ``cn_mobile``; ICCID ``device_id``; IMSI
    ``imsi``; handset IMEI ``imei``; the live photo ``face_image``; plan and dealer code ``None``.
19. A car-sharing member's sesame credit score is ``credit_record``; wallet balance
    ``account_balance``; the operator's car plate and VIN ``None`` (set 10's 16); the location
    where the member left the car ``geo_coordinates`` (convention 10); the station ``None``.
20. A cycling club entrant's sports gene test (ACTN3/ACE genotypes) is ``genetic_data`` (choice
    c); blood type ``health_record``; a dated list of rides ``trajectory``; the bike frame
    number and policy number ``None``.
21. A newborn deafness-gene screening result is ``genetic_data``; ``<mother>之子`` is
    ``person_name`` (set 7's 2); sample number and hospital are ``None``.
22. A children's art school's remaining lessons are ``None`` (choice l), the tuition balance in
    money ``account_balance`` (choice h), the primary school ``education``, allergies
    ``health_record``.
23. A theme-park annual pass's entrance face photo is ``face_image`` and fingerprint template
    ``biometric``; pass type, expiry and visit count are ``None``.
24. A remitter's permanent-resident ID, nationality code and passport keep their types (set
    11's 18); the beneficiary card is ``bank_card``; amount, currency and purpose are ``None``.
25. A bank's HK/Macao/Taiwan customers: 港澳通行证 ``hk_macau_permit`` (choice b), 台胞证
    ``taiwan_permit``; the risk level is ``None`` (set 9's 12).
26. An expo visitor's company is ``employer`` (convention 2); a hotel with its dates is
    ``accommodation_record`` (set 11's 10); booth and products are ``None``.
27. An RV camp's list of the booker's past camp stays with dates is ``accommodation_record``;
    the pitch is ``None`` (convention 12); vehicle length ``None``.
28. A metro ride code's login is ``account_name``, OAID ``device_id``, a dated list of stations
    ``trajectory``, balance ``account_balance``; ride counts and charges are ``None``.
29. A retired cadre's pension is ``income`` (choice e) and officer card ``military_id``; the
    party branch is ``None`` (choice p, set 7's 16).
30. A job-fair visitor's expected salary band is ``income`` (set 7's 9); the position they want
    (意向岗位) is ``None`` (the vacancy's, set 8's 16 reasoning); the booth is ``None``.
31. In tables without people: a charging station's coordinates, a sorting point's and a grid
    incident's coordinates are ``None`` (places, set 7's 13); a pile modem's IMEI is ``None``
    (set 10's 30); an operator's switchboard and 400 number are ``None`` (convention 2); an
    exhibitor's USCC is ``cn_uscc`` and leaves the table without PI (convention 1).
32. A two-column lookup of member number to mobile keeps ``cn_mobile``; a staff extension list's
    names are ``person_name`` and the extensions ``None``.
33. In a B2B ERP outbound export the ship-to address is ``None`` (a customer company's site,
    convention 2); the consignee's and salesperson's names and the consignee's mobile keep
    their types (convention 3); a corporate bank account is ``None``.
34. A CRM account export's contact person's name, title, mobile, email and WeChat keep their
    types (convention 3); company address, phone, revenue, headcount and capital are ``None``.
35. A header written colloquially (``孩子生日``, ``卡里还剩``), in full pinyin (``shoujihaoma``)
    or pinyin initials (``sjhm``), or mixed (``手机号码(MOBILE)``) does not change the column's
    type (set 11's 28 reasoning); an opaque header keeps the value's type (set 9's 24).
36. A gender written ``M``/``F`` is ``gender``; a nationality written as an ISO code (``USA``)
    is ``nationality``.

Values are Faker zh_CN (seeded) and random numbers with the check digits of their standards
(``heldout8.idgen``): no real person's data. Rows: 60 a table by default; reference date
2026-12-07; seed 1220261207.
"""

from piplkit.discover.evaluation.heldout12.build import DEFAULT_SEED, REFERENCE_DATE, generate

__all__ = ["DEFAULT_SEED", "REFERENCE_DATE", "generate"]
