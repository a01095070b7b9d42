"""Held-out set 17: mainstream business exports written BLIND by a fifteenth examiner (issue 11,
2026-12-07).

Written without reading the column classifier (``piplkit.discover.scan``), the detector
(``piplkit.discover.detect``), their header and value data, ``tests/scan``, ``tests/detect`` or
the earlier sets' table, kind and value modules. Read were only: the PI catalogue's type ids
(``assess/law/data/pi_types.yaml``), docs/evaluation.md from "Business tables" on (the gold
conventions table with its adjudication; the earlier sets' sections only for which domains and
kinds exist), the package docstrings of sets 3 and 6 to 16 (their conventions and numbered
choices), and the shared plumbing (``heldout_files.write_set``, set 6's ``spec`` and
``writers.write_book``, set 7's ``writers``, set 8's ``idgen``, ``breakdowns``, the bench runner,
set 16's bench script, ``build`` and ``person`` for plumbing, the set-test module with
``heldout_checks``). No earlier set's headers were looked up: every header and value writing is
this examiner's, as the named kind of system writes it. The classifier was never run on the set
before it was committed.

Unlike sets 10 to 16, which chased rare domains, this set measures the MAINSTREAM: the exports a
data-protection officer actually scans (seller order reports, HR rosters, payroll, ATS, HIS and
LIS, card applications, policy lists, telecom CRM, English CRM/shop/payment exports, analytics
events, database dumps, surveys and forms, property, school, gym, waybills, hotels, car dealers,
collections, grid population, visitor logs, call centres). Domains repeat earlier sets' on
purpose.

GOLD CONVENTIONS: the gold conventions table of docs/evaluation.md (which wins over any set's
choice), set 3's fifteen conventions, set 6's choices a-q, set 7's 1-18, set 8's 1-22, set 9's
1-29, set 10's 1-33, set 11's 1-30, set 12's 1-36, set 13's 1-41, set 14's 1-24, set 15's 1-35
and set 16's 1-36 apply VERBATIM, as adjudicated on 2026-12-07 (see
``piplkit.discover.evaluation.heldout3`` ... ``heldout16``), so the scores compare.

CHOICES WHERE THOSE ARE SILENT (fixed with the kind specs, before the set was first generated;
never changed after):

1. Seller order exports (Taobao, Douyin shop): order, sub-order, product and influencer ids,
   amounts, discounts, statuses, carrier and waybill number are ``None`` (conventions 4 and 8);
   the buyer's and the influencer's nicknames are ``account_name`` (set 8's 11, set 11's 4); the
   buyer's message to the seller (买家留言) is ``communication_record`` (the buyer's own words,
   set 9's 28), the seller's memo ``None`` (convention 5); the receiver's name, mobile (masked by
   the platform) and address keep their types (a shopper's 收货地址, table row); the province,
   city, district and street split off it are ``None`` (a region alone, set 10's 8, set 16's
   19); an invoice title (a company) is ``None`` and its tax number ``cn_uscc``.
2. An id or phone written with a leading tab or apostrophe (so Excel keeps it text), with
   trailing spaces, or typed as a number keeps the value's type (convention 6 reasoning).
3. A WeCom contacts export: the member's 帐号/userid is ``account_name``; the pinyin alias
   ``person_name`` (set 6's n); department, staff number and status ``None``; the desk phone
   ``cn_landline``; the avatar column of photo URLs ``face_image``.
4. Payroll: every pay component of the person (base, post and performance pay, net pay, a bank
   disbursement file's 金额) is ``income`` (table row); the personal social-insurance, housing-fund
   and tax deductions are ``None`` (table row); the bank's name ``None``; 社会保障号码
   ``social_security_card``; a disbursement file's 户名 ``person_name``.
5. An ATS candidate list: the position applied for is ``None`` (set 12's 30); years of work
   ``None`` (a quantity); current company ``employer``, current title ``job_title``, current and
   expected pay ``income`` (set 8's 20, set 7's 16); background check ``criminal_record`` (set
   7's 6); source, stage and candidate id ``None``.
6. A HIS outpatient log: outpatient number ``None``; doctor ``person_name`` (convention 3);
   diagnosis and allergy ``health_record``; temperature and blood pressure ``body_measurement``;
   fee type and registration fee ``None``; 医保卡号 ``social_security_card`` (set 11's 23). Its
   patients are adults (an age column describes no child, set 3's 15).
7. A LIS export: specimen, barcode, medical-record and bed numbers, patient type and reference
   range are ``None``; the result text (item, value, flag) is ``health_record``; a
   pharmacogenetic genotype (CYP2C19, HLA-B*5801, MTHFR) ``genetic_data`` (choice c); the
   requesting doctor and the reviewer ``person_name``.
8. A credit-card application list: application number, approved limit (table row 授信额度),
   status and promoter number are ``None``; annual income ``income``; the PBOC report's conclusion
   ``credit_record``; 房产证号 ``real_estate``; a sparse permanent-resident ID column
   ``foreign_permanent_resident_id`` (set 6's q); the emergency contact's name, mobile and
   relation ``person_name``/``cn_mobile``/``family_relationship`` (convention 14).
9. An insurer's policy list: the insured is the row's subject (children included), the policy
   holder the second person; the relation to the holder (本人, 配偶, 子女) is
   ``family_relationship``; the health declaration ``health_record`` (set 13's 37); policy number,
   product, premium, sum insured and dates ``None``; the agent ``person_name``; the debit card
   ``bank_card``.
10. A telecom CRM: the service number is the subscriber's ``cn_mobile`` (set 12's 18); plan, open
    date and bill ``None``; 话费余额 ``account_balance`` (table row); IMSI ``imsi``, ICCID
    ``device_id``, handset IMEI ``imei``, the home ONU's MAC ``mac_address`` (set 13's 23); a
    cell of recent calls ``communication_record`` (table row 通话记录); agent code and hotline
    ``None``; the account manager ``person_name``.
11. An English CRM contact export (one row a person): First Name and Last Name are each
    ``person_name``; the contact's Company/Company Name ``employer`` (convention 2: a lead's
    company; set 16's 34 is an account-level export); the contact owner (staff) ``person_name``;
    lifecycle stage, lead status, dates, city and postal code ``None``; the street address
    ``address``.
12. A Shopify-style customer export: Address1 is ``address``; Address2 alone (``Apt 5``),
    city, province and country codes and the zip are ``None`` (a postcode is no catalogue type);
    both phone columns ``cn_mobile``; spend, orders, tags, tax and marketing flags ``None``; DOB
    ``birth_date``.
13. A Stripe-style payment export: charge and customer ids are ``None`` (convention 4); a card's
    last four digits (``Card Last4``) are ``bank_card`` (a masked card keeps its type,
    convention 6, as set 10's 17 for a phone tail); brand, issuing country, fee, currency and the
    billing zip ``None``; the billing address line ``address``; cardholder ``person_name``; client
    IP ``ipv4``.
14. An app-analytics event export: a numeric user id is ``None``; the login name
    ``account_name``; $device_id/OAID/IDFA/Android ID ``device_id``; IMEI, MAC, IPv4 and IPv6
    keep their types; $latitude and $longitude each ``geo_coordinates``; an event's page URL
    ``browsing_history`` (table row: 访问页面 in a user's event log); event, time, OS, model, app
    version, carrier and city ``None``; a timed chain of positions ``trajectory``.
15. A MySQL user table (headers ``column(comment)``, ``column comment``, bare or upper-case
    column names): the key ``id`` is ``None``; user_name ``account_name``; pwd (``******``, MD5 or
    bcrypt) ``password`` (set 11's 25); wx_openid ``wechat_id`` (table row); status code, invite
    code and timestamps ``None``; balance ``account_balance``.
16. A survey export: question headers are typed by the answers (set 6's k); an age-band answer
    (``30-34岁``) is ``age``; an occupation answer (企业职员, 教师, 学生, 退休) ``job_title``
    (table row 职业); a household income band ``income`` (set 6's e); a chronic-disease answer
    ``health_record``; orientation ``sexual_orientation``; an IP with its region appended
    (``1.2.3.4(广东-深圳)``) ``ipv4``; duration, source, satisfaction and score ``None``.
17. An online-form export: 金数据's ``field_N`` keys (opaque) keep the value's type (set 9's 24);
    提交人, the submitter's WeChat display name, ``account_name`` (set 7's 17); the course and
    the device ``None``; the submission IP ``ipv4``.
18. A property owner list: 房号 (``3栋2单元1201``) is ``address`` (convention 12); the parking
    space ``None`` (set 10's 23); fee, arrears, area and handover date ``None``; the owner's plate
    ``license_plate`` (set 10's 16); 房产证号 ``real_estate``; the home phone ``cn_landline``.
19. A school roster: the national student number (全国学籍号: ``G`` and the pupil's 18-digit
    resident ID) is ``cn_resident_id`` (set 7's 5: it discloses the whole ID number); the class
    ``None`` (set 6's p); the grade ``education`` (set 7's 15); the guardian's workplace
    ``employer``; boarding ``None``; the parent's QQ ``qq_number``.
20. A gym: card number and visits left ``None`` (choice l); the stored balance
    ``account_balance``; the coach by appellation (王教练, Kevin) ``person_name`` (table row);
    body-fat share ``body_measurement``; injuries ``health_record``; face photo ``face_image``;
    fingerprint template ``biometric``; the consumption list ``transaction_record`` (choice j);
    the membership consultant ``person_name``.
21. A waybill export: the waybill and a phone-shaped customer order number are ``None`` (set
    10's 33); sender's and recipient's names, phones and addresses keep their types; goods,
    weight, freight and the pickup site ``None``; the courier (staff) ``person_name``/
    ``cn_mobile``; the coordinates where the recipient signed ``geo_coordinates`` (convention 10,
    set 15's 17); the courier's timed track ``trajectory`` (set 8's 14).
22. A hotel's foreign-guest register: room number ``None`` (convention 12); surname and given
    name each ``person_name``; nationality (a name or an ISO code) ``nationality`` (set 12's 36);
    passport, home-return permit, Taiwan permit and permanent-resident ID columns, each filled for
    about 45 % of guests, keep their types (set 6's q); the stay history
    ``accommodation_record`` (set 8's 26); check-in, check-out and rate ``None``; the ID photo
    ``face_image``.
23. A car dealer's DMS: customer number and intent grade ``None``; the owner's plate, VIN and
    driving licence keep their types (the customer's own car, set 12's 6); model, purchase date
    and price, insurance expiry and mileage ``None``; the sales consultant ``person_name``.
24. A collection list: loan number, amount due and result ``None``; overdue days and bucket (M1
    ...) ``credit_record`` (table row, set 12's 7); 贷款余额/剩余本金 ``account_balance`` (table
    row); the emergency-contact JSON ``contacts`` (set 11's 27); last GPS ``geo_coordinates``;
    the borrower's reply ``communication_record``; the collector ``person_name``; the repayment
    card ``bank_card``.
25. A grid population sheet: grid code and population category ``None`` (set 6's p); relation
    to the household head ``family_relationship``; registered and current addresses ``address``;
    political status ``None`` (set 7's 16); religion ``religion`` (``不信教`` included: a stated
    absence is still the answer, as set 16's 11); key-person type ``criminal_record`` (set 12's
    3); health status ``health_record``.
26. A visitor log: visit number, purpose, gate and times ``None``; the visitor's company
    ``employer`` (set 12's 26); the host ``person_name``/``cn_mobile``; the visitor's plate
    ``license_plate``; the snapshot path ``face_image`` and face feature vector ``biometric``
    (set 13's 14); temperature ``body_measurement``; a sparse officer-card column
    ``military_id`` (set 11's 22).
27. A call centre's tickets: ticket number, type, agent number, call time, duration,
    satisfaction and the inbound hotline ``None``; the agent's summary ``None`` (convention 5);
    the speech-to-text of the caller's words ``communication_record`` (set 9's 28); the caller's
    name as ``王先生`` ``person_name``; a callback cell of one or two mobiles ``cn_mobile`` (set
    10's 29); a phone-shaped order number ``None`` (set 10's 33).
28. Wide exports: the Douyin-shop order export follows choice 1; in the DingTalk roster the
    grade (``P6``) is ``None`` (table row 职级), work place, hire and contract dates, seniority
    and political status ``None``, the contract company ``employer`` (convention 2), 籍贯
    ``None`` (set 10's 8), blood type ``health_record`` (choice c), 社保电脑号
    ``social_security_card``, the housing-fund account ``None`` (set 10's 20), the direct manager
    ``person_name``.
29. Narrow lookups: a member number, uid or staff number beside a mobile, OAID or name is
    ``None`` (set 12's 32); a plate beside an owner ``license_plate``; an ID beside a
    verification result ``cn_resident_id`` and ``None``; a mobile beside a balance
    ``cn_mobile`` and ``account_balance``.
30. Tables without PI: SKUs, product ids, order and waybill numbers, stock, amounts (also as
    text), store addresses and coordinates, switchboards, hotlines, corporate accounts, a
    dealer's demonstration-car VIN (set 7's 13) and a rate table's age brackets (a product's,
    not a person's) are ``None``; a supplier's USCC is ``cn_uscc`` and leaves the table without
    PI (convention 1).
31. A header's spelling (a vendor's ``$`` prefix, ``column(comment)``, marks ``*`` and
    ``(必填)``, hints ``（18位）`` and ``(yyyy-mm-dd)``, bilingual ``姓名 Name``, flattened
    two-level ``收货人-姓名``/``收货信息/手机``/``紧急联系人_电话``, numbered survey questions,
    pinyin, opaque ``field_3``/``col_7``, Taobao's trailing spaces) does not change a column's
    type (set 12's 35, set 13's 32, set 15's 34).

Values are Faker zh_CN (seeded) and random numbers with the check digits of their standards
(``heldout8.idgen``): no real person's data. Rows: 60 a table by default; reference date
2026-12-07; seed 1720261207.
"""

from piplkit.discover.evaluation.heldout17.build import DEFAULT_SEED, REFERENCE_DATE, generate

__all__ = ["DEFAULT_SEED", "REFERENCE_DATE", "generate"]
