"""Held-out set 3: business tables written by an examiner apart from the classifier.

Written without reading the column classifier (``piplkit.discover.scan``), the detector, or the two
other evaluation sets' tables and vocabularies; only the PI catalogue (for the type ids) and the
scorer's manifest format were read. 26 domains, each table written as a real Chinese system exports
it: logistics waybills, property owners, school (minors), hotel registration for the police, telecom
subscribers, insurance claims, recruitment (ATS), car rental and fleet GPS, gym membership, pharmacy
prescriptions and an HIV counselling clinic, the government service hall, social-app moderation,
utility billing, airline PNRs, payroll, CRM leads, IoT watch telemetry, marketplace sellers, and
eight tables with no PI at all (inventory, bill of materials, general ledger, server metrics,
product catalogue, store list, supplier register, fixed assets).

Gold conventions, fixed before the set was first scored:

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

Value variants: masked phones, cards and names; phones with +86/86, hyphens and spaces; IDs
with Excel's 4.40101E+17, a leading apostrophe, full-width digits or a lower-case x; blanks and
placeholders; mixed date formats. Formats: CSV in UTF-8, UTF-8 with BOM, GBK and GB18030; TSV;
XLSX with report titles above the header, several sheets and totals rows; Parquet; JSON Lines.
"""

from piplkit.discover.evaluation.heldout3.build import DEFAULT_SEED, REFERENCE_DATE, generate

__all__ = ["DEFAULT_SEED", "REFERENCE_DATE", "generate"]
