"""Held-out set 13: business tables written BLIND by an eleventh examiner (issue 11, 2026-12-07).

Written without reading the column classifier (``piplkit.discover.scan``), the detector
(``piplkit.discover.detect``), their header and value data, ``tests/scan``, ``tests/detect`` or
the earlier sets' table, person and value modules. Read were only: the PI catalogue's type ids
(``load_catalogue()``), the user docs from "Business tables" on (gold conventions with their
adjudication, manifest, scoring, the earlier sets' prose, to choose other domains), set 3's
conventions, set 6's choices a-q, set 7's 1-18, set 8's 1-22, set 9's 1-29, set 10's 1-33, set
11's 1-30 and set 12's 1-36, and the shared plumbing (``heldout_files.write_set``, set 6's
``spec`` with ``draw_people_table`` and ``STYLES``, set 7's ``writers``, set 8's ``idgen``,
``breakdowns``, the bench runner, set 12's bench script and set test as models). The classifier
was never run on the set before it was committed.

GOLD CONVENTIONS: the gold conventions table of docs/evaluation.md (which wins over any set's
choice), set 3's fifteen conventions, set 6's choices a-q, set 7's 1-18, set 8's 1-22, set 9's
1-29, set 10's 1-33, set 11's 1-30 and set 12's 1-36 apply VERBATIM, as adjudicated on
2026-12-07 (see ``piplkit.discover.evaluation.heldout3`` ... ``heldout12``), so the scores compare.

CHOICES WHERE THOSE ARE SILENT (written before the set was generated, never changed after):

1. A marathon entrant's bib number, start wave, chip finish time and past best time are
   ``None`` (a race's keys and results, not schooling); the pre-race medical certificate result
   is ``health_record`` (set 9's 1); the entrant's age is ``age``.
2. A dialysis patient's dry weight is ``body_measurement``; Kt/V, vascular access (内瘘) and the
   primary disease are ``health_record``; the machine number and session shift are ``None``.
3. A locksmith's real-name register: the unlocked door's address is the customer's
   ``address``; the photo of the customer holding the ID card is ``face_image``; the locksmith's
   filing number is ``None`` (choice a); the lock type and fee are ``None``.
4. A lost-and-found claim: the item description, place found and storage shelf are ``None``;
   a claimed phone's IMEI is ``imei`` (the claimant's own device, set 11's 14).
5. A volunteer registry's service hours, volunteer number and skills are ``None``; a no-crime
   check for work with children is ``criminal_record`` (set 7's 6).
6. A safe-deposit box's number, size, rent and key deposit are ``None``; the renter's enrolled
   fingerprint template is ``biometric`` (set 8's 15).
7. A jewellery member's ring size is ``body_measurement`` (as set 9's shoe size); a wedding
   anniversary date is ``None`` (convention 8); the member's dated purchase list is
   ``transaction_record`` (choice j); the stored-value balance ``account_balance`` (choice h).
8. A gas safety inspection's meter serial and the hazard found (胶管老化) are ``None``; the
   household's address and landline keep their types; the inspector is a person (convention 3).
9. A demolition resettlement roll's floor area, compensation and resettlement flat size are
   ``None``; a household member's relation to the head is ``family_relationship``; the old
   house's certificate number is ``real_estate``; the allotted flat is ``address``.
10. An adoption register's child's health condition is ``health_record``; the adopters'
    annual income ``income``, marital status ``marital_status``, declared faith ``religion``,
    no-crime certificate result ``criminal_record``; the welfare institution is ``None``.
11. A summer camp's or children's swimming school's camper allergy and health-certificate result
    are ``health_record``; height ``body_measurement``; T-shirt size ``body_measurement`` (set
    10's 11); dorm, group, swimming level ``None`` (choice l, set 9's 9); the school ``education``.
12. A hospital escort's relation to the patient is ``family_relationship``; the ward and bed are
    ``None``; the escort's nucleic-acid or temperature check: result ``health_record``, the
    temperature ``body_measurement``.
13. An auction bidder's paddle number, deposit and lot are ``None``; the refund card is
    ``bank_card``; the bidder's credit check result is ``credit_record`` (set 6's o).
14. A concert's real-name ticket: seat, ticket number, price and the gate are ``None``; the
    gate's entry photo is ``face_image`` and its face feature vector ``biometric``.
15. An ID-photo studio's photo file is ``face_image``; the photo size spec and the receipt number
    are ``None``.
16. A student aid application's family annual income is ``income``; the hardship grade is
    ``None`` (set 9's 17 poverty flag); the grant card ``bank_card``; the school ``education``.
17. A group tour roster's room number and the bus seat are ``None``; the room-mate's name is
    ``person_name``; a declared faith for meal arrangement is ``religion`` (set 9's 2).
18. A diving centre's certification level and logged maximum depth are ``None``; the diver's
    dated list of dive sites is ``trajectory`` (set 10's 10); the medical declaration
    (``哮喘: 否``) is ``health_record``.
19. A credit card application's annual income is ``income``, employer ``employer``, position
    ``job_title``, credit report summary ``credit_record``; a flag ``有房`` is ``None`` (set 8's
    7); a JSON cell of emergency contacts is ``contacts`` (set 11's 27).
20. A bottled-water customer's remaining water tickets (counted in buckets) are ``None``
    (choice l); a money balance is ``account_balance``; the dated delivery list is
    ``transaction_record``.
21. A medical-insurance reimbursement's total, covered and self-paid amounts are ``None``; the
    diagnosis is ``health_record``; the hospital ``None``; the insured's card
    ``social_security_card``.
22. A designated-driver order's pickup and drop-off coordinates are ``geo_coordinates`` (set 10's
    25); the route polyline ``trajectory``; the customer's car plate ``license_plate``; the
    driver (staff) keeps ``person_name``/``cn_mobile``; the fare is ``None``.
23. A broadband installation's PPPoE login is ``account_name``, its password ``password``, the
    customer's router MAC ``mac_address`` and the IPv6 prefix leased to the home ``ipv6``; the
    ONU serial and the OLT port are ``None`` (the operator's equipment, set 12's 13).
24. A prenatal NIPT result (``21三体低风险``) and a fetal sex-chromosome finding are
    ``genetic_data``; the gestational week is ``health_record`` (set 7's 3); the sample barcode
    is ``None``.
25. A survey platform's answer columns headed by questions are typed by the answers (set 6's k);
    a depression scale score (PHQ-9) is ``health_record``.
26. A phone screen-insurance claim's IMEI, IMSI and Wi-Fi MAC keep their device types; the damage
    type, policy number and claim amount are ``None``.
27. A property repair request's owner message is ``communication_record`` (set 9's 28); the
    repair category and the technician's rating are ``None``.
28. An online course platform's list of lessons a learner watched is ``browsing_history`` (set 7's
    12); the course bought and the progress percent are ``None``; the login IP ``ipv4``/``ipv6``.
29. A travel expense claim's list of the employee's dated hotel stays is
    ``accommodation_record`` and the dated flight legs ``trajectory``; the amounts, cost centre and
    project code are ``None``.
30. A vehicle annual-inspection booking's plate and VIN of a private owner's car are
    ``license_plate`` and ``vin``; the inspection station, slot and result are ``None``.
31. In tables without people: a shop equipment serial, a weather station's coordinates, a bus
    stop's coordinates and a supplier's hotline are ``None`` (set 7's 13, convention 2); a
    supplier's USCC is ``cn_uscc`` and leaves the table without PI (convention 1).
32. A traditional-Chinese header (``聯絡電話``, ``身分證字號``) does not change the column's type
    (set 12's 35 reasoning); neither does a numbered duplicate (``电话1``, ``电话2``).
33. A cell holding a masked name (``张*``) is ``person_name`` and a masked mobile ``cn_mobile``
    (convention 6); a phone-shaped order number stays ``None`` (set 10's 33).

Added after the first 33 (the set had been generated only for its own tests, never scored; these
were written before the eight kinds they cover were drawn, because a reading of the earlier sets'
prose showed that many of the first kinds repeat theirs):

34. A racing-pigeon association's ring number, colour and race speed are ``None`` (an animal,
    set 8's 1); the fancier's loft coordinates (the home loft, where races are measured to) are
    ``geo_coordinates`` (convention 10); the fancier's name, ID and phone keep their types.
35. A senior university's course and class are ``None`` (choice p); the retiree's former
    employer is ``employer``; a chronic condition declared for class is ``health_record``.
36. An equestrian club's horse name, breed and stable are ``None`` (set 8's 1); the rider's
    height and weight are ``body_measurement``; the riding level ``None``; the member's stored
    balance ``account_balance`` (choice h).
37. A skydiving waiver's jumper weight is ``body_measurement``; the medical declaration
    ``health_record``; the video package and whether the waiver was signed are ``None``.
38. A laundry member's garments and tag numbers are ``None``; the pickup address is
    ``address``; the dated order list ``transaction_record`` (choice j); the balance
    ``account_balance``.
39. A flower delivery's sender and recipient are both people; the card message the sender wrote
    is ``communication_record`` (the person's own words, set 9's 28); the recipient's delivery
    address is ``address``; the bouquet and price are ``None``.
40. A nail salon member's gel allergy is ``health_record`` (set 10's 31); nail shape and colour
    are ``None``; the technician's name is ``person_name`` (set 10's 32).
41. An archery club member's lane, bow rental and level are ``None``; the coach is a person
    (convention 3); the member's stored balance is ``account_balance``.

Values are Faker zh_CN (seeded) and random numbers with the check digits of their standards
(``heldout8.idgen``): no real person's data. Rows: 60 a table by default; reference date
2026-12-07; seed 1320261207.
"""
