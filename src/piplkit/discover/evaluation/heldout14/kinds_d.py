"""Set 14's kinds without PI (look-alikes included), its wide ERP/CRM exports and its narrow
lookups."""

from __future__ import annotations

from piplkit.discover.evaluation.heldout14.kinds import Col, Kind, c

C = c
NO_PI: list[Kind] = [
    Kind(
        "fire_drill",
        "消防演练记录汇总",
        "fire_drill",
        (
            C("演练编号;编号;DRILL_NO", "code:XF:5"),
            C("楼宇;建筑名称;BUILDING", "pick:A座/B座/研发楼/仓库"),
            C("参演人数;人数;HEADCOUNT", "staff_count"),
            C("疏散用时(秒);疏散时间;EVAC_S", "int:90-600"),
            C("灭火器编号;器材编号;EXT_SN", "serial"),
            C("值班电话;消控室电话;DUTY_TEL", "hotline"),
            C("演练日期;日期;DATE", "date_xl"),
            C("评估结果;结果;RESULT", "pick:合格/良好/需整改"),
        ),
    ),
    Kind(
        "print_shop",
        "图文快印订单",
        "print_shop",
        (
            C("订单号;单号", "order_like_phone"),
            C("下单单位;客户单位", "company"),
            C("纳税人识别号;税号", "uscc", "cn_uscc"),
            C("印品;产品", "pick:名片/易拉宝/画册/工程图"),
            C("纸张;材质", "pick:300g铜版/PVC/哑粉"),
            C("数量;份数", "int:1-5000"),
            C("金额;合计金额", "amount_text"),
            C("设备;打印机序列号", "serial"),
            C("交付门店;门店", "store"),
        ),
    ),
    Kind(
        "zoo_feeding",
        "动物园饲喂日志",
        "zoo_ops",
        (
            C("animal_id;动物编号;AnimalID", "code:ZA:4"),
            C("species;物种;Species", "pick:大熊猫/东北虎/长颈鹿/丹顶鹤"),
            C("animal_name;动物昵称;Nickname", "pick:团团/圆圆/大壮/Lucky"),
            C("weight_kg;体重(kg);Weight", "num:5-900"),
            C("feed;饲料;Feed", "pick:竹子/牛肉/苜蓿/鱼"),
            C("feed_kg;投喂量;FeedKg", "num:1-40"),
            C("keeper_no;饲养员工号;Keeper", "code:K:3"),
            C("enclosure;场馆;Enclosure", "pick:熊猫馆/猛兽区/非洲区"),
        ),
    ),
    Kind(
        "orchard_yield",
        "果园采收台账",
        "orchard",
        (
            C("地块;地块编号;plot", "code:GY-:3"),
            C("品种;果树品种;variety", "pick:红富士/阳光玫瑰/砂糖橘/翠冠梨"),
            C("采收量(kg);产量;yield_kg", "num:50-3000"),
            C("糖度(Brix);糖度;brix", "num:10-22"),
            C("等级;果级;grade", "pick:特级/一级/二级/次果"),
            C("采收日期;日期;harvest_date", "date"),
            C("收购商;客商;buyer_co", "company"),
            C("客服电话;订货热线;hotline", "hotline"),
        ),
    ),
    Kind(
        "honey_batches",
        "蜂蜜批次质检",
        "beekeeping",
        (
            C("BATCH;批次号;batch_no", "order"),
            C("APIARY;蜂场;apiary", "city"),
            C("HIVES;蜂箱数;hives", "staff_count"),
            C("NECTAR;蜜源;nectar", "pick:洋槐/荆条/油菜/百花"),
            C("MOISTURE;水分(%);moisture", "pct"),
            C("HMF;羟甲基糠醛;hmf", "num:2-40"),
            C("RESULT;判定;result", "pick:合格/不合格/复检"),
            C("SPEC;规格;spec_json", "json_attrs"),
        ),
    ),
    Kind(
        "bowling_lanes",
        "保龄球馆球道营收",
        "bowling",
        (
            C("Lane;球道;lane_no", "int:1-24"),
            C("Games;局数;games", "int:10-300"),
            C("Revenue;营收(元);revenue", "amount_text"),
            C("Pinsetter SN;置瓶机序列号;pinsetter_sn", "serial"),
            C("Oil Pattern;油型;oil", "pick:House/Kegel Broadway/Shark"),
            C("Date;日期;date", "date"),
            C("Staff;在班员工数;staff", "staff_count"),
        ),
    ),
]

_WIDE_BIZ = [C(h, g) for h, g in (
    ("单据编号", "order"), ("单据日期", "date"), ("制单时间", "datetime"), ("业务员编码", "code:YW:4"),  # noqa: E501
    ("部门", "pick:华东大区/华南大区/直营部"), ("客户编码", "code:CU:6"), ("客户名称", "company"),
    ("客户税号", "uscc"), ("收货城市", "city"), ("收货区县", "district"), ("物料编码", "sku"),
    ("物料名称", "pick:陶泥25kg/釉料白/电窑12kW/拉坯机"), ("规格型号", "pick:M1/M2/XL/定制"),
    ("单位", "pick:件/箱/台/千克"), ("数量", "int:1-500"), ("单价", "num:5-9000"),
    ("金额", "num:100-90000"), ("税率", "pick:13%/9%/6%"), ("税额", "num:10-9000"),
    ("价税合计", "amount_text"), ("折扣率", "pct"), ("仓库", "pick:一号仓/二号仓/外租仓"),
    ("批次", "code:LOT:6"), ("发货单号", "order_like_phone"), ("物流公司", "company"),
    ("设备序列号", "serial"), ("币种", "pick:CNY/USD"), ("汇率", "num:1-8"),
    ("审核状态", "status"), ("审核日期", "date"), ("是否开票", "yn"), ("发票号码", "code::8"),
    ("付款条件", "pick:月结30天/款到发货/预付50%"), ("项目号", "code:PJ:5"),
    ("商品链接", "url"), ("扩展属性", "json_attrs"), ("备注", "remark"), ("F38", "hash"),
    ("字段39", "ver"), ("col_40", "int:0-1"),
)]  # fmt: skip
# Adjudicated 2026-12-07 (docs/evaluation.md, "Adjudication of set choices"): a customer company's
# 税号 (its values are valid USCCs) is `cn_uscc` by the gold conventions table's 纳税人识别号 row,
# not ``None`` as the export's gold was written (choice 23; choice 22 types a tax number
# ``cn_uscc`` too); only the gold changes, the column keeps its place
_WIDE_BIZ[7] = C("客户税号", "uscc", "cn_uscc")
_WIDE_PI = [
    C("联系人;联系人姓名", "name", "person_name"),
    C("联系人手机;手机1", "mobile", "cn_mobile"),
    C("联系人邮箱;Email", "email", "email"),
    # Adjudicated 2026-12-07 (docs/evaluation.md, "Adjudication of set choices", branch fix11u):
    # the delivery address of a B2B export whose customers are companies (their 税号 beside it)
    # is the customer company's site, ``None`` by set 3's convention 2 and the gold conventions
    # table's ship-to row, not ``address`` as choice 23 wrote it; only the gold changes
    C("收货地址;详细地址", "address"),
]


def _wide(key: str, title: str, domain: str, pi: list[Col]) -> Kind:
    return Kind(key, title, domain, tuple(_WIDE_BIZ[:20] + pi + _WIDE_BIZ[20:]), variants=3)


WIDE: list[Kind] = [
    _wide("erp_pottery_supply", "ERP销售出库单导出", "erp_sales", _WIDE_PI),
    _wide("crm_repair_leads", "CRM客户线索全字段导出", "crm_leads", _WIDE_PI[:2]),
]
NARROW: list[Kind] = [
    Kind(
        "lk_store_city", "门店城市对照", "lookup", (C("门店编码", "code:S:4"), C("城市", "city")), 2
    ),
    Kind(
        "lk_member_tel",
        "会员手机对照",
        "lookup",
        (C("会员号;member_no", "code:V:6"), C("手机号;mobile", "mobile", "cn_mobile")),
        2,
    ),
    Kind(
        "lk_sku_price",
        "SKU价格表",
        "lookup",
        (C("SKU", "sku"), C("售价", "num:9-999"), C("条码", "code:69:11")),
        2,
    ),
    Kind(
        "lk_plate_slot",
        "车牌登记对照",
        "lookup",
        (C("车牌;plate", "plate", "license_plate"), C("车主;owner", "name", "person_name")),
        2,
    ),
    Kind(
        "lk_order_status",
        "订单状态字典",
        "lookup",
        (C("订单号", "order_like_phone"), C("状态", "status"), C("更新时间", "datetime")),
        2,
    ),
]
