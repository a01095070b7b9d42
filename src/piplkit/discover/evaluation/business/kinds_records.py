"""Column kinds of sensitive and record-like PI: health, education and work, finance, devices,
locations, beliefs, crime, vehicles (and the organisation id ``cn_uscc``)."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from piplkit.discover.evaluation import identifiers as ids
from piplkit.discover.evaluation.business import pi_ids, pi_records
from piplkit.discover.evaluation.business import vocab_people as vp
from piplkit.discover.evaluation.business.context import Ctx
from piplkit.discover.evaluation.business.kinds import Variant as V
from piplkit.discover.evaluation.business.kinds import define
from piplkit.discover.evaluation.business.kinds_pi import _education, _orientation, _p, _religion


def _pick(values: Sequence[str]) -> Callable[[Any], str]:
    return lambda c: c.rng.choice(values)


def _score(c: Ctx) -> int:
    return max(0, min(150, int(c.rng.gauss(96, 22))))


# --- health -------------------------------------------------------------------------------
define(
    "diagnosis",
    "health_record",
    (
        V("name", _p(pi_records.health, "diagnosis")),
        V("std", _p(pi_records.health, "std"), True, 0),
    ),
)
define(
    "diagnosis_code",
    "health_record",
    (
        V("with_name", _p(pi_records.health, "diagnosis_icd"), True, 2),
        V("code", _p(pi_records.health, "icd"), False),
    ),
)
define(
    "history",
    "health_record",
    V("text", _p(pi_records.health, "history")),
)
define(
    "family_history",
    "health_record",
    V("text", _p(pi_records.health, "family")),
)
define(
    "allergy",
    "health_record",
    V("text", _p(pi_records.health, "allergy")),
)
define(
    "drugs",
    "health_record",
    V("text", _p(pi_records.health, "drugs")),
)
define(
    "complaint",
    "health_record",
    V("text", _p(pi_records.health, "complaint")),
)
define(
    "lab",
    "health_record",
    V("text", _p(pi_records.health, "lab")),
)
define(
    "vaccine",
    "health_record",
    V("text", _p(pi_records.health, "vaccine")),
)
define(
    "disability",
    "health_record",
    V("text", _p(pi_records.health, "disability"), False),
)
define(
    "height",
    "body_measurement",
    (
        V("float", _p(pi_records.body, "height"), False, 1, "float"),
        V("int", _p(pi_records.body, "height_int"), False, 1, "int"),
    ),
)
define(
    "weight",
    "body_measurement",
    V("float", _p(pi_records.body, "weight"), False, 1, "float"),
)
define(
    "bmi",
    "body_measurement",
    V("float", _p(pi_records.body, "bmi"), False, 1, "float"),
)
define(
    "blood_pressure",
    "body_measurement",
    (V("plain", _p(pi_records.body, "bp"), False), V("unit", _p(pi_records.body, "bp_unit"), True)),
)
define(
    "heart_rate",
    "body_measurement",
    V("int", _p(pi_records.body, "heart_rate"), False, 1, "int"),
)
define(
    "spo2",
    "body_measurement",
    V("int", _p(pi_records.body, "spo2"), False, 1, "int"),
)
define(
    "body_fat",
    "body_measurement",
    V("float", _p(pi_records.body, "body_fat"), False, 1, "float"),
)
define(
    "waist",
    "body_measurement",
    V("int", _p(pi_records.body, "waist"), False, 1, "int"),
)
define(
    "vision",
    "body_measurement",
    V("text", _p(pi_records.body, "vision"), False),
)
define(
    "temperature",
    "body_measurement",
    V("float", lambda c: round(c.rng.gauss(36.5, 0.3), 1), False, 1, "float"),
)

# --- education and work -------------------------------------------------------------------
define(
    "education",
    "education",
    (
        V("short", _p(_education, "short"), True, 3),
        V("formal", _p(_education, "formal"), True),
        V("code", _p(_education, "code"), False, 0.5),
    ),
)
define(
    "degree",
    "education",
    V("plain", _pick(vp.DEGREES)),
)
define(
    "school",
    "education",
    V("plain", _pick(vp.UNIVERSITIES)),
)
define(
    "k12_school",
    "education",
    V(
        "plain",
        lambda c: (
            c.rng.choice(("北京市", "杭州市", "成都市", "武汉市", "深圳市", "长沙市"))
            + c.rng.choice(vp.SCHOOLS_K12)
        ),
    ),
)
define(
    "major",
    "education",
    V("plain", _pick(vp.MAJORS), False),
)
define(
    "exam_score",
    "education",
    V("int", _score, False, 1, "int"),
)
define(
    "employer",
    "employer",
    V("plain", lambda c: c.fake.company(), False),
)
define(
    "job_title",
    "job_title",
    (V("zh", _pick(vp.JOB_TITLES), True, 4), V("en", _pick(vp.JOB_TITLES_EN), True)),
)

# --- finance ------------------------------------------------------------------------------
define(
    "bank_card",
    "bank_card",
    V("plain", lambda c: ids.bank_card(c.rng)[0]),
)
define(
    "balance",
    "account_balance",
    V("float", lambda c: round(c.rng.lognormvariate(8.5, 1.6), 2), False, 1, "float"),
)
define(
    "credit_summary",
    "credit_record",
    V("phrase", _p(pi_records.credit, "phrase")),
)
define(
    "five_class",
    "credit_record",
    V("plain", _p(pi_records.credit, "five_class"), False),
)
define(
    "credit_score",
    "credit_record",
    V("int", _p(pi_records.credit, "score"), False, 1, "int"),
)
define(
    "overdue_status", "credit_record", V("status", _p(pi_records.credit, "overdue_status"), False)
)
define(
    "overdue_days",
    "credit_record",
    V("days", _p(pi_records.credit, "overdue_days"), False, 1, "int"),
)
define(
    "transactions",
    "transaction_record",
    (V("line", _p(pi_records.transaction, "line")), V("json", _p(pi_records.transaction, "json"))),
)

# --- communication, contacts, web ---------------------------------------------------------
define(
    "call_log",
    "communication_record",
    (
        V("line", _p(pi_records.communication, "call")),
        V("json", _p(pi_records.communication, "call_json")),
    ),
)
define(
    "message",
    "communication_record",
    V("sms", _p(pi_records.communication, "sms"), False),
)
define(
    "contacts",
    "contacts",
    (
        V("pairs", _p(pi_records.contacts, "pairs")),
        V("json", _p(pi_records.contacts, "json")),
        V("relations", _p(pi_records.contacts, "relations")),
    ),
)
define(
    "browsing",
    "browsing_history",
    (V("json", _p(pi_records.browsing, "json")), V("url", _p(pi_records.browsing, "url"), False)),
)
define(
    "search_terms",
    "browsing_history",
    V("search", _p(pi_records.browsing, "search"), False),
)

# --- devices ------------------------------------------------------------------------------
define(
    "imei",
    "imei",
    V("plain", pi_ids.imei),
)
define(
    "mac",
    "mac_address",
    (
        V("colon", _p(pi_ids.mac, "colon"), True, 2),
        V("colon_lower", _p(pi_ids.mac, "colon_lower")),
        V("dash", _p(pi_ids.mac, "dash")),
        V("dotted", _p(pi_ids.mac, "dotted"), True, 0.3),
        V("bare", _p(pi_ids.mac, "bare"), False, 0.5),
    ),
)
define(
    "idfa",
    "device_id",
    V("idfa", _p(pi_ids.device_id, "idfa"), False),
)
define(
    "oaid",
    "device_id",
    V("oaid", _p(pi_ids.device_id, "oaid"), False),
)
define(
    "android_id",
    "device_id",
    V("android_id", _p(pi_ids.device_id, "android_id"), False),
)
define(
    "device_id",
    "device_id",
    (
        V("mixed", _p(pi_ids.device_id, "mixed"), False, 2),
        V("uuid", _p(pi_ids.device_id, "uuid"), False),
    ),
)

# --- locations ----------------------------------------------------------------------------
define(
    "coordinates",
    "geo_coordinates",
    (
        V("lat_lng", _p(pi_records.coordinates, "lat_lng"), True, 2),
        V("lng_lat", _p(pi_records.coordinates, "lng_lat"), True, 2),
        V("wkt", _p(pi_records.coordinates, "wkt"), True, 0.5),
        V("json", _p(pi_records.coordinates, "json")),
    ),
)
define(
    "longitude",
    "geo_coordinates",
    V("float", _p(pi_records.coordinates, "lng"), False, 1, "float"),
)
define(
    "latitude",
    "geo_coordinates",
    V("float", _p(pi_records.coordinates, "lat"), False, 1, "float"),
)
define(
    "trajectory",
    "trajectory",
    (
        V("json", _p(pi_records.trajectory, "json"), True, 2),
        V("polyline", _p(pi_records.trajectory, "polyline")),
        V("places", _p(pi_records.trajectory, "places"), False),
    ),
)

# --- beliefs, orientation, crime ----------------------------------------------------------
define(
    "religion",
    "religion",
    (V("zh", _p(_religion, "zh"), True, 4), V("en", _p(_religion, "en"), True)),
)
define(
    "orientation",
    "sexual_orientation",
    (V("zh", _p(_orientation, "zh"), True, 3), V("en", _p(_orientation, "en"), True)),
)
define(
    "crime",
    "criminal_record",
    (
        V("judgment", _p(pi_records.criminal, "judgment"), True, 3),
        V("flag", _p(pi_records.criminal, "flag"), False),
    ),
)
define(
    "charge",
    "criminal_record",
    V("plain", _p(pi_records.criminal, "charge")),
)
define(
    "penalty",
    "criminal_record",
    V("plain", _p(pi_records.criminal, "penalty")),
)

# --- vehicles, organisations --------------------------------------------------------------
define(
    "plate",
    "license_plate",
    V("plain", lambda c: ids.license_plate(c.rng)[0]),
)
define(
    "vin",
    "vin",
    V("plain", pi_ids.vin),
)
define(
    "uscc",
    "cn_uscc",
    V("plain", lambda c: ids.uscc_value(c.rng)[0]),
)
