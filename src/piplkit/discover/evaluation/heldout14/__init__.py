"""Held-out set 14: business tables written BLIND by a twelfth examiner (issue 11, 2026-12-07).

Written without reading the column classifier (``piplkit.discover.scan``), the detector
(``piplkit.discover.detect``), their header and value data, ``tests/scan``, ``tests/detect`` or
the earlier sets' table, person and value modules. Read were only: the PI catalogue's type ids
(``load_catalogue()``), docs/evaluation.md from "Business tables" on (the gold conventions table
with its adjudication; the earlier sets' prose only to pick other domains), the earlier package
docstrings' first lines (domain words), and the shared plumbing (``heldout_files.write_set``, set
6's ``spec``, set 7's ``writers``, set 8's ``idgen``, ``breakdowns``, the bench runner, set 13's
bench script, ``build`` and set-test row as models). The classifier was never run on the set
before it was committed.

GOLD CONVENTIONS: the gold conventions table of docs/evaluation.md (which wins over any set's
choice), set 3's conventions, set 6's choices a-q, set 7's 1-18, set 8's 1-22, set 9's 1-29, set
10's 1-33 and the numbered choices of sets 11, 12 and 13 apply VERBATIM, as adjudicated on
2026-12-07, so the scores compare. (For lack of time this examiner applied them through the
conventions table and did not re-read every earlier numbered choice; a column found to contradict
one is to be relabelled by the adjudication rule, not by the classifier's answer.)

CHOICES WHERE THOSE ARE SILENT (written before the set was generated, never changed after):

1. A subsistence-allowance (低保) roll: the household's monthly income is ``income``; the
   allowance paid (保障金额) and its class (A/B/C类) are ``None`` (amounts and a scheme's
   category); the 房产证号 is ``real_estate``; 与户主关系 is ``family_relationship``.
2. A cemetery plot ledger: the deceased's name and birth date are ``person_name`` and
   ``birth_date`` (the catalogue does not distinguish the dead); 宗教信仰 is ``religion``; the plot
   number, section, stone style and price are ``None``.
3. Bike-sharing and scooter logs: the LOCK's or scooter's IMEI/serial is ``None`` (the operator's
   equipment); the rider's phone IMEI is ``imei``; 芝麻分 is ``credit_record`` (table row); an end
   point ``lat,lng`` and separate lat/lng are ``geo_coordinates``; a timed point chain is
   ``trajectory``; a numeric ``uid`` is ``None`` (internal key).
4. A zoo annual pass: the holder's photo URL is ``face_image``; a 人脸特征值 template string is
   ``biometric``; visits and card type are ``None``.
5. Camping bookings: the guest's phone's Wi-Fi MAC is ``mac_address``; 历史入住记录 (a cell naming
   past stays) is ``accommodation_record``; the pitch and the stay dates are ``None``.
6. Barber and massage members: 卡内余额/储值余额 is ``account_balance``; 消费记录 (a cell of
   transactions) is ``transaction_record``; a stylist's or technician's nickname/工号 is ``None``;
   a massage client's 禁忌症/病史 is ``health_record`` and 体重 ``body_measurement``.
   (Adjudicated 2026-12-07: the stylist's and the technician's nickname (Tony, 阿杰, 老周), and
   the ice rink's coach and the yoga studio's teacher (刘教练, Lily, 周老师), written ``None``,
   are ``person_name``: the gold conventions table's staff-appellation row, from set 3's
   convention 3. The 工号 stays ``None``. See docs/evaluation.md, "Adjudication of set choices".)
7. Appliance repair: the 工单号 (11 digits starting with 1) and the machine serial are ``None``;
   客服通话记录 (numbers and durations in one cell) is ``communication_record``; a 400 hotline is
   ``None``.
8. Bone-marrow registry: the HLA typing is ``genetic_data``; ABO 血型 is ``health_record``.
9. Karting waiver: 紧急联系人列表 (a JSON list of names and phones) is ``contacts``; lap times,
   kart number and laps are ``None``; the driver's licence number is ``driver_license``.
10. Certified translation orders: document type, language pair, pages and the translator's code
    are ``None``; each identity document column is its own type.
11. Militia roster: 退役证/军官证号 is ``military_id``; the armoury fingerprint template is
    ``biometric``; the team and task unit (编组, 任务分队) are ``None``; training hours ``None``.
12. Children's classes (nursery, chess, ballet, ice rink, drums): the child's and the guardian's
    columns each carry their own types; a 接送指纹 template is ``biometric``; 鞋码 and a costume
    size are ``body_measurement`` (worn-size row); 段位/等级分, course and tuition are ``None``.
13. A tyre shop: the car's VIN and plate are ``vin`` and ``license_plate``; tyre size, brand and
    mileage are ``None``.
14. A domestic-helper agency: 期望薪资 is ``income``; 健康证/体检结果 ``health_record``; 工种 and
    星级 ``None``.
    (Adjudicated 2026-12-07, branch fix11u: 工种, a worker's trade, is ``job_title`` by the gold
    conventions table's 工种 row, as sets 6, 8, 10 and 15 write it; 星级 stays ``None``. See
    docs/evaluation.md, "Adjudication of set choices".)
15. Escrow of a second-hand home sale: 监管账户余额 is ``account_balance`` (table row: the header
    names a balance); 监管金额 is ``None``; the agency's name is ``None`` and its code ``cn_uscc``.
16. Mining and welding: 职业病体检结论 is ``health_record``; a personnel location tag number is
    ``None`` (the mine's equipment); 毕业院校 and a theory exam score are ``education``.
17. A tennis club: the optional 性取向 column is ``sexual_orientation``; NTRP level ``None``.
18. Boat rental: a military ID shown for a discount is ``military_id``; deposit and pier ``None``.
19. A lifeguard's 200 m swim time is ``None`` (a timed physical test, not schooling).
20. A toy shop's member export: 昵称 is ``account_name``; ``******`` login password is
    ``password``; the favourite SKU and attribute JSON are ``None``.
21. Flood-relief evacuees: a landline is ``cn_landline``; the shelter and supplies are ``None``.
22. Tables without PI: company names, tax numbers (``cn_uscc``), equipment serials, hotlines,
    animal names and weights (a zoo animal is not a person), order numbers shaped like phones,
    amounts as text and staff counts are ``None``.
23. Wide ERP/CRM exports: only the contact person's name, mobile, email and delivery address are
    PI; the customer company, its tax number and every business field are not.
    (Adjudicated 2026-12-07: the wide export's 客户税号, written ``None``, is ``cn_uscc``, the gold
    conventions table's 纳税人识别号 row and choice 22's reading; not PI either way. See
    docs/evaluation.md, "Adjudication of set choices".)
    (Adjudicated 2026-12-07, branch fix11u: the ERP export's delivery address (收货地址,
    详细地址), written ``address``, is ``None``: its customers are companies (their 税号 beside
    it), and a company's site is not PI by set 3's convention 2 and the gold conventions table's
    ship-to row, as sets 2 and 12 (choice 33) write it; the contact's name, mobile and email keep
    their types.)
24. Narrow lookups: a member number beside a mobile keeps ``None`` for the number; a plate beside
    an owner name is ``license_plate``.
"""
