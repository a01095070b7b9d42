"""Held-out set 19: mainstream business exports written BLIND by a seventeenth examiner (issue
11, 2026-12-07).

Written without reading the column classifier (``piplkit.discover.scan``), the detector
(``piplkit.discover.detect``), their header and value data, ``tests/scan``, ``tests/detect``, the
errors lists in the docs or the earlier sets' kind and value modules. Read were only: the PI
catalogue's type ids (``assess/law/data/pi_types.yaml``); docs/evaluation.md's "Business tables"
section with its gold conventions table and the adjudication of set choices; the package
docstrings of sets 17 and 18 (their conventions line and numbered choices, the latest
restatement of all earlier sets' choices); and the shared plumbing (``heldout_files.write_set``,
set 6's ``spec``, set 7's ``writers``, set 8's ``idgen``, ``breakdowns``,
``people_set.generate_people_set``, set 18's ``build``, ``person`` and ``kinds`` for plumbing,
set 18's bench script and the bench runner, the set-test module with ``heldout_checks``). The
docstrings of sets 3 and 6 to 16 were not read one by one; where a choice below cites them, it
cites them as set 17's and set 18's docstrings do. No earlier set's headers were looked up:
every header and value writing is this examiner's, as the named system writes it. The
classifier was never run on the set before it was committed.

Like sets 17 and 18, the set measures the MAINSTREAM, from 28 systems neither took: 钉钉
attendance, 用友 NC/U8 HR, 薪人薪事 payroll slips, BOSS直聘 candidates, a 微信支付 merchant bill,
a credit-card holder list, motor-insurance claims, life-insurance claims, a 体检中心 report list,
a pharmacy chain's member purchases, an 互联网医院's consultations, 预防接种 records, a blood
centre's donors, a kindergarten's 晨检 log, an elderly-care home's roster, a 菜鸟驿站 log, an
estate agency's CRM, a long-let apartment's tenants, a gas utility's accounts, a driving
school's students, a 教资 exam sign-up, a 学籍 roster, corporate travel (商旅) orders, a trade
fair's visitor registration, a law firm's criminal-case parties, a 婚姻登记 list, 残联 records
and talent-apartment applications; two wide exports (a bank's corporate-customer KYC export
with legal representatives, a health-check centre's item-by-item results), lookups, and 25
tables without PI.

GOLD CONVENTIONS: the gold conventions table of docs/evaluation.md (which wins over any set's
choice), set 3's fifteen conventions, set 6's choices a-q, set 7's 1-18, set 8's 1-22, set 9's
1-29, set 10's 1-33, set 11's 1-30, set 12's 1-36, set 13's 1-41, set 14's 1-24, set 15's 1-35,
set 16's 1-36, set 17's 1-31 and set 18's 1-31 apply VERBATIM, as adjudicated on 2026-12-07 (see
``piplkit.discover.evaluation.heldout3`` ... ``heldout18``), so the scores compare.

CHOICES WHERE THOSE ARE SILENT (fixed with the kind specs, before the set was first generated;
never changed after):

1. 钉钉 attendance: the punch position (经纬度) ``geo_coordinates`` and the field-work track (a
   timed chain of places) ``trajectory`` (table rows); the employee's phone IMEI, MAC and device
   id keep their types (set 17's 14); the face-scan snapshot ``face_image``; UserId
   ``account_name`` (set 17's 3); shift, punch times and results, overtime, approval number and
   device model ``None`` (table rows).
2. The four files of a kind carry the same golds (set 16's 31, kept); a column a file leaves
   out is absent from it, not relabelled.
3. Opaque headers go only to columns whose values decide the type (the conventions' rule),
   chosen by rotation; the WeChat Pay bill and the parcel-station log keep all their headers.
4. A legacy file's Chinese header of three characters or fewer is style ``zh_colloquial`` (set
   18's 6, kept); upper-case pinyin initials (``HH``, ``YQDZ``) are ``pinyin_initials``; U8's
   Hungarian-prefixed fields (``cPsn_Name``, ``vIDNo``) and ``dd_userid`` are ``vendor``.
5. 用友 NC: the data copy's ``nationality(民族)`` is NC's own field for 民族: ``ethnicity``
   (comment and values decide, table row 民族); 政治面貌, 人员类别, 组织, 合同类型 and 成本中心
   ``None``; 工资卡号 ``bank_card``, tab-prefixed or not (set 17's 2).
6. Payslips follow set 17's 4: base, performance, overtime, gross and net pay ``income``, also
   written as text with separators; personal pension, housing fund and tax ``None``; 岗位
   ``job_title`` (table row 职位); send and read status ``None``.
7. BOSS直聘: the expected pay written as a band (``15-20K·13薪``, ``面议``) ``income`` (table row
   期望薪资); age as ``28岁`` ``age``; 工作经验 ``None`` (set 17's 5); the job talked about
   ``None`` (set 12's 30); job id, interview time, stage and source ``None``.
8. WeChat Pay merchant bill: a field written behind a backtick (as the bill writes every field)
   keeps its value's type (set 17's 2); 用户标识 (openid) ``wechat_id`` (table row); appid,
   merchant number, order ids, bank type, amounts, fee and rate ``None``; the merchant's data
   copy joins the buyer's nickname (``account_name``, set 18's 3) and mobile.
9. A credit-card holder list: the embossed pinyin name ``person_name``; a card masked as
   ``622202******1234`` ``bank_card`` (masked values keep their type); 逾期状态
   ``credit_record`` and 本期消费明细 ``transaction_record`` (table rows); credit limit (table
   row 授信额度), statement amount, minimum payment, bill day, card product and instalment count
   ``None`` (amounts owed this month, not a balance held).
10. Motor claims: the driver's 驾驶证号 ``driver_license`` (table row); the insured's plate and
    VIN keep their types (set 17's 23); engine number, model, coverage and repair shop ``None``;
    the accident position ``geo_coordinates``; 出险经过 ``None`` (the adjuster's summary,
    convention 5); the surveyor ``person_name``.
11. Life claims: 出险原因/诊断 ``health_record``; hospital ``None`` (table row); days in hospital
    ``None`` (a count); the payee is the second person; the relation to the insured
    ``family_relationship`` (``本人`` included: still the answer, as set 17's 25); insured
    children (minors).
12. A 体检中心 list: 单位 ``employer`` (adjudicated, set 10); 异常指标 and 总检结论
    ``health_record``; 基因检测结果 ``genetic_data``; height, weight and blood pressure
    ``body_measurement``; package, branch and settlement ``None``; the chief doctor
    ``person_name``.
13. A pharmacy: the drug bought ``health_record`` (table row 用药); the prescription's diagnosis
    and the chronic-disease file ``health_record``; 储值卡余额 ``account_balance``; 用药人年龄
    ``age``; prescriber and pharmacist ``person_name`` (staff, set 3's 3); store, receipt,
    amount, points, payment and cashier number ``None``.
14. An 互联网医院: the patient's chat text ``communication_record`` (set 17's 27); the
    sexual-health clinic's orientation answer ``sexual_orientation``; the client IP (IPv6)
    ``ipv6``; IMSI ``imsi`` and OAID ``device_id`` in the data copy; 账号昵称 ``account_name``;
    the patient's relation to the account holder ``family_relationship``; department, type,
    fee, payment and status ``None``; patients include children.
15. Immunisation: the vaccine ``health_record`` (table row 疫苗接种) and the adverse reaction
    ``health_record``; dose number, batch, manufacturer, site, clinic, category and times
    ``None``; the guardian is the second person, the relation ``family_relationship``; children
    0-6.
16. Blood donors: blood type ``health_record`` (choice c); haemoglobin and pre-screening result
    ``health_record`` (检验结果); weight ``body_measurement``; volume, type, bag, site and the
    donation-certificate number ``None``; the sparse officer-card column (部队献血者)
    ``military_id`` (set 17's 26).
17. A kindergarten's 晨检: the check result, the hand-foot-mouth check and the medicine brought
    (带药, ``无`` included) ``health_record``; temperature ``body_measurement``; the teacher by
    appellation ``person_name`` (table row); class ``None`` (set 6's p); the parent's QQ
    ``qq_number``; campus and arrival time ``None``.
18. An elderly-care home: 护理等级 (自理, 介助, 介护) ``health_record`` (it states the resident's
    assessed dependence); the diet type (糖尿病餐, 低盐低脂) ``health_record`` (it follows a
    diagnosis); 宗教信仰 ``religion`` (``无`` included); the family's contact list (JSON)
    ``contacts``; 社保卡号/医保卡号 ``social_security_card`` (set 17's 6); bed, building, fee and
    payment status ``None``.
19. A 菜鸟驿站 log: the receiver written ``张**`` or ``张*明`` ``person_name``, the mobile masked
    or as ``尾号1234`` ``cn_mobile``; the proxy picker and the operator ``person_name``;
    waybill, pickup code, shelf, times, station and parcel weight ``None``.
20. An estate agency's CRM: the customer's 名下房产证号 ``real_estate``; the app browsing list
    ``browsing_history`` (table row); budget, area wanted, layout and purchase eligibility
    ``None`` (a wish or a status); 婚姻状况 ``marital_status``; the agent's follow-up note
    ``None`` (convention 5); the agent and their mobile keep their types (staff).
21. A long-let apartment: the room (``A座1203室``) is the tenant's home, ``address`` (set 17's
    18); sparse Taiwan-permit and permanent-resident columns keep their types (set 6's q); the
    door-lock password written ``******`` ``password`` (table row); the parking plate
    ``license_plate``; project, rent, deposit, lease dates, contract number and status ``None``.
22. A gas utility: 用气地址 ``address``; 固定电话 ``cn_landline``; 预存余额 ``account_balance``
    (table row); 代扣账号 ``bank_card``; meter, readings, volume, amount due, office, safety
    check and payment status ``None``.
23. A driving school: 科目一成绩 ``education`` (adjudicated from set 11's 11; this examiner would
    call a driving-theory score no schooling record, but follows the adjudication); eyesight and
    height ``body_measurement`` (table row 视力); the coach by appellation ``person_name``; the
    training terminal's face feature ``biometric``; the app login ``account_name``; licence
    class, stage, tuition, class type and site ``None``.
24. A 教资 sign-up: 笔试成绩 ``education`` (table row 考试成绩); 报考学段及学科 ``None`` (what is
    applied for, set 12's 30); 考区 ``None`` (a region alone); 报名IP ``ipv4``; the photo path
    ``face_image``; 现工作单位 ``employer``; batch and audit status ``None``.
25. A 学籍 roster: 全国学籍号 ``cn_resident_id`` (set 17's 19); 国籍/地区 ``nationality``; 户口
    所在地 (a region) ``None`` (set 10's 8); 健康状况 ``health_record``; 年级 ``education``, 班级
    ``None``; the guardian's ID, mobile and workplace keep their types; study mode, status and
    admission mode ``None``.
26. 商旅 orders: the sparse passport and HK/Macau-permit columns keep their types; the itinerary
    (a timed chain of airports, stations and hotels) ``trajectory`` (table row 行程); the cell
    of hotel stays ``accommodation_record`` (set 18's 4); flight/train number, times and amount
    ``None`` (table row); 常旅客卡号 ``account_name`` (table row); the pinyin name
    ``person_name``; cost centre and reason ``None``.
27. A trade fair's visitors: 公司名称 ``employer`` (a visitor's company, set 12's 26); 职位
    ``job_title``; 国家/地区 ``nationality`` (names or ISO codes, set 12's 36); bilingual headers
    are style ``mixed``; ID type, gate, times, purpose and products ``None``.
28. A law firm's criminal cases: 涉嫌罪名 and 判决结果 ``criminal_record`` (table row 罪名);
    case numbers, court, stage, fee and contract number ``None`` (table row 案号); the client (a
    relative of the defendant) is the second person, with ``family_relationship``; 户籍所在地
    (a full address) ``address``; the lawyer ``person_name``.
29. A 婚姻登记 list: 登记类型 (结婚登记, 离婚登记, 补领结婚证) ``marital_status`` (the entry
    records the couple's status); each party's 婚前状况 ``marital_status``; 男方职业
    ``job_title``; registration, appointment and certificate numbers, window and registry
    ``None``; the registrar ``person_name``.
30. 残联 records: 残疾人证号 (the holder's 18-character ID number and two digits for category
    and grade) ``cn_resident_id`` (it discloses the whole ID number, as set 17's 19); 残疾类别
    and 残疾等级 ``health_record`` (table row 残疾情况); employment status, subsidy, street,
    certificate status and dates ``None``; the federation's officer ``person_name``.
31. Talent-apartment applications: 本市住房情况 (``本市无自有住房``, ``本市有1套住房``)
    ``real_estate`` (the applicant's property holding); 有无犯罪记录 (``无`` / ``有（…）``)
    ``criminal_record`` (table row); 人才层次 ``None`` (a policy class); the employer's credit code
    ``cn_uscc``; the spouse's name and ID keep their types.
32. Wide exports: the KYC export's company columns (registered address, capital, account,
    industry, ratings) ``None`` (convention 2) and its credit code ``cn_uscc``; its legal
    representative, controller, beneficial owner, finance officer and agent are people (names,
    IDs, masked IDs, mobiles, e-mail and residence keep their types); 法人职务 ``job_title``;
    shareholding ``None``. The full health-check export's measures (BMI, waist, blood pressure,
    heart rate, eyesight, body fat) ``body_measurement`` (table row) and every examination or
    laboratory result, numbers included, ``health_record`` (检验结果); 婚否 ``marital_status``.
33. Tables without PI and lookups follow set 17's 29 and 30: store and hall switchboards,
    registry and hall addresses, catalogues, rates, an insurance product's age band and
    aggregates ``None``; an exhibitor's credit code ``cn_uscc`` leaves the table without PI; a
    member card, household or bed number beside a mobile, plate or care level ``None``.
34. A header's spelling (``*``, hints in brackets, bilingual ``姓名 Name``, flattened
    ``紧急联系人_电话``, pinyin, Hungarian prefixes, ``column(comment)``) does not change a
    column's type (set 17's 31, kept).

Values are Faker zh_CN (seeded) and random numbers with the check digits of their standards
(``heldout8.idgen``): no real person's data. Rows: 60 a table by default; reference date
2026-12-07; seed 1920261207.
"""

from piplkit.discover.evaluation.heldout19.build import DEFAULT_SEED, REFERENCE_DATE, generate

__all__ = ["DEFAULT_SEED", "REFERENCE_DATE", "generate"]
