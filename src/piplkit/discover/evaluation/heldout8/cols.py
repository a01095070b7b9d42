"""Compact column specs for set 8: ``(header, generator)`` takes the generator's usual gold
from :data:`GOLD`; ``(header, generator, gold)`` and ``(header, generator, gold, style)`` say
it (``"-"`` = not PI). The gold is always the examiner's call for the column in its table; the
map only saves writing the obvious one twice."""

from __future__ import annotations

from piplkit.discover.evaluation.heldout6.spec import Table
from piplkit.discover.evaluation.heldout6.spec import table as spec_table

GOLD: dict[str, str] = {
    "name": "person_name",
    "name_masked": "person_name",
    "name_pinyin": "person_name",
    "name_title": "person_name",
    "birth": "birth_date",
    "birth_mixed": "birth_date",
    "birth_compact": "birth_date",
    "age": "age",
    "gender": "gender",
    "gender_code": "gender",
    "rid": "cn_resident_id",
    "rid_masked": "cn_resident_id",
    "rid_messy": "cn_resident_id",
    "rid_old": "cn_resident_id",
    "rid_int": "cn_resident_id",
    "mobile": "cn_mobile",
    "mobile_masked": "cn_mobile",
    "mobile_messy": "cn_mobile",
    "mobile_int": "cn_mobile",
    "phone_mixed": "cn_mobile",
    "landline": "cn_landline",
    "address": "address",
    "address_short": "address",
    "email": "email",
    "passport": "passport",
    "hk_macau": "hk_macau_permit",
    "taiwan_permit": "taiwan_permit",
    "foreign_pr": "foreign_permanent_resident_id",
    "military_id": "military_id",
    "dl": "driver_license",
    "face": "face_image",
    "bio_template": "biometric",
    "embedding": "biometric",
    "genotype": "genetic_data",
    "hla": "genetic_data",
    "username": "account_name",
    "wechat": "wechat_id",
    "qq": "qq_number",
    "ipv4": "ipv4",
    "ipv6": "ipv6",
    "mac": "mac_address",
    "device_id": "device_id",
    "imei": "imei",
    "imsi": "imsi",
    "bank_card": "bank_card",
    "bank_card_masked": "bank_card",
    "password": "password",
    "plate": "license_plate",
    "vin": "vin",
    "uscc": "cn_uscc",
    "geo": "geo_coordinates",
    "lat": "geo_coordinates",
    "lng": "geo_coordinates",
    "health": "health_record",
    "allergy": "health_record",
    "meds": "health_record",
    "blood_type": "health_record",
    "height": "body_measurement",
    "weight": "body_measurement",
    "hw": "body_measurement",
    "bp": "body_measurement",
    "bmi": "body_measurement",
    "ethnicity": "ethnicity",
    "nationality": "nationality",
    "relation": "family_relationship",
    "marital": "marital_status",
    "religion": "religion",
    "sexor": "sexual_orientation",
    "crime": "criminal_record",
    "edu": "education",
    "school": "education",
    "employer": "employer",
    "job": "job_title",
    "income": "income",
    "income_band": "income",
    "balance": "account_balance",
    "credit": "credit_record",
    "txn": "transaction_record",
    "realestate": "real_estate",
    "comm": "communication_record",
    "contacts": "contacts",
    "browse": "browsing_history",
    "search": "browsing_history",
    "traj": "trajectory",
    "accom": "accommodation_record",
}


def gold_of(gen: str) -> str:
    base = gen[:-2] if gen.endswith("_q") else gen
    return GOLD.get(base, "-")


def t(file: str, domain: str, cols: list[tuple[str, ...]], **kw: object) -> Table:
    """A table whose two-element columns take their generator's usual gold."""
    full = [(c[0], c[1], gold_of(c[1])) if len(c) == 2 else c for c in cols]
    return spec_table(file, domain, full, **kw)
