"""Held-out set 4: business tables written by a second examiner, blind to the classifier.

Written without reading the column classifier (``piplkit.discover.scan``,
``piplkit.discover.detect``), its header and value vocabularies, or any other evaluation set's
tables and values; only the PI catalogue (type ids), set 3's gold conventions and manifest format,
the runner and the scorer were read. 57 tables in 53 files, 628 columns: 44 tables of PI from 39
domains none of which set 3 covered (bank KYC and accounts, cross-border remittances, a securities
broker, microloan collections, live-stream tipping, a wealth-management app's user dump, hospital
inpatient front sheets, a lab information system, a dental clinic, child vaccination, consumer gene
tests, a community health check of the elderly, kindergarten, university admissions and dormitories,
a certification exam, temple donors, a trade union, community corrections, criminal judgments, a
notary office, an estate agency, rental-housing registration, a visa agency, an outbound tour group,
customs declarants, HR background checks, a veterans' service station, a driving school, traffic
violations, ride-hailing, food-delivery riders, connected-car telematics, an MDM phone inventory,
biometric attendance, e-commerce returns, a game's real-name/anti-addiction register with minors, a
dating app's profiles and chats, an ISP's NAT log) and 13 tables with no PI (production scheduling,
weather stations, shipping containers, a price list, A/B test metrics, API gateway logs, stock
quotes, energy meters, warehouse bins, hotel rates, a flight schedule, chemical QC, corporate
customers).

Gold conventions: set 3's, adopted verbatim so that the scores compare (1-15), and four
additions for kinds set 3 did not meet (16-19), all fixed before the set was first scored:

1. A column's gold is a catalogue type id when its values, read in the table's context, are PI of
   that type about natural persons; otherwise ``None``. ``cn_uscc`` is always ``cn_uscc``
   (an organisation id, ``is_pi: false``), whoever holds it.
2. Organisations' data is not PI: the address, switchboard or store phone, coordinates, bank
   account and name of a store, branch, supplier, hospital, mall or company is ``None``. The
   company of a natural person in a record about that person (工作单位, a lead's 公司名称, an
   applicant's current employer) is ``employer``.
3. Staff named in business tables (courier, doctor, pharmacist, coach, meter reader, store
   manager, clerk, claims adjuster, a legal representative, a supplier's contact person) are
   people: their names are ``person_name``, their mobiles ``cn_mobile``.
4. Internal record keys (学号, 工号, 会员卡号, 用户ID, 订单号, 运单号, 处方号, 户号, report ids,
   moderator ids) are ``None``, even though they point to a person: the catalogue has no type for
   them and the issue lists order numbers among ordinary business columns.
5. Free-text note columns written by staff (备注, 跟进内容, 出险经过, 个性签名) are ``None``. The
   content of a person's own communications (a chat message, an SMS, a reported message, a
   企业微信 chat archive) is ``communication_record``.
6. Masked values keep their type: a column of 138****1234 is ``cn_mobile``, 6222 **** **** 1234
   ``bank_card``, 张*明 ``person_name``.
7. A column mixing kinds takes the type of at least 80 % of its values: 证件号码 holding 86 %
   resident IDs and some passports/permits is ``cn_resident_id``; 联系电话 holding 85 % mobiles
   and some landlines is ``cn_mobile``. Blanks and placeholders (无, —, /) do not count; a column
   keeps its type while at least a fifth of its cells hold real values.
8. Amounts, quantities, dates, timestamps and statuses are ``None`` even in tables about people,
   except money that is the person's: a balance on the person's account or card
   (``account_balance``), pay and expected salary (``income``), the description of one of the
   person's payments (``transaction_record``), a credit score or credit-report result
   (``credit_record``). A company's ledger balance is ``None``.
9. Health: diagnoses, allergies, past history, injuries, test results and the drug dispensed to
   a named patient (用药记录) are ``health_record``; height, weight, BMI, body fat and a wearer's
   heart rate are ``body_measurement``. A drug name in a catalogue would be ``None``.
10. Location: coordinates of a person, or of a vehicle or device a person uses, are
    ``geo_coordinates`` (each column of a split latitude/longitude pair too); a store's are
    ``None``. An ordered series of a person's positions or places (GPS track, flight itinerary)
    is ``trajectory``; a parcel's logistics route is ``None``.
11. Network: IP addresses of users' devices (public or the private address leased to a guest's
    device) are ``ipv4``/``ipv6``; a server's address in an infrastructure table is ``None``.
    Request and trace UUIDs are ``None``; advertising and device ids (IDFA, OAID, Android ID) are
    ``device_id``; serial numbers of company assets and T-boxes, and a server NIC's MAC, are
    ``None``; a user device's MAC is ``mac_address``.
12. The flat within an estate in a property owner register (3栋2单元1201) is the owner's
    ``address``; a hotel room number is ``None``. A real-estate certificate number is
    ``real_estate``.
13. A driving-licence column is ``driver_license`` even though its values are the holder's
    resident ID numbers (that is how mainland licences are numbered).
14. A guardian's relationship (父亲, 配偶) is ``family_relationship``; a list of friends' ids or
    of family/SOS numbers is ``contacts``; an emergency contact's name and phone are
    ``person_name`` and ``cn_mobile``.
15. Sensitivity is not written here: the scorer takes it from the catalogue as of the
    evaluation date and ORs "holds the resident ID or birth date of someone under 14". Names,
    phones and health data of minors are therefore judged by their type's sensitivity only (a
    limit of the scorer, not a reading of PIPL Art. 28), and no ``age`` column of minors is in
    the set.

16. Genotypes (``rs671:AG``) are ``genetic_data``; a vaccine given to a named child and a
    disability grade of a named veteran are ``health_record``; a birth weight is
    ``body_measurement``.
17. A criminal charge, a sentence and a community-correction category (缓刑, 假释) of a named
    person are ``criminal_record``; a background check's result line about crimes is too.
18. A broadband login (``025…@njadsl``) is ``account_name``; the carrier-grade NAT address
    (100.64.0.0/10) leased to a subscriber is ``ipv4``; a URL a subscriber visited is
    ``browsing_history``; a 企业/门店 landline and a company's bank account are ``None``
    (rule 2). A school the person graduated from (毕业中学, 毕业院校) and a defendant's schooling
    (初中文化) are ``education``; an admitted major, an exam score, an estate's name without the
    flat, and flags such as 是否未成年 or 困难职工 are ``None``.
19. A visa applicant's itinerary (dated cities) is ``trajectory``; a weather station's
    coordinates are ``None``; a masked customer written as surname + 先生/女士 is ``person_name``.

Value variants: masked names, phones, IDs and cards; phones with +86, hyphens and spaces; IDs
in Excel's scientific notation (CSV text) or stored as numbers (XLSX), lower-case x; blanks
and placeholders (无, —, /, 无业); pinyin names (ZHANG/WEI); mixed document columns (resident
IDs with passports and permits), mixed phone columns (mobiles with landlines); the 2023
18-digit and the older 15-character foreign permanent resident ids in one column. Formats:
CSV in UTF-8, UTF-8 with BOM, GBK and GB18030 (LF or CRLF, some fully quoted); TSV; XLSX with
merged report titles, several sheets and totals rows; typed Parquet; JSON Lines.
"""

from piplkit.discover.evaluation.heldout4.build import DEFAULT_SEED, REFERENCE_DATE, generate

__all__ = ["DEFAULT_SEED", "REFERENCE_DATE", "generate"]
