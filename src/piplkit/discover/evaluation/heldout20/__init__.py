"""Held-out set 20: mainstream exports of international SaaS tools and Chinese consumer-internet
back offices, written BLIND by an eighteenth examiner (issue 11, 2026-12-07).

Written without reading the column classifier (``piplkit.discover.scan``), the detector
(``piplkit.discover.detect``), their header and value data, ``tests/scan``, ``tests/detect``, the
docs' error lists or the earlier sets' table, kind and value modules. Read were only: the PI
catalogue (``assess/law/data/pi_types.yaml``: type ids, names, categories); docs/evaluation.md's
"Business tables" section with its gold conventions table and the adjudication of set choices;
the package docstrings of sets 17 and 18 (their conventions line and numbered choices, the latest
restatement of the earlier sets' choices); and the shared plumbing (``heldout_files.write_set``,
set 6's ``spec``, set 7's ``writers``, set 8's ``idgen``, ``breakdowns``, ``people_set``, set 18's
``build``, ``person`` and ``kinds`` for plumbing, the bench runner and set 18's bench script, the
set-test module with ``heldout_checks``). Where a choice below cites an earlier set's choice, it
cites it as set 17's or set 18's docstring states it. No earlier set's headers were looked up:
every header and value writing is this examiner's, as the named system writes it. The
classifier was never run on the set before it was committed.

Like sets 17 and 18 this set measures the MAINSTREAM, from 28 systems neither took: a Google
Analytics 4 BigQuery event export, Intercom users, an Okta user directory, BambooHR, Greenhouse
candidates, Xero contacts, PayPal activity, WooCommerce orders, Klaviyo profiles, AppsFlyer
installs, Eventbrite attendees, a Typeform camp registration, Airbnb reservations with the
民宿's guest registration, an Epic-style EHR encounter extract; a game's real-name/防沉迷 list,
live-streaming anchors' settlement, a 小红书 KOL list, a dating app's members, shared-bike trips,
a car park's entry/exit log, ETC transactions, a 加油站 member list, 闲鱼-style trades, a 网约家政
worker list, 社区团购 leaders, campaign winners, a voice CDR (话单) and 宽带 installation orders.
Each kind is written four ways (the vendor's CSV, the operator's workbook, the data team's
Parquet or JSON Lines copy, a legacy GB18030/TSV/quoted CSV); four workbooks hold two monthly
sheets. Then two wide exports (a Magento order export, a BambooHR all-fields report) in three
files each, tables without PI and narrow lookups.

GOLD CONVENTIONS: the gold conventions table of docs/evaluation.md (which wins over any set's
choice), set 3's fifteen conventions, set 6's choices a-q, set 7's 1-18, set 8's 1-22, set 9's
1-29, set 10's 1-33, set 11's 1-30, set 12's 1-36, set 13's 1-41, set 14's 1-24, set 15's 1-35,
set 16's 1-36, set 17's 1-31 and set 18's 1-31 apply VERBATIM, as adjudicated on 2026-12-07 (see
``piplkit.discover.evaluation.heldout3`` ... ``heldout18``), so the scores compare.

CHOICES WHERE THOSE ARE SILENT (fixed with the kind specs, before the set was first generated;
never changed after):

1. A column's gold never depends on the file it is in: the vendor's English header, the
   operator's Chinese translation, the warehouse name and the legacy pinyin carry one gold (set
   18's kinds rule, kept). Opaque headers go only to columns whose values decide the type.
2. A given name or a surname alone (First Name, Last Name, FirstName, 名, 姓, ``firstName``,
   Chinese or pinyin) is ``person_name`` (set 17's 11, set 18's 7).
3. GA4: ``user_pseudo_id`` of an app stream (the 32-hex app-instance id, one per install) and
   ``device.advertising_id`` (OAID/IDFA) are ``device_id``; the site's numeric ``user_id``
   ``None`` (table row); ``event_params.page_location`` ``browsing_history`` (set 17's 14); event
   name, timestamps, session id, model, OS, city, source, revenue and app version ``None``.
4. Intercom: the user's Company name ``employer`` (set 17's 11); the last conversation body
   ``communication_record`` (set 18's 11); the Owner (a teammate) ``person_name``; Last seen IP
   ``ipv4``; external user id, sessions, tags, browser, unsubscribe flag and times ``None``.
5. Okta: ``login`` written as an e-mail address is ``email`` (the person's mailbox; the values
   decide); displayName and manager ``person_name``; title ``job_title``; the Okta id (hex),
   employee number, department, status and times ``None``.
6. BambooHR: Pay Rate and Annual Bonus ``income`` (table row), also as text with thousands
   separators; Pay Type, Pay Schedule, Overtime Status, Division, Cost Center, hire, probation
   and permit dates ``None``; Social Security Number (社会保障号码, written as the resident-ID
   number) ``social_security_card`` (table row); Nationality names ``nationality``; Ethnicity
   written 汉族, 回族 ``ethnicity``; the emergency contact's Relationship
   ``family_relationship``; Shirt Size ``body_measurement`` (table row); Photo URL
   ``face_image``; Driver License # ``driver_license``; Reporting to ``person_name``.
7. Greenhouse: Job (the opening applied for) ``None`` (set 17's 5); Current Company
   ``employer``; Current Title ``job_title``; School and Degree ``education``; Desired Salary
   ``income``; Background Check ``criminal_record`` (set 17's 5); Recruiter ``person_name``;
   candidate id, source, stage and date ``None``.
8. Xero contacts of a training business whose contacts are parents (individuals, no credit
   codes): ContactName and BankAccountName ``person_name``; POAddressLine1 ``address`` (a
   household's); POCity and POPostalCode ``None`` (set 17's 12); PhoneNumber (landlines)
   ``cn_landline``; BankAccountNumber ``bank_card``; AccountNumber, tax rate and terms ``None``.
9. PayPal activity: the payer's Name (Latin, Chinese or ``ZHANG/WEI``) ``person_name``; From
   Email ``email``; Shipping Address ``address``; Contact Phone ``cn_mobile``; Gross, Fee, Net,
   currency, type, status, transaction and receipt ids, time and time zone ``None`` (table row
   for amounts).
10. WooCommerce and Magento orders: billing and shipping names ``person_name``, streets
    ``address``, phones ``cn_mobile``, e-mails ``email``; city, region and postcode ``None``;
    Customer Note and Magento's gift message ``communication_record`` (set 17's 1); Customer IP
    and ``remote_ip`` ``ipv4``; ``customer_dob`` ``birth_date``; ``customer_gender`` (1/2)
    ``gender``; entity, increment and customer ids, group id, guest flag, protect code, coupon,
    SKU, amounts and shipping method ``None``.
11. Klaviyo: ``$``-prefixed property names are a vendor prefix (style ``vendor``); Organization
    ``employer`` (a profile's company, set 17's 11); Title ``job_title``; Latitude and Longitude
    each ``geo_coordinates`` (table row); Birthday ``birth_date``; Klaviyo ID, consent, lifetime
    value, last open and country ``None``.
12. AppsFlyer: the AppsFlyer ID (one per install), Advertising ID (OAID/GAID), IDFA and Android
    ID are each ``device_id``; IMEI ``imei``; IP (IPv6, as Chinese mobile networks give)
    ``ipv6``; Customer User ID (numeric) ``None``; media source, campaign, model, OS, app
    version, carrier, country and city ``None``.
13. Eventbrite: Company ``employer``; Job Title ``job_title``; Age ``age``; T-Shirt Size
    ``body_measurement`` (table row); Home Address ``address``; order number, barcode, ticket
    type, status and amount ``None``.
14. A Typeform camp registration: question headers are typed by the answers (set 6's k); the
    child (6-13) is the row's subject, so the birth date and ID columns hold minors; allergies
    or history ``health_record``; the camp shirt size (110-160) ``body_measurement``; the
    parent's name and mobile keep their types; the relation to the child
    ``family_relationship``; response token, session and times ``None``.
15. Airbnb with the 民宿's guest registration: guests of every age (children included) with
    ``cn_resident_id``; sparse passport, home-return permit, Taiwan permit, permanent-resident and
    officer-card columns keep their types (set 17's 22); 国籍 ``nationality``; the guest's
    earlier stays at the home ``accommodation_record`` (set 18's 4); confirmation code, stay
    dates, nights, counts of adults and children, listing and the host's earnings ``None``.
16. An Epic-style EHR extract: MRN ``None``; the family doctor (PCP) ``person_name``
    (convention 3); Ethnic Group ``ethnicity``; Religion ``religion`` (``无`` included, set 17's
    25); Home Phone ``cn_landline``; 医保卡号 ``social_security_card`` (set 17's 6); diagnosis,
    ICD-10 code, allergies, medications and smoking status ``health_record``; BP, height and
    weight ``body_measurement``; a pharmacogenomic result ``genetic_data`` (set 17's 7);
    encounter date, department and financial class ``None``; patients are 0-90.
17. A game's real-name/anti-addiction list (players 9-40, minors included): 角色名
    ``account_name`` (a player's chosen name, as nicknames); the bound QQ ``qq_number``; the
    masked real name and ID keep their types; 年龄 ``age``; 钻石余额 (the player's stored
    currency, bought with money) ``account_balance`` (as 钱包余额 in the table row); online
    minutes, recharge amount and verification status ``None``; the guardian's name and mobile
    keep their types; the face-verification photo path ``face_image``; login IP ``ipv4``; 设备标识
    (OAID) ``device_id``.
18. Live-streaming anchors' settlement: 本月应结收入 (the anchor's earnings) ``income``; gift
    flow, hours, share ratio, fans, guild and bank name ``None``; the settlement card
    ``bank_card`` (masked, tab-prefixed or whole); the verification photo ``face_image``;
    主播昵称 ``account_name``.
19. A 小红书 KOL list: 小红书号 (the public account id) and 昵称 ``account_name``; the contact
    ``person_name``; 微信 ``wechat_id``; the address samples go to ``address`` (a household's);
    MCN机构 (the agency the blogger signs with) ``employer`` (工作单位: the organisation the
    person works through); prices, fans, category and city ``None``.
20. A dating app: 月收入 bands ``income`` (set 6's e); 购房情况 (owns a home, with or without a
    loan) ``real_estate`` (a statement of the person's property); 性取向 ``sexual_orientation``;
    好友列表 (a JSON list of friends with remarks) ``contacts`` (table row); 头像 URL
    ``face_image``; the last login position ``geo_coordinates``; 身高 ``body_measurement``; VIP
    level, real-name flag, registration time and city ``None``.
21. Shared bikes: the rider's mobile, masked or as a tail (尾号1234), ``cn_mobile`` (set 18's 1);
    unlock and lock positions each ``geo_coordinates``; the ride's timed track (JSON)
    ``trajectory`` (table row); order, bike and user numbers, duration, distance, fee, payment
    and ride card ``None``.
22. A car park's log: 车牌 ``license_plate``; the monthly renter's name (also 王先生) and phone
    keep their types; the entry snapshot URL (the barrier camera's picture of the car and its
    plate) ``None``: it shows a vehicle, not a face, and the plate is the plate column's; gates,
    times, fees, plate colour and vehicle class ``None``.
23. ETC: the ETC card number and the OBU id ``None`` (the issuer's account and device keys, as
    member card numbers, set 18's 4); plate ``license_plate``; VIN ``vin``; the card holder
    ``person_name``; the bound debit card ``bank_card``; the gantry path (a timed chain of
    gantries) ``trajectory`` (table row); 卡内余额 ``account_balance``; stations, times, toll and
    vehicle class ``None``.
24. A 加油站 member list: 会员卡号 ``None``; 卡余额 ``account_balance``; 近期加油记录 (a cell
    listing the member's fill-ups with amounts) ``transaction_record`` (table row); 车牌
    ``license_plate``; points, level, station, open date and fuel grade ``None``.
25. 闲鱼-style trades: buyer's and seller's nicknames ``account_name``; 卖家芝麻信用 (level and
    score) ``credit_record`` (table row 芝麻分); 买家留言 ``communication_record``; the receiver's
    name, mobile and address keep their types; title, price, status, shipping and waybill
    ``None``.
26. 网约家政 workers: 工种/服务类型 ``job_title`` (table row); 籍贯 ``None`` (set 17's 28); 文化程度
    ``education``; 体检结果 ``health_record``; 无犯罪记录证明 (mostly 无犯罪记录, a few convictions)
    ``criminal_record``; 驾驶证号 ``driver_license``; 人脸特征值 ``biometric``; 证件照
    ``face_image``; the settlement card ``bank_card``; rating, orders and years ``None``.
27. 社区团购 leaders: 佣金 (the leader's commission) ``income``; 提现银行卡 ``bank_card``; 微信
    ``wechat_id``; the pickup point's name and address ``None`` (a business point published to
    the buyers, as a store address: set 17's 30); GMV, members, hub and status ``None``.
28. Campaign winners: the WeChat nickname ``account_name``; OpenID ``wechat_id`` (table row);
    the masked name, mobile and ID keep their types; the postal address ``address``; campaign,
    prize, value, status and waybill ``None``.
29. A voice CDR: calling and called numbers ``cn_mobile`` (table row); IMSI ``imsi``; IMEI
    ``imei``; the cell's coordinates ``geo_coordinates`` (table row); LAC and CI (network codes
    of the cell, the coordinates column carries the place) ``None``; start time, duration, call
    and roaming type and charge ``None``.
30. 宽带 installation orders: the customer's ID ``cn_resident_id``; the install address (estate,
    building, room) ``address``; a sparse officer-card column ``military_id``; the PPPoE account
    ``account_name`` (the subscriber's login); the initial password (digits or ``******``)
    ``password``; the ONU's MAC ``mac_address`` (a household device, set 17's 10); the ONU serial
    ``None`` (set 18's 26 for a lock serial); the installer ``person_name`` and ``cn_mobile``;
    package, time and status ``None``.
31. Tables without PI: products, prices, daily aggregates, code lookups, station, gate and port
    lists, a gas-station list (its addresses and coordinates are the stations'), ticket types,
    currency rates; an MCN agency list, a supplier list and a guild list carry credit codes
    (``cn_uscc``) and stay without PI (set 17's 30).
32. Lookups: a numeric user id, a game account id or an ETC card number beside a mobile, an ID
    or a bank card is ``None`` (set 17's 29); the other column keeps its type; a game's list of
    minor accounts holds IDs of 9-17-year-olds.
33. A header's spelling (translated ``姓名 Name``, marks ``手机号*``, hints ``身份证号(18位)``,
    ``$`` property names, dotted BigQuery paths, upper-case pinyin initials ``SFZH``, whose
    style is ``caps`` by their spelling, lower-case pinyin, opaque ``col_3``) never changes the
    gold (set 17's 31).
34. Where I disagree and follow anyway: 籍贯 (a person's native place) reads to me as personal
    (it is asked of the person, like 民族), but set 17's 28 writes it ``None`` and this set
    follows; and a 民宿's earlier-stays cell is kept ``accommodation_record`` (set 18's 4) though
    the conventions table treats a single stay's columns as ``None``.

Values are Faker zh_CN (seeded) and random numbers with the check digits of their standards
(``heldout8.idgen``): no real person's data. Rows: 60 a table by default; reference date
2026-12-07; seed 2020261207.
"""

from piplkit.discover.evaluation.heldout20.build import DEFAULT_SEED, REFERENCE_DATE, generate

__all__ = ["DEFAULT_SEED", "REFERENCE_DATE", "generate"]
