"""Held-out set 18: mainstream business exports written BLIND by a sixteenth examiner (issue 11,
2026-12-07).

Written without reading the column classifier (``piplkit.discover.scan``), the detector
(``piplkit.discover.detect``), their header and value data, ``tests/scan``, ``tests/detect`` or
the earlier sets' table, kind and value modules. Read were only: the PI catalogue's type ids
(``assess/law/data/pi_types.yaml``); docs/evaluation.md's "Business tables" section with its gold
conventions table and the adjudication of set choices; the package docstrings of sets 16 and 17
(set 17's conventions line and numbered choices, which are the latest restatement of the
earlier sets' choices); and the shared plumbing (``heldout_files.write_set``, set 6's ``spec``,
set 7's ``writers``, set 8's ``idgen``, ``breakdowns``, set 17's bench script, set 16's
``build``, ``person`` and ``kinds`` for plumbing, the set-test module with ``heldout_checks``).
The package docstrings of sets 3 and 6 to 15 were not read one by one for lack of time; where
this set's choices below cite them, it cites them as set 17's docstring does. No earlier set's
headers were looked up: every header and value writing is this examiner's, as the named kind of
system writes it. The classifier was never run on the set before it was committed.

Like set 17, this set measures the MAINSTREAM, from 28 systems set 17 did not take: 美团外卖, a
京东 POP shop, 有赞, a 携程-style hotel OTA, 12306-style group tickets, an airline manifest,
ride-hailing, an EV-charging app, Mailchimp, Zendesk, Firebase, 飞书, 北森, a social-insurance
declaration, an IIT withholding list, a corporate-banking batch payroll file, securities account
opening, consumer-loan applications, Workday, an SAP customer master, a 医保 settlement list, EMR
discharges, a dental clinic, online education, a smart lock, a face-capture platform, 政务服务
and 家庭医生签约; wide 拼多多 orders and a full 北森 roster; their non-PI companions.

GOLD CONVENTIONS: the gold conventions table of docs/evaluation.md (which wins over any set's
choice), set 3's fifteen conventions, set 6's choices a-q, set 7's 1-18, set 8's 1-22, set 9's
1-29, set 10's 1-33, set 11's 1-30, set 12's 1-36, set 13's 1-41, set 14's 1-24, set 15's 1-35,
set 16's 1-36 and set 17's 1-31 apply VERBATIM, as adjudicated on 2026-12-07 (see
``piplkit.discover.evaluation.heldout3`` ... ``heldout17``), so the scores compare.

CHOICES WHERE THOSE ARE SILENT (fixed with the kind specs, before the set was first generated;
never changed after):

1. A takeaway order (美团外卖): the customer's note to the shop (订单备注: 不要辣, 放门口) is
   ``communication_record`` (the customer's own words, as set 17's 1 for 买家留言); the customer
   written ``王女士`` or ``张*``, and the phone as ``尾号1234`` or masked, keep ``person_name`` and
   ``cn_mobile`` (masked values keep their type); the rider ``person_name``/``cn_mobile`` (staff,
   convention 3); store, amounts, status ``None``.
2. A 京东 POP order: the buyer's login (下单帐号/pin) is ``account_name``; invoice title (a
   company) ``None`` and its tax number ``cn_uscc`` (set 17's 1); SKU, EAN, waybill ``None``.
3. A member CRM (有赞): 微信昵称 ``account_name``; 储值余额 ``account_balance`` (table row);
   points, level, cumulative spend and last-purchase time ``None``; a cell listing the member's
   recent purchases (消费记录) ``transaction_record`` (table row); recently viewed product pages
   ``browsing_history`` (table row: pages in a user's record); the shop guide ``person_name``.
4. A hotel OTA order: hotel, room type, stay dates, nights, amount and member card number
   ``None`` (table row); the guest's special request ``communication_record`` (choice 1); a cell
   of the guest's earlier stays (date and room) ``accommodation_record``.
5. A group-ticket passenger list: train, date, seat class, seat and fare ``None``; passenger type
   (成人/学生/儿童) ``None`` (a fare class); home-return and Taiwan permit columns filled on every
   row keep their types.
6. Legacy exports write short Chinese headers (手机, 身份证, 住址, three characters or fewer,
   other than the vendor's own header): their style is ``zh_colloquial`` (the docs' header table
   lists 身份证, 手机 as colloquial); opaque headers go only to columns whose values decide the
   type (the conventions' rule), chosen by rotation.
7. An airline manifest: SURNAME (pinyin) and the passenger's name each ``person_name``; DOCS
   (passport) ``passport``; PNR, flight, seat and check-in status ``None``; the permanent-resident
   card column ``foreign_permanent_resident_id`` (2023 layout, MOD 11-2).
8. Ride-hailing: the passenger's pick-up coordinates ``geo_coordinates``; the route as a chain of
   places ``trajectory`` (table row); the driver (staff of the platform) ``person_name``, plate
   ``license_plate`` and driving-licence number ``driver_license``; distance, fare, car level
   ``None``.
9. An EV-charging app: the user's plate and VIN are the user's car (``license_plate``, ``vin``);
   the wallet ``account_balance``; the numeric user ID ``None`` (table row); OAID/IDFA
   ``device_id``; total kWh and favourite station ``None``.
10. Mailchimp: FNAME ``person_name``; OPTIN_IP ``ipv4``; LATITUDE ``geo_coordinates``; rating,
    opt-in time, timezone and tags ``None``; BDAY ``birth_date``.
11. Zendesk: the requester ``person_name`` (pinyin or Chinese), email and phone keep their types;
    the description as the customer wrote it ``communication_record`` (set 17's 27); the assignee
    (agent) ``person_name``; id, subject, status, times and CSAT ``None``; the data copy's ``zd_``
    prefix is a vendor prefix (style ``vendor``).
12. A Firebase-style user export: localId (an opaque uid) ``None``; displayName
    ``account_name``; photoUrl ``face_image`` (table row 照片 URL); passwordHash ``password``;
    lastIp (an IPv6 address) ``ipv6``; provider and times ``None``.
13. 飞书: the English name (pinyin) ``person_name`` (set 6's n); the work email ``email``;
    department, staff number, city, status ``None``; the leader ``person_name``.
14. 北森: 最高学历 and 毕业院校 ``education``; 职级 ``None`` (table row); 工资卡号 ``bank_card``;
    contract end ``None``; the emergency contact's name, phone, relation keep their types.
15. A social-insurance declaration: 社会保障号码 ``social_security_card`` (table row); the
    declared monthly wage (申报月工资) ``income`` (the person's pay as declared); the personal
    contribution and insured types ``None`` (table row 社保个人部分); 户口性质 ``None``.
16. An IIT withholding list: 本期收入 ``income``; deductions (基本减除, 子女教育, 房贷利息) and
    the tax ``None`` (table row 个税); the withholding agent's name ``None`` and its taxpayer
    number ``cn_uscc`` (in a lookup without PI).
17. A batch payroll file: 收款账号 ``bank_card`` (tab-prefixed or not); 户名 ``person_name``; 金额
    ``income`` (set 17's 4); bank name, purpose and serial ``None``.
18. Securities account opening: customer number ``None``; occupation ``job_title``; annual income
    in 万元 ``income``; the custody card ``bank_card`` (masked in the vendor CSV); risk grade
    ``None`` (a suitability class, not credit); 不良诚信记录 (无 / 有: …) ``credit_record``.
19. A consumer-loan application: amount applied for ``None`` (table row 贷款金额); credit score
    ``credit_record``; 房产证号 ``real_estate``; the authorised address book (JSON)
    ``contacts``; IMSI ``imsi``, IMEI ``imei``, the position at application ``geo_coordinates``;
    result ``None``.
20. Workday: Legal and Preferred Name ``person_name``; Job Profile ``job_title``; Annual Base
    Pay ``income``; Supervisory Organization and Hire Date ``None``; Manager ``person_name``.
21. An SAP customer master of company customers: NAME1 (company), STRAS (the company's street,
    convention 2 and the table's B2B row), ANRED, KTOKD, ERDAT ``None``; STCD5 ``cn_uscc``; the
    contact person's name, mobile and e-mail keep their types.
22. A 医保 settlement: 人员编号/结算 ID ``None``; age ``age``; main diagnosis ``health_record``;
    fees and fund payments ``None`` (table row); 个人账户余额 ``account_balance`` (table row); the
    medical institution ``None``.
23. An EMR discharge list: admission and discharge diagnoses and the discharge orders
    ``health_record``; a germline or tumour genotype ``genetic_data`` (set 17's 7); the attending
    doctor ``person_name``; ward and dates ``None``; patients include children.
24. A dental clinic: numbered intake-question headers (1、您的姓名：) are typed by the answers
    (set 6's k); chief complaint, allergy and treatment item (根管治疗(36)) ``health_record``; the
    source channel ``None``; WeChat id ``wechat_id``.
25. Online education: pupils 6-12 with birth dates (minors); grade and QQ of the parent
    ``education`` and ``qq_number``; the class teacher by appellation (王老师) ``person_name``
    (table row); course, order, paid amount, lessons left ``None``; the textbook delivery address
    ``address`` (a household's, not a company's).
26. A smart-lock log: 房号 ``address`` (set 17's 18); the lock's MAC ``mac_address`` (a household
    device); unlock method, lock serial, battery ``None``; the snapshot ``face_image``.
27. A face-capture platform: the capture ``face_image``; the feature value ``biometric``; the
    matched name and ID keep their types; the recognised sex ``gender``; camera code and place,
    similarity and watchlist name ``None`` (the camera's place is the device's, not a person's
    coordinates).
28. 政务服务: case number, item, window and status ``None``; applicant's name, ID, phone and
    address keep their types; the handling officer ``person_name``; an officer-card column
    ``military_id``.
29. 家庭医生签约: residents of every age (minors included); 重点人群类别 (高血压患者, 孕产妇)
    and 慢病情况 ``health_record``; the home landline ``cn_landline``; team, service pack and dates
    ``None``.
30. Wide exports: the 拼多多 export follows set 17's 1 (province/city/district/street ``None``,
    详细地址 ``address``, 买家留言 ``communication_record``, masked cross-border ID
    ``cn_resident_id``, 曾用名 in the roster written ``张**`` ``person_name``); the roster's 血型
    ``health_record``, 宗教信仰 ``religion``, 无犯罪记录证明 (无 / a conviction)
    ``criminal_record``, 籍贯 and 政治面貌 ``None``.
31. Lookups and tables without PI follow set 17's 29 and 30; a survey's age band ``age`` and its
    orientation answer ``sexual_orientation`` (set 17's 16); camera-point coordinates, fund NAVs,
    a drug catalogue and a loan product's age range are ``None``.

Values are Faker zh_CN (seeded) and random numbers with the check digits of their standards
(``heldout8.idgen``): no real person's data. Rows: 60 a table by default; reference date
2026-12-07; seed 1820261207.
"""

from piplkit.discover.evaluation.heldout18.build import DEFAULT_SEED, REFERENCE_DATE, generate

__all__ = ["DEFAULT_SEED", "REFERENCE_DATE", "generate"]
