"""A subscriber's home equipment (issue 11, set 13): the MAC address of a router, an optical
modem or a set-top box installed at a subscriber's home is the household's device in a table
that records the subscriber (a Wi-Fi repair ticket, a set-top-box register); in a network
inventory that records no person, the same header stays a machine's (the controls)."""

from __future__ import annotations

import random

from tests.scan.helpers import chinese_name, mobile
from tests.scan.test_export_vocabulary import types


def _mac(rng: random.Random, sep: str = ":") -> str:
    return sep.join(f"{rng.randrange(256):02X}" for _ in range(6))


def test_a_home_modem_mac_beside_its_subscriber_is_the_persons() -> None:
    rng = random.Random(21)
    n = 60
    table = {
        "报障人": [chinese_name(rng) for _ in range(n)],
        "联系手机": [mobile(rng) for _ in range(n)],
        "家用路由器物理地址": [_mac(rng, "-") for _ in range(n)],
        "故障现象": [rng.choice(["无法上网", "网速慢", "频繁掉线"]) for _ in range(n)],
    }
    assert types(table)["家用路由器物理地址"] == "mac_address"


def test_a_set_top_box_mac_in_english_beside_its_subscriber() -> None:
    rng = random.Random(22)
    n = 60
    table = {
        "customer": [chinese_name(rng) for _ in range(n)],
        "mobile": [mobile(rng) for _ in range(n)],
        "stb_router_mac": [_mac(rng) for _ in range(n)],
    }
    assert types(table)["stb_router_mac"] == "mac_address"


def test_a_network_inventory_keeps_its_routers_macs() -> None:
    rng = random.Random(23)
    n = 60
    table = {
        "设备名称": [f"核心路由器-{rng.randrange(1, 40):02d}" for _ in range(n)],
        "机房": [rng.choice(["A机房", "B机房"]) for _ in range(n)],
        "路由器MAC": [_mac(rng) for _ in range(n)],
        "端口数": [str(rng.choice([24, 48])) for _ in range(n)],
    }
    assert types(table)["路由器MAC"] is None
