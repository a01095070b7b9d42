"""Held-out set 6: business tables written BLIND by a fourth examiner (issue 11).

Written without reading the column classifier (``piplkit.discover.scan``), the detector, their
header and value data, or the earlier sets' tables and vocabularies. Read were only: the PI
catalogue's type ids and sensitivity (``assess/law/data/pi_types.yaml``), the user docs' gold
conventions, manifest and scoring sections, set 3's conventions (``heldout3`` docstring), the
shared folder writer (``heldout_files``) and the bench runner's plumbing. The set has never
been scored by its author.

GOLD CONVENTIONS: set 3's fifteen conventions apply VERBATIM (see
``piplkit.discover.evaluation.heldout3``): organisations' data is not PI; staff are people;
internal record keys are ``None``; staff notes are ``None`` and a person's own messages are
``communication_record``; masked values keep their type; a mixed column takes the type of
>= 80 % of its real values; amounts, dates and statuses are ``None`` except a person's balance
(``account_balance``), pay (``income``), payment descriptions (``transaction_record``) and
credit results (``credit_record``); diagnoses, injuries, results and a named patient's
medication are ``health_record``, height/weight/BMI/heart rate ``body_measurement``; a person's
or their vehicle's/device's coordinates are ``geo_coordinates``, a store's ``None``, a series of
a person's positions ``trajectory``; users' IPs are ``ipv4``/``ipv6``, servers' ``None``,
advertising/device ids ``device_id``, a user device's MAC ``mac_address``, a server or switch
NIC's MAC ``None``; a flat in an estate is ``address``, a hotel room ``None``; a real-estate
certificate is ``real_estate``; a driving-licence column is ``driver_license``; a guardian's
or visitor's relation is ``family_relationship``, an address book ``contacts``; sensitivity is
left to the scorer (catalogue on the evaluation date, OR a resident-ID/birth-date column holding
someone under 14), so no ``age`` column of minors is in the set.

CHOICES WHERE THE CONVENTIONS ARE SILENT (fixed before any scoring):

a. Professional licence and certificate numbers (a crew member's staff number, a seaman's
   certificate, a lift mechanic's permit, an exam admission number, a work-permit file
   number) are ``None``: the catalogue has no type for them (convention 4's reasoning).
b. A 港澳居民来往内地通行证 (home-return permit, H/M + digits) is ``hk_macau_permit``, as is
   the mainland resident's 往来港澳通行证 (C + 8 digits): the catalogue has one type for
   permits between Hong Kong/Macao and the mainland.
c. Blood type, karyotype and semen analysis: blood type and semen analysis are
   ``health_record``; HLA typing, karyotype and SNP genotypes are ``genetic_data``.
d. A person's examination score (IELTS band) and the school a child attends or the faculty
   and class year of an alumnus are ``education`` (Annex A 教育经历/成绩).
e. A monthly pension and a survey answer giving a pay bracket are ``income``.
f. A worker's trade (钢筋工, 木工) and a crew rank code (CAPT, FO, PUR) are ``job_title``.
g. An alarm of an elderly wearer's wristband (fall, tachycardia, low SpO2) and a daycare
   child's morning check (流涕, 咳嗽) are ``health_record``; a CGM glucose reading, HbA1c,
   creatinine and number of oocytes retrieved are ``health_record`` (test results).
h. A fuel card's, canteen card's, KTV or golf stored-value balance, a provident-fund balance
   and a phone credit balance are ``account_balance`` (money on the person's account/card).
i. A 失信被执行人 circumstance and a PBOC five-tier class are ``credit_record``.
j. A hotel minibar bill listing the items one guest took, a KTV/golf member's recent
   purchases are ``transaction_record``; a single charge amount is ``None``.
k. Columns with question headers from a survey (``3、您的性取向是``) are typed by what the
   answers are; the survey's submission IP is ``ipv4``.
l. Room preferences, membership levels, seats, lesson balances (counted in lessons, not money)
   and prizes are ``None``.
m. A column written only with placeholders (an unsigned 本人签字 column) is ``None``.
n. A name written in pinyin (``ZHANG/WEI``, ``Zhang Wei``) or in Latin script is ``person_name``.
o. A loan's amount, term and rate are ``None`` (convention 8); its credit check result is
   ``credit_record``.
p. A village, class, team or mosque used to group rows is ``None`` (an organisation or place,
   not the person's address); the person's own address column carries the address.
q. A sparse document column (a parent's permanent-residence ID present in about 45 % of rows,
   a Taiwan permit in about 30 %) takes the type of the values present (conventions 7 and the
   business set's sparse-column rule).

Values are Faker zh_CN (seeded) and random numbers with the check digits of their standards
(``ids``): no real person's data. Rows: 60 a table by default; reference date 2026-12-05.
"""

from piplkit.discover.evaluation.heldout6.build import DEFAULT_SEED, REFERENCE_DATE, generate

__all__ = ["DEFAULT_SEED", "REFERENCE_DATE", "generate"]
