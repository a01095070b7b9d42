"""Table rules of the causes held-out set 12 showed (issue 11): columns of documents, venues,
sites, regions and a business's vehicles whose values have a person type's shape.

* A running number under a header naming a document (订单号, 运单, 受理单号, 场次号,
  ``waybill_no``) is the document's key even when every value passes the mobile numbering plan
  (set 10's choice 33): :mod:`.table_things` catches series that fail the plan, not a generator
  that draws only 13x/15x/17x/18x numbers. So does an English header ending in ``no``
  (``repair_no``) unless it names a member's, a user's or an account's number (a login is
  often the mobile). A header naming a phone keeps the column a mobile.
* A hall, a room or a pavilion of a venue (1号厅, VIP厅, 3号馆) is the business's room, not an
  address, even in a register of members (a hall preference): it names no road, no building.
* A column of bare city or district names (玉市, 凯县, 西湖区) in a table that records nobody is a
  region lookup, not addresses (as :mod:`.region_values` for a province and a city).
* In a table that records nobody and names a site, a point or an incident (点位, 站点, 事件,
  site, station), the coordinates and the landlines are the place's and its operator's (set
  12's choice 31, set 7's 13); under a device's header (设备IP, shebeiMAC) the addresses are
  the device's.
* A private address under a header naming a gate or a camera (闸机IP, camera_ip) is the
  gate's, even beside the persons who passed it (set 12's choice 4).
* A VIN or a plate in a stock list (库存, stock) is the dealer's car (set 7's 13, set 10's 16,
  set 12's choice 6); the car's private keeper (车主, owner) keeps it a person's. A hired car
  is left alone: sets 2 and 3 score a rental order's plate and VIN as PI, set 10 and set 12
  (choice 19) as the operator's, a conflict the conventions table does not settle.
* A bare road name under a header naming a point (投放点位: 宁德路) is where the point is; a
  company's phone in any spelling (gongsidianhua) is the company's; an account name whose
  values are organisations' names (某某有限公司) is a customer company's.
* An address under a ship-to header (收货地址, ship_to), or a bare address beside the ship-to's
  city or district (收货城市, 收货区县, then 详细地址), in a table whose customers are companies (a
  column of USCCs) is a customer company's site (set 12's choice 33, set 3's convention 2, the
  gold conventions table's ship-to row); consignees' names and mobiles keep their types.
  (Set 17, fix17b) A tax number beside an invoice title (发票抬头, invoice_title) is the
  invoice's, not the customer's: a shop's order export carries it when a buyer asks for a
  company invoice, and its consignees stay persons, so it does not make the ship-to a company's.

Each rule that takes a type away makes the header the organisation's own (negative), so
:func:`piplkit.discover.scan.columns.decide` agrees in a full count too.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from piplkit.discover.scan.analysis import values_share
from piplkit.discover.scan.columns import ColumnStats, Decision
from piplkit.discover.scan.header_words import HeaderKey, contains, last_token_start
from piplkit.discover.scan.hints import HeaderEvidence, key_of
from piplkit.discover.scan.profiles import ProfileTable
from piplkit.discover.scan.table_context import decide_as_own, records_persons
from piplkit.discover.scan.table_things import EQUIPMENT_TYPES, KEEPER_WORDS, STOCK_WORDS
from piplkit.discover.scan.tables import Row

#: Words of a header that names a document or a session by its running number (an order, a
#: waybill, a work order, an application received, a screening): its values are keys.
DOCUMENT_WORDS = ("单号", "订单", "运单", "工单", "单据", "受理号", "场次", "票号", "流水号",
                  "dingdan", "danhao", "yundan", "changci", "order", "waybill", "invoice",
                  "receipt", "showno", "sessionno", "ticketno", "trackingno")  # fmt: skip
#: Words of a header that names a phone: the column is a phone whatever else it names.
PHONE_WORDS = ("手机", "电话", "联系方式", "mobile", "phone", "tel", "shouji", "dianhua",
               "contact", "cell", "mob", "msisdn")  # fmt: skip
#: Words of a header's other keys that may be a subscriber's number (a member's or a user's
#: login is often the mobile): an English header ending in ``no`` after one of them is no
#: document's.
ACCOUNT_WORDS = ("member", "user", "account", "login", "vip", "card", "customer", "client",
                 "uid", "id")  # fmt: skip
#: A number in a mobile's plain shape.
_MOBILE_SHAPE = re.compile(r"1[3-9][0-9]{9}")
#: Share of values a value rule needs.
_SHARE = 0.8
#: A venue's room: a hall, a pavilion or a private room, perhaps numbered or graded (2号厅IMAX,
#: VIP厅, N1馆, 808包间).
_ROOM = re.compile(
    r"[^\s路街道巷弄村镇栋幢楼单元]{0,8}(?:厅|馆|包间|包厢|会议室|教室)"
    r"[A-Za-z0-9\u4e00-\u9fff ]{0,6}"
)
#: Words of an address that locate a building (a road, a street, a building, a unit).
_LOCATING = re.compile(r"[路街道巷弄村镇栋幢楼]|单元|小区")
#: A bare city, district or county name (凯县, 玉市, 西湖区, 延边州).
_DIVISION = re.compile(r"[\u4e00-\u9fff]{1,6}(?:市|区|县|州|旗|盟)")
#: Words of a header that names a site, a point or an incident a register lists.
SITE_WORDS = ("点位", "站点", "网点", "事件", "桩", "场站", "设施", "site", "station", "point",
              "incident", "event", "dianwei", "zhandian")  # fmt: skip
#: A bare road or street name, without a number (宁德路, 海口街): a point on it, not a home.
_STREET = re.compile(r"[\u4e00-\u9fff]{1,8}(?:路|街|大道|大街|巷|弄)")
#: Words of a company's own phone (公司电话, gongsidianhua, 总机) in any spelling.
COMPANY_PHONE_WORDS = ("公司", "总机", "gongsi", "zongji", "company", "switchboard")
#: The end of an organisation's name (某某科技有限公司, 某某集团).
_ORGANISATION = re.compile(r".{2,}(?:公司|集团|厂|研究院|事务所|合作社|中心|银行)")
#: Words of a header that names a device (设备IP, shebeiMAC, device_ip).
DEVICE_WORDS = ("设备", "shebei", "device", "xuliehao")
#: Types a place or its operator has as well as a person.
PLACE_TYPES = frozenset({"geo_coordinates", "cn_landline"})
#: Types a table of things may hold (and None).
_THINGS = EQUIPMENT_TYPES | {None, "address"}
#: Words of a gate or a camera in a header (闸机IP, 道闸, camera_ip).
GATE_WORDS = ("闸机", "道闸", "门禁", "摄像", "zhaji", "gate", "camera")
#: Words of a ship-to or delivery address (收货地址, 送货地址, ship_to).
SHIP_WORDS = ("收货", "送货", "发货", "交货", "配送", "送到", "shipto", "deliveryaddress",
              "shouhuo")  # fmt: skip
#: Words of a part of a place (收货城市, 收货区县, ship_to_city): beside a ship-to word, the other
#: columns of the ship-to.
PLACE_PART_WORDS = ("省", "城市", "市", "区县", "区", "县", "province", "city", "district")
#: Words of an invoice's title (发票抬头, 开票名称, invoice_title): a buyer's request, not a
#: customer's identity.
INVOICE_TITLE_WORDS = ("发票抬头", "开票抬头", "抬头", "开票名称", "发票名称", "invoicetitle",
                       "invoicename", "invoiceheader", "fapiaotaitou", "taitou")  # fmt: skip
#: Words of a header that names the customer itself (客户税号, customer_uscc): its USCC is the
#: customer's whatever invoice columns sit beside it.
CUSTOMER_WORDS = ("客户", "customer", "client", "kehu")


def apply_venue_rules(
    rows: list[Row],
    headers: list[HeaderEvidence],
    stats: list[ColumnStats],
    chance: list[set[str]],
    decisions: list[Decision],
    profiles: ProfileTable,
    *,
    product_table: bool,
) -> None:
    """Decide again, in place, the columns the rules above apply to."""
    keys = [key_of(s.name) for s in stats]
    for i, d in enumerate(decisions):  # documents first: their keys are no person's mobile
        if (
            d.pi_type == "cn_mobile"
            and "cn_mobile" not in headers[i].types
            and (_any(keys[i], DOCUMENT_WORDS) or _numbered(keys[i]))
            and not _any(keys[i], PHONE_WORDS)
            and values_share(rows, i, profiles, _MOBILE_SHAPE.fullmatch, _SHARE)
        ):
            decide_as_own(i, headers, stats, chance, decisions, profiles, product_table)
    sites = _any_word(keys, SITE_WORDS)
    stock = _any_word(keys, STOCK_WORDS)
    companies = _customer_companies(keys, decisions)
    for i, d in enumerate(decisions):
        nobody = not records_persons(decisions, skip=i)
        if d.pi_type == "address":
            own = values_share(rows, i, profiles, _room, _SHARE) or (
                nobody and values_share(rows, i, profiles, _DIVISION.fullmatch, _SHARE)
            ) or (companies and (_any(keys[i], SHIP_WORDS) or _ship_place(keys, i))) or (
                _any(keys[i], SITE_WORDS) and values_share(rows, i, profiles, _street, _SHARE)
            )  # fmt: skip
        elif d.pi_type in EQUIPMENT_TYPES and _only_places(decisions):
            own = (sites and d.pi_type in PLACE_TYPES) or _any(keys[i], DEVICE_WORDS)
        elif d.pi_type in ("ipv4", "ipv6"):
            own = _any(keys[i], GATE_WORDS) and 0 < d.matches <= 2 * stats[i].private
        elif d.pi_type in ("vin", "license_plate"):
            own = stock and not _any(keys[i], KEEPER_WORDS)
        elif d.pi_type == "cn_landline":
            own = _any(keys[i], COMPANY_PHONE_WORDS)
        elif d.pi_type == "account_name":
            own = values_share(rows, i, profiles, _ORGANISATION.fullmatch, _SHARE)
        else:
            continue
        if own:
            decide_as_own(i, headers, stats, chance, decisions, profiles, product_table)


def _numbered(key: HeaderKey) -> bool:
    """Whether an English header names a thing's number (``repair_no``, ``claimNo``): two
    tokens or more, the last ``no``, and no account's word before it."""
    end = len(key.text)
    return (
        key.marked
        and key.text.isascii()
        and last_token_start(key, "no") == end - 2
        and not _any(key, ACCOUNT_WORDS)
    )


def _customer_companies(keys: Sequence[HeaderKey], decisions: Sequence[Decision]) -> bool:
    """Whether a column of USCCs says the table's customers are companies: any USCC column,
    unless the table carries an invoice title and the USCC's header does not name the customer
    (then it is the invoice's tax number, set 17's Taobao order with 发票抬头, 纳税人识别号)."""
    invoices = _any_word(keys, INVOICE_TITLE_WORDS)
    return any(
        d.pi_type == "cn_uscc" and (not invoices or _any(keys[i], CUSTOMER_WORDS))
        for i, d in enumerate(decisions)
    )


def _ship_place(keys: Sequence[HeaderKey], i: int) -> bool:
    """(Set 14, fix11u) Whether another column names a part of the ship-to (收货城市, 收货区县):
    then a bare address column (详细地址) is the rest of the ship-to."""
    return any(
        _any(k, SHIP_WORDS) and _any(k, PLACE_PART_WORDS) for j, k in enumerate(keys) if j != i
    )


def _any(key: HeaderKey, words: Sequence[str]) -> bool:
    return any(contains(key, w) for w in words)


def _any_word(keys: Sequence[HeaderKey], words: Sequence[str]) -> bool:
    return any(_any(k, words) for k in keys)


def _only_places(decisions: Sequence[Decision]) -> bool:
    """Whether no column holds a type a place or a device does not have (a table of things; a
    site's own address may be among them)."""
    return all(d.pi_type in _THINGS for d in decisions)


def _street(value: str) -> bool:
    return _STREET.fullmatch(value) is not None


def _room(value: str) -> bool:
    return _ROOM.fullmatch(value) is not None and _LOCATING.search(value) is None
