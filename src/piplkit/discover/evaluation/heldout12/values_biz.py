"""Set 12's makers of business values that are not PI, several of them shaped like PI on
purpose (phone-shaped order numbers, equipment serials, a station's coordinates, a company's
own plates and VINs, amounts as text, full-width counts), since a false PI column costs as much
as a missed one. Generators ``seq``/``seq_*`` are row numbers and never blanked."""

from __future__ import annotations

import json
from datetime import date, timedelta

from piplkit.discover.evaluation.heldout8 import idgen
from piplkit.discover.evaluation.heldout12.person import Ctx
from piplkit.discover.evaluation.heldout12.values_pi import Maker

_FW = str.maketrans("0123456789", "０１２３４５６７８９")
_EXCEL0 = date(1899, 12, 30)


def _d(c: Ctx, n: int) -> str:
    return "".join(c.rng.choice("0123456789") for _ in range(n))


def _day(c: Ctx, back: int = 365) -> date:
    return c.ref - timedelta(days=c.rng.randrange(0, back))


def _one(*xs: str) -> Maker:
    return lambda c: c.rng.choice(xs)


def _code(prefix: str, n: int) -> Maker:
    return lambda c: prefix + _d(c, n)


def _int(lo: int, hi: int) -> Maker:
    return lambda c: c.rng.randint(lo, hi)


def _num(lo: float, hi: float, nd: int = 2) -> Maker:
    return lambda c: round(c.rng.uniform(lo, hi), nd)


BIZ: dict[str, Maker] = {
    "seq": lambda c: c.i + 1,
    "seq_code": lambda c: f"R{c.ref:%Y%m}{c.i + 1:05d}",
    "order_phone": lambda c: "1" + c.rng.choice("3578") + _d(c, 9),
    "order": _code("SO", 12),
    "ticket": _code("TK", 10),
    "member_no": _code("VIP", 8),
    "card_no": _code("88", 10),
    "student_no": _code("2026", 6),
    "exam_no": _code("26330", 9),
    "sku": lambda c: c.rng.choice(("SKU-", "HB", "JD")) + _d(c, 7),
    "ean": lambda c: "69" + _d(c, 11),
    "hs": lambda c: c.rng.choice(("0402", "3304", "1901", "2106", "9617")) + _d(c, 6),
    "serial": lambda c: c.rng.choice(("SN", "HK", "DS-2CD")) + _d(c, 10),
    "modem_imei": lambda c: idgen.imei(c.rng),
    "co_vin": lambda c: idgen.vin(c.rng),
    "co_plate": lambda c: c.rng.choice(("沪", "浙", "粤")) + "A" + c.rng.choice("DF") + _d(c, 5),
    "site_geo": lambda c: f"{c.rng.uniform(30.1, 31.4):.5f},{c.rng.uniform(120.0, 121.9):.5f}",
    "site_lat": _num(30.1, 31.4, 5),
    "site_lng": _num(120.0, 121.9, 5),
    "dev_ip": lambda c: f"192.168.{c.rng.randint(0, 9)}.{c.rng.randint(2, 250)}",
    "dev_mac": lambda c: "00:1A:2B:" + ":".join(f"{c.rng.randint(0, 255):02X}" for _ in range(3)),
    "hotline": lambda c: "400-" + _d(c, 3) + "-" + _d(c, 4),
    "switchboard": lambda c: "0571-8" + _d(c, 7),
    "company": lambda c: c.fake.company(),
    "city": lambda c: c.fake.city(),
    "province": lambda c: c.fake.province(),
    "street": lambda c: c.fake.street_name(),
    "district": _one("西湖区", "拱墅区", "滨江区", "余杭区", "萧山区", "上城区"),
    "amount": _num(5, 5000),
    "amount_text": lambda c: f"{c.rng.uniform(10, 9000):,.2f}",
    "price": _num(20, 800),
    "big_amount": _num(10000, 900000),
    "qty": _int(1, 500),
    "qty_fw": lambda c: str(c.rng.randint(1, 900)).translate(_FW),
    "pct": lambda c: f"{c.rng.uniform(0, 100):.1f}%",
    "rate": _num(0, 1, 3),
    "kg": _num(0.2, 80, 1),
    "kw": _one("7", "30", "60", "120", "160"),
    "km": _int(3000, 180000),
    "minutes": _int(1, 240),
    "days": _int(0, 180),
    "staff": _int(3, 3000),
    "date": lambda c: _day(c).isoformat(),
    "date_cn": lambda c: f"{(d := _day(c)).year}年{d.month}月{d.day}日",
    "date_xl": lambda c: (_day(c) - _EXCEL0).days,
    "dt": lambda c: (
        f"{_day(c, 60):%Y-%m-%d} {c.rng.randint(0, 23):02d}:{c.rng.randint(0, 59):02d}:"
        f"{c.rng.randint(0, 59):02d}"
    ),
    "time": lambda c: f"{c.rng.randint(6, 23):02d}:{c.rng.choice(('00', '15', '30', '45'))}",
    "yesno": _one("是", "否"),
    "yn": _one("Y", "N"),
    "status": _one("已完成", "处理中", "待审核", "已取消", "已关闭"),
    "pay_status": _one("已支付", "未支付", "已退款", "部分退款"),
    "level": _one("普通", "银卡", "金卡", "钻石"),
    "json_attr": lambda c: json.dumps(
        {"颜色": c.rng.choice(("黑", "白", "蓝")), "规格": c.rng.choice(("500g", "1kg", "2L"))},
        ensure_ascii=False,
    ),
    "remark": _one("", "加急", "客户要求周末送", "已电话确认", "资料待补", "复核通过", "见附件"),
    "film": _one(
        "流浪地球3", "长安三万里", "哪吒之魔童闹海", "封神第二部", "熊出没·重启未来", "唐探1900"
    ),
    "hall": _one("1号厅", "2号厅IMAX", "3号厅", "4号厅杜比", "VIP厅"),
    "seat": lambda c: f"{c.rng.randint(1, 14)}排{c.rng.randint(1, 20)}座",
    "product": lambda c: c.rng.choice(
        ("保温杯", "婴儿奶粉", "面霜", "蓝牙耳机", "电动牙刷", "充电宝")
    ),
    "car_model": _one(
        "大众朗逸 2019款",
        "丰田凯美瑞 2020款",
        "本田思域 2018款",
        "比亚迪汉EV",
        "特斯拉Model 3",
        "别克GL8 2017款",
    ),
    "bin_type": _one("厨余垃圾", "可回收物", "有害垃圾", "其他垃圾"),
    "points": _int(0, 5000),
    "gate": _one("东门", "南门1号闸", "西门", "北门车行道", "图书馆闸机"),
    "dept": _one("财务部", "销售一部", "仓储部", "客服中心", "采购部", "技术部"),
    "warehouse": _one("杭州一仓", "嘉兴前置仓", "义乌保税仓", "宁波北仓"),
    "unit": _one("件", "箱", "KG", "套", "个"),
    "currency": _one("CNY", "USD", "HKD"),
    "pay_method": _one("微信支付", "支付宝", "银联", "现金", "对公转账"),
    "channel": _one("小程序", "APP", "门店", "美团", "抖音"),
    "room": lambda c: f"{c.rng.randint(1, 6)}0{c.rng.randint(1, 9)}",
    "bed": lambda c: f"{c.rng.randint(1, 5)}楼{c.rng.randint(1, 30)}床",
    "care_level": _one("自理", "半护理", "全护理", "特级护理"),
    "version": lambda c: f"V{c.rng.randint(1, 4)}.{c.rng.randint(0, 9)}.{c.rng.randint(0, 20)}",
    "fault": _one("E01 过流", "E07 通信中断", "正常", "E12 温度过高", "离线"),
    "region_code": lambda c: c.rng.choice(idgen.AREAS),
    "region_name": lambda c: c.fake.city() + c.rng.choice(("区", "县", "市")),
    "status_code": _one("00", "01", "02", "09", "99"),
    "ext": lambda c: "8" + _d(c, 3),
    "batch": _code("B2026", 6),
    "course": _one("素描基础", "水彩", "国画", "少儿编程L1", "乐高机器人", "围棋入门"),
    "lessons": _int(0, 48),
    "event": _one("占道经营", "垃圾堆放", "违规停车", "井盖缺失", "噪声扰民", "飞线充电"),
    "booth": lambda c: f"{c.rng.choice('ABCDEF')}{c.rng.randint(1, 9)}-{c.rng.randint(1, 60):02d}",
    "pile": _code("CP", 10),
    "route": _one("杭州-宁波", "上海-苏州", "广州-深圳", "成都-重庆", "北京-天津"),
    "vessel": _one("中远海运星", "东方之珠", "招商明华", "宁安7", "海丰蓝宝石"),
    "port": _one("新加坡", "鹿特丹", "上海洋山", "釜山", "汉堡", "宁波舟山"),
    "pkg": _one("基础套餐", "畅享套餐", "家庭套餐", "5G尊享"),
    "speed": _one("100M", "300M", "500M", "1000M"),
    "loan_no": _code("LN", 12),
    "policy": _code("P", 15),
}
