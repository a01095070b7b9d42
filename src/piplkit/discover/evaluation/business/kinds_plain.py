"""Column kinds of ordinary business data (gold ``None``).

Several are built to look like PI to a careless classifier: 18–19-digit order numbers, 32-hex
record hashes beside MD5 passwords, amounts beside balances, recent dates beside birth dates,
``数据指纹`` beside 指纹, numeric user ids beside QQ numbers, product URLs beside browsing
histories, company names beside employers, parcel weights beside body weights.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from piplkit.discover.evaluation.business import plain_values as pv
from piplkit.discover.evaluation.business import vocab_business as vb
from piplkit.discover.evaluation.business.context import Ctx
from piplkit.discover.evaluation.business.kinds import Variant as V
from piplkit.discover.evaluation.business.kinds import define


def _v(fn: Callable[[Ctx, str], Any], style: str, dtype: str = "str", weight: float = 1.0) -> V:
    return V(style, lambda c: fn(c, style), True, weight, dtype)


def _vocab(options: tuple[str, ...] | dict[str, float], name: str = "plain") -> V:
    return V(name, lambda c: pv.pick(c, options))


def _flag(c: Ctx, style: str) -> str:
    pairs = {"zh": ("是", "否"), "en": ("true", "false"), "01": ("1", "0"), "yn": ("Y", "N")}
    return pairs[style][0 if c.rng.random() < 0.3 else 1]


_KEY, _MONEY, _QTY, _WHEN, _TEXT = pv.record_key, pv.money, pv.quantity, pv.when, pv.text

# Every variant counts as decidable by its values (an opaque header is fair): the PI kinds that
# look alike (balances, employers, birth dates, browsing URLs, body weights) never get opaque
# headers, so an unnamed column of decimals, company names or dates is rightly "not PI".
# fmt: off
_KINDS: dict[str, tuple[V, ...]] = {
    # keys and numbers
    "record_id": (_v(_KEY, "int", "int"),),
    "order_no": (_v(_KEY, "order19", weight=2), _v(_KEY, "prefixed"), _v(_KEY, "snowflake")),
    "biz_no": (_v(_KEY, "prefixed", weight=2), _v(_KEY, "contract"), _v(_KEY, "policy")),
    "customer_no": (_v(_TEXT, "customer_no"), _v(_TEXT, "patient_no"), _v(_TEXT, "emp_no"),
                    _v(_TEXT, "student_no")),
    "user_id": (_v(_TEXT, "uid", weight=2), _v(_KEY, "snowflake")),
    "hash_id": (_v(_KEY, "md5"), _v(_KEY, "sha1")),
    "sku": (_v(_KEY, "sku"), _v(_KEY, "jd_sku")),
    "tracking_no": (_v(_KEY, "tracking"),),
    "invoice_no": (_v(_KEY, "invoice"),),
    "case_no": (_v(_KEY, "case"),),
    "price": (_v(_MONEY, "price", "float"),),
    "amount": (_v(_MONEY, "amount", "float", 3), _v(_MONEY, "yuan_text"),
               _v(_MONEY, "salary", "float", 0), _v(_MONEY, "deduction", "float", 0),
               _v(_MONEY, "room", "float", 0)),
    "loan_amount": (_v(_MONEY, "big", "float"),),
    "rate": (_v(_MONEY, "rate", "float"),),
    "quantity": (_v(_QTY, "qty", "int"),),
    "rating": (_v(_QTY, "rating", "int"),),
    "duration": (_v(_QTY, "seconds", "int"), _v(_QTY, "minutes", "int")),
    "distance": (_v(_QTY, "km", "float"),),
    "count": (_v(_QTY, "count", "int"),),
    "term": (_v(_QTY, "term", "int"),),
    "percent": (_v(_QTY, "percent"),),
    "goods_weight": (_v(_QTY, "kg", "float"),),
    "area": (_v(_QTY, "m2", "float"),),
    # times
    "created_at": (_v(_WHEN, "datetime_text", weight=3), _v(_WHEN, "datetime", "datetime"),
                   _v(_WHEN, "epoch_ms", "int"), _v(_WHEN, "compact")),
    "biz_date": (_v(_WHEN, "date_text", weight=3), _v(_WHEN, "date", "date"), _v(_WHEN, "slash")),
    "hire_date": (_v(_WHEN, "hire_date"),),
    "due_date": (_v(_WHEN, "future_date"),),
    "month": (_v(_TEXT, "month"),),
    "time_of_day": (_v(_WHEN, "time"),),
    # words
    "order_status": (_vocab(vb.ORDER_STATUS),),
    "status": (_vocab(vb.ACCOUNT_STATUS, "account"), _vocab(vb.CLAIM_STATUS, "claim"),
               _vocab(vb.APPROVAL_STATUS, "approval"), _vocab(vb.EMP_STATUS, "employment"),
               _vocab(vb.SUBSCRIBER_STATUS, "subscriber"), _vocab(vb.RIDE_STATUS, "ride"),
               _vocab(vb.TICKET_STATUS, "ticket"), _vocab(vb.RECRUIT_STAGES, "recruit"),
               _vocab(vb.CALL_RESULTS, "call")),
    "department": (_vocab(vb.DEPARTMENTS, "office"), _vocab(vb.HOSPITAL_DEPTS, "hospital")),
    "store": (_v(_TEXT, "store"), _v(_TEXT, "hotel"), _v(_TEXT, "door"), _v(_TEXT, "office"),
              _v(_TEXT, "hall")),
    "company": (_v(_TEXT, "company"), _v(_TEXT, "hospital", weight=0),
                _v(_TEXT, "lender", weight=0)),
    "product": (_vocab(vb.PRODUCTS),),
    "category": (_vocab(vb.CATEGORIES, "goods"), _vocab(vb.INSURANCE_PRODUCTS, "insurance"),
                 _vocab(vb.LOAN_PRODUCTS, "loan"), _vocab(vb.PAY_CLASSES, "pay_class")),
    "brand": (_vocab(vb.BRANDS),),
    "remark": (_vocab(vb.REMARKS),),
    "flag": (_v(_flag, "zh"), _v(_flag, "en"), _v(_flag, "01"), _v(_flag, "yn")),
    "version": (_v(_TEXT, "version"),),
    "postcode": (_v(_TEXT, "postcode"),),
    "product_url": (_v(_TEXT, "product_url"),),
    "hotline": (_v(_TEXT, "hotline"),),
    "pay_method": (_vocab(vb.PAY_METHODS),),
    "channel": (_vocab(vb.CHANNELS),),
    "logistics": (_vocab(vb.LOGISTICS),),
    "warehouse": (_vocab(vb.WAREHOUSES),),
    "currency": (_vocab(vb.CURRENCIES),),
    "branch": (_vocab(vb.BRANCHES),),
    "account_type": (_vocab(vb.ACCOUNT_TYPES, "account"), _vocab(vb.REPAY_METHODS, "repay"),
                     _vocab(vb.EMPLOYMENT_TYPES, "employment"), _vocab(vb.TXN_TYPES, "txn"),
                     _vocab(vb.CALL_DIRECTIONS, "call"), _vocab(vb.DOOR_METHODS, "door"),
                     _vocab(vb.VISA_TYPES, "visa")),
    "job_level": (_vocab(vb.JOB_LEVELS),),
    "source": (_vocab(vb.JOB_SOURCES),),
    "device_model": (_vocab(vb.DEVICE_MODELS, "phone"), _vocab(vb.DEVICES_WEAR, "wearable")),
    "os": (_vocab(vb.OS_NAMES),),
    "network": (_vocab(vb.NETWORKS),),
    "carrier": (_vocab(vb.CARRIERS),),
    "plan": (_vocab(vb.PLANS),),
    "class_name": (_v(_TEXT, "class"),),
    "course": (_vocab(vb.COURSES),),
    "exam_name": (_v(_TEXT, "exam"),),
    "room_type": (_vocab(vb.ROOM_TYPES),),
    "room_no": (_v(_TEXT, "room"),),
    "flight": (_v(_TEXT, "flight"),),
    "seat": (_v(_TEXT, "seat"),),
    "airport": (_v(_TEXT, "airport"), _v(_TEXT, "station")),
    "cabin": (_vocab(vb.CABINS),),
    "car_model": (_vocab(vb.CAR_MODELS),),
    "color": (_vocab(vb.VEHICLE_COLORS),),
    "ride_type": (_vocab(vb.RIDE_TYPES, "ride"), _vocab(vb.WORKOUT_TYPES, "workout"),
                  _vocab(vb.POST_TYPES, "post")),
    "group_name": (_vocab(vb.GROUP_NAMES),),
    "application_type": (_vocab(vb.APPLICATION_TYPES, "gov"), _vocab(vb.CASE_TYPES, "case")),
    "office": (_vocab(vb.GOV_OFFICES),),
    "estate": (_vocab(vb.ESTATES),),
    "fee_item": (_vocab(vb.FEE_ITEMS, "fee"), _vocab(vb.REPAIR_ITEMS, "repair")),
    "parking": (_v(_TEXT, "parking"),),
    "member_level": (_vocab(vb.MEMBER_LEVELS, "member"), _vocab(vb.DATING_PLANS, "plan")),
    "event": (_v(_TEXT, "event"),),
    "coupon": (_v(_TEXT, "coupon"),),
    "pnr": (_v(_TEXT, "pnr"),),
    "ticket_no": (_v(_TEXT, "ticket"),),
}
# fmt: on

for _kind_id, _variants in _KINDS.items():
    define(_kind_id, None, _variants)

#: Kinds whose variants are vocabularies of different systems: a template must pin one.
MUST_PIN: frozenset[str] = frozenset({
    "status", "account_type", "ride_type", "fee_item", "member_level", "device_model", "category",
    "department", "application_type", "customer_no", "store", "airport",
})  # fmt: skip
