"""Held-out set 8: business tables written BLIND by a sixth examiner (issue 11, 2026-12-06).

Written without reading the column classifier (``piplkit.discover.scan``), the detector
(``piplkit.discover.detect``), their header and value data, ``tests/scan``, ``tests/detect`` or
the earlier sets' tables and value modules. Read were only: the PI catalogue's type ids, the
user docs' gold conventions, manifest and scoring sections and the earlier sets' prose
descriptions (to choose other domains), set 3's conventions, set 6's choices a-q and set 7's
choices 1-18, and the shared plumbing (``heldout_files.write_set``, set 6's ``spec`` and set
7's ``writers``, both imported, set 7's ``build`` for how a set is assembled, the bench runner).
The author has never run the classifier on the set.

GOLD CONVENTIONS: set 3's fifteen conventions, set 6's choices a-q and set 7's choices 1-18
apply VERBATIM (see ``piplkit.discover.evaluation.heldout3``, ``heldout6``, ``heldout7``).

CHOICES WHERE THOSE ARE SILENT (written and committed before the set was generated for
anyone else and never changed after):

1. An animal is not a person: a pet's or livestock's name, breed, microchip number, weight
   and diagnosis are ``None``; the owner's name, phone and address keep their types.
2. A deceased person is still a natural person for the gold (PIPL Art. 49 protects the
   deceased's PI): the name and resident ID of the deceased in a funeral home's or an organ
   donor's register keep their types; a cause of death is ``health_record``; the date of
   death, cremation time and urn niche number are ``None``.
3. Embryo grades (``4AA``), the number of embryos transferred, an IVF cycle's outcome
   (``临床妊娠``) and a counselling client's presenting problem or risk rating
   (``自杀风险: 中``) are ``health_record``; a donor's anonymous code is ``None`` (a key).
4. A criminal sentence (``有期徒刑三年``), a charge (罪名), a community-correction class and a
   traffic violation committed by a named driver (``闯红灯``) are ``criminal_record``; the
   points deducted, a fine and a case number are ``None``.
5. A residence-permit number (居住证号) whose values are the holder's resident ID numbers is
   ``cn_resident_id`` (the permit is numbered by the ID, as a driving licence is, but the
   catalogue has no permit type, so the ID type is the one disclosed).
6. A crypto wallet address (``0x…``, ``T…``) is ``None``: the catalogue has no type for it and
   it is not a bank card; a KYC's declared source of funds (工资收入, 经营所得) is ``None``.
7. A statement that a person owns a home (``有房无贷``, ``有车``) without naming the property
   is ``None`` (set 7's choice 10 reasoning); a real-estate certificate number stays
   ``real_estate``.
8. A worker's occupational exposure (接害因素: 粉尘, 噪声) is ``None`` (a fact of the workplace);
   the resulting diagnosis or exam conclusion is ``health_record``.
9. In labour dispatch, the host company a worker is dispatched to (用工单位) and the agency
   (派遣单位) are both ``employer`` (each is the person's workplace or employer).
10. A positioning tag, a campus card or a gym wristband number is ``None`` (an asset or
    internal key); an ICCID stays ``device_id`` (set 5's choice).
11. A player's in-game name, a streamer's room nickname and a dating-app nickname are
    ``account_name``; a numeric player or room id is ``None`` (convention 4).
12. A live-streaming viewer's coin or diamond balance and a charging-app wallet balance are
    ``account_balance`` (choice h); a single tip or charge amount is ``None``.
13. Whether a person is a minor (是否未成年), real-name verification results and play minutes
    are ``None`` (statuses and quantities); the ID and birth date carry the age.
14. A list of the places a courier or driver stopped at with times is ``trajectory``; a single
    delivery address is the recipient's ``address``; a parcel locker or station is ``None``.
15. A smart-home user's unlock event names a fingerprint slot (``指纹3``): ``None`` (not a
    template); an enrolled fingerprint or palm template (base64) is ``biometric``.
16. A headhunter's or matchmaker's salary band and a person's annual income are ``income``;
    a vacancy's advertised pay range is ``None`` (the job's, not a person's).
17. A seafarer's, crew member's or ride-hailing driver's professional certificate number is
    ``None`` (choice a), a veteran's preferential-treatment card number too.
18. A notary matter, a legal-aid case cause (案由) and a customs declaration's goods are
    ``None`` (case categories, convention in the docs).
19. An email column whose values are QQ-mail addresses (``12345@qq.com``) is ``email``; a QQ
    number column is ``qq_number``.
20. A vaccination record cell (vaccine, dose) is ``health_record``; a vaccine's batch number is
    ``None``.
21. A religious name (an imam class's 经名, a baptismal name) is ``person_name``, as set 7's
    dharma name; an organ donor's wish (器官/遗体/角膜) and a donation hall are ``None``.
22. A parking camera's snapshot path (a picture of a car) is ``None``; a gate's or a
    kindergarten's snapshot of a person is ``face_image``. A household's role label on a
    smart lock (爸爸, 奶奶) is ``family_relationship``.

Values are Faker zh_CN (seeded) and random numbers with the check digits of their standards
(``idgen``): no real person's data. Rows: 60 a table by default; reference date 2026-12-06;
seed 820261206.
"""

from piplkit.discover.evaluation.heldout8.build import DEFAULT_SEED, REFERENCE_DATE, generate

__all__ = ["DEFAULT_SEED", "REFERENCE_DATE", "generate"]
