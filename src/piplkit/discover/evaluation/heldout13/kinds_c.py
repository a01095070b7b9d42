"""Set 13's report kinds, part three: tables without PI, wide ERP and CRM exports (40+ columns,
most of them business fields) and narrow two- or three-column lookups."""

from __future__ import annotations

from piplkit.discover.evaluation.heldout13.kinds import Col, Kind, c, kind

N, M = "person_name", "cn_mobile"

NO_PI: list[Kind] = [
    kind("warehouse_stock", "inventory", "仓库库存日报", [
        c("SKU编码|sku_code|SKU|Item Code", "sku"),
        c("商品名称|product_name|SPMC|Product", "product"),
        c("条码|barcode|EAN|Barcode", "ean"),
        c("库存数量|stock_qty|KCSL|Qty", "int:qty"),
        c("单位|uom|DW|UOM", "unit"),
        c("仓库|warehouse|CK|Warehouse", "store"),
        c("盘点日期|count_date|PDRQ|Count Date", "date_xl"),
        c("货位|bin|HW|Bin", "code"),
    ]),
    kind("supplier_register", "suppliers", "合格供应商名录", [
        c("供应商名称|supplier|GYSMC|Supplier", "company"),
        c("统一社会信用代码|uscc|TYSHXYDM|USCC", "uscc", "cn_uscc"),
        c("客服热线|hotline|KFRX|Hotline", "hotline"),
        c("所在城市|city|SZCS|City", "city"),
        c("员工人数|headcount|YGRS|Headcount", "int:staff"),
        c("合作状态|status|HZZT|Status", "status"),
        c("主营产品|products|ZYCP|Products", "product"),
    ]),
    kind("weather_station", "weather", "自动气象站观测数据", [
        c("站号|station_id|ZH|Station", "code"),
        c("纬度|lat|WD|Latitude", "station_lat"),
        c("经度|lng|JD|Longitude", "station_lng"),
        c("观测时间|obs_time|GCSJ|Obs Time", "datetime"),
        c("气温|air_temp|气温(℃)|Air Temp", "temp_air"),
        c("天气|weather|TQ|Weather", "weather"),
        c("设备序列号|device_sn|SBXLH|Device SN", "serial"),
    ]),
    kind("store_sales", "retail_sales", "门店销售日报", [
        c("门店|store|MD|Store", "store"),
        c("日期|date|RQ|Date", "date_xl"),
        c("小票号|receipt_no|XPH|Receipt", "order_phone"),
        c("销售额|sales|销售额(元)|Sales", "num:amount"),
        c("客单数|tickets|KDS|Tickets", "int:count"),
        c("商品|item|SP|Item", "product"),
        c("规格属性|attributes|GGSX|Attributes", "attrs_json"),
        c("收银机序列号|pos_sn|SYJXLH|POS SN", "serial"),
    ]),
    kind("bus_timetable", "bus_operations", "公交线路站点时刻表", [
        c("线路|route|XL|Route", "route"),
        c("站点|stop|ZD|Stop", "store"),
        c("站点纬度|stop_lat|ZDWD|Stop Lat", "station_lat"),
        c("站点经度|stop_lng|ZDJD|Stop Lng", "station_lng"),
        c("首班|first_bus|SB|First Bus", "slot"),
        c("班次数|trips|BCS|Trips", "int:count"),
        c("车载终端IP|terminal_ip|CZZDIP|Terminal IP", "ip_server"),
    ]),
    kind("equipment_maintenance", "facilities", "门店设备维保记录", [
        c("设备编号|asset_no|SBBH|Asset No", "serial"),
        c("设备名称|equipment|SBMC|Equipment", "product"),
        c("管理IP|mgmt_ip|GLIP|Mgmt IP", "ip_server"),
        c("维保日期|service_date|WBRQ|Service Date", "date"),
        c("维保状态|status|WBZT|Status", "status"),
        c("费用|cost|FY|Cost", "num:fee"),
        c("服务商|vendor|FWS|Vendor", "company"),
        c("服务商热线|vendor_hotline|FWSRX|Vendor Hotline", "hotline"),
    ]),
    kind("ad_campaigns", "advertising", "广告投放数据周报", [
        c("计划ID|campaign_id|JHID|Campaign", "code"),
        c("投放日期|date|TFRQ|Date", "date"),
        c("曝光量|impressions|BGL|Impressions", "int:staff"),
        c("点击率|ctr|DJL|CTR", "pct"),
        c("消耗|spend|消耗(元)|Spend", "num:amount"),
        c("定向|targeting|DX|Targeting", "attrs_json"),
        c("投放城市|city|TFCS|City", "city"),
    ]),
]  # fmt: skip

_ERP_BIZ = [
    ("单据编号|DOC_NO|djbh", "order"), ("单据日期|DOC_DATE|djrq", "date_xl"),
    ("客户编码|KUNNR|khbm", "code"), ("客户名称|CUST_NAME|khmc", "company"),
    ("客户税号|TAX_NO|khsh", "uscc"), ("销售组织|VKORG|xszz", "dept"),
    ("分销渠道|VTWEG|fxqd", "code"), ("产品组|SPART|cpz", "code"),
    ("物料编码|MATNR|wlbm", "sku"), ("物料描述|MAKTX|wlms", "product"),
    ("数量|MENGE|sl", "int:qty"), ("单位|MEINS|dw", "unit"), ("单价|NETPR|dj", "num:fee"),
    ("金额|NETWR|je", "num:amount"), ("税额|MWSBP|se", "num:fee"),
    ("币种|WAERS|bz", "level"), ("仓库|LGORT|ck", "store"), ("批次|CHARG|pc", "code"),
    ("交货日期|LFDAT|jhrq", "date_future"), ("付款条件|ZTERM|fktj", "code"),
    ("发货点|VSTEL|fhd", "store"), ("承运商|CARRIER|cys", "company"),
    ("运单号|TRACK_NO|ydh", "order_phone"), ("收货地址|SHIP_TO|shdz", "store"),
    ("订单状态|STATUS|ddzt", "status"), ("备注|REMARK|bz2", "note"),
    ("创建时间|ERDAT|cjsj", "datetime"), ("修改时间|AEDAT|xgsj", "datetime"),
    ("行项目|POSNR|hxm", "int:count"), ("毛重|BRGEW|mz", "num:fee"),
    ("体积|VOLUM|tj", "num:fee"), ("合同号|CONTRACT|hth", "order"),
    ("项目|PROJECT|xm", "code"), ("利润中心|PRCTR|lrzx", "code"),
    ("成本中心|KOSTL|cbzx", "code"), ("规格属性|ATTRS|ggsx", "attrs_json"),
    ("发票号|INVOICE|fph", "key"), ("开票日期|INV_DATE|kprq", "date"),
    ("是否加急|URGENT|sfjj", "yesno"),
]  # fmt: skip

_CRM_BIZ = [
    ("客户ID|ACCOUNT_ID|khid", "key"), ("客户名称|ACCOUNT_NAME|khmc", "company"),
    ("行业|INDUSTRY|hy", "dept"), ("公司地址|COMPANY_ADDR|gsdz", "store"),
    ("公司电话|COMPANY_TEL|gsdh", "hotline"), ("员工规模|EMPLOYEES|ygrs", "int:staff"),
    ("注册资本|CAPITAL|zczb", "num:amount"), ("年营收|REVENUE|nys", "num:amount"),
    ("客户等级|TIER|khdj", "level"), ("商机阶段|STAGE|sjjd", "status"),
    ("预计金额|EXPECTED|yjje", "num:amount"), ("预计成交|CLOSE_DATE|yjcj", "date_future"),
    ("来源|SOURCE|ly", "dept"), ("城市|CITY|cs", "city"), ("省份|PROVINCE|sf", "province"),
    ("负责部门|OWNER_DEPT|fzbm", "dept"), ("最近跟进|LAST_FOLLOW|zjgj", "datetime"),
    ("跟进次数|FOLLOW_CNT|gjcs", "int:count"), ("下次跟进|NEXT_FOLLOW|xcgj", "date_future"),
    ("产品兴趣|PRODUCT|cpxq", "product"), ("合同号|CONTRACT_NO|hth", "order"),
    ("回款金额|PAID|hkje", "num:amount"), ("回款日期|PAID_DATE|hkrq", "date_xl"),
    ("税号|TAX_ID|sh", "uscc"), ("备注|NOTES|bz", "note"), ("官网|WEBSITE|gw", "code"),
    ("创建时间|CREATED|cjsj", "datetime"), ("状态|STATE|zt", "status"),
    ("标签|TAGS|bq", "attrs_json"), ("折扣率|DISCOUNT|zkl", "pct"),
    ("竞争对手|COMPETITOR|jzds", "company"), ("合作年限|YEARS|hznx", "int:count"),
    ("信用额度|CREDIT_LIMIT|xyed", "num:amount"), ("结算方式|PAY_TERM|jsfs", "code"),
    ("是否重点|KEY_ACCOUNT|sfzd", "yesno"),
]  # fmt: skip


def _wide(biz: list[tuple[str, str]], pi: list[Col], step: int) -> list[Col]:
    """Business columns with the PI columns spread among them (one every ``step``)."""
    cols = []
    for i, (headers, gen) in enumerate(biz):
        h = headers.split("|")
        cols.append(Col((h[0], "v:" + h[1], "pyf:" + h[2] if i % 2 else "py:" + h[2]), gen, "-"
                        if gen != "uscc" else "cn_uscc"))  # fmt: skip
        if i % step == step - 1 and pi:
            cols.append(pi.pop(0))
    return cols + pi


WIDE: list[Kind] = [
    kind(
        "erp_outbound",
        "erp_export",
        "销售出库单明细(ERP导出)",
        _wide(
            _ERP_BIZ,
            [
                c("收货人|v:RECEIVER|pyf:shouhuoren", "name", N),
                c("收货人手机|v:RECEIVER_TEL|pyf:shouhuorenshouji", "mobile", M),
                c("业务员|v:SALES_REP|pyf:yewuyuan", "name_q", N),
                c("业务员电话|v:SALES_TEL|pyf:yewuyuandianhua", "mobile_q", M),
            ],
            9,
        ),
        variants=3,
    ),
    kind(
        "crm_accounts",
        "crm_export",
        "客户档案(CRM导出)",
        _wide(
            _CRM_BIZ,
            [
                c("联系人|v:CONTACT_NAME|pyf:lianxiren", "name", N),
                c("联系人职务|v:CONTACT_TITLE|pyf:zhiwu", "job", "job_title"),
                c("联系人手机|v:CONTACT_MOBILE|pyf:shouji", "mobile", M),
                c("联系人邮箱|v:CONTACT_EMAIL|pyf:youxiang", "email", "email"),
                c("联系人微信|v:CONTACT_WECHAT|pyf:weixin", "wechat", "wechat_id"),
            ],
            7,
        ),
        variants=3,
    ),
]

NARROW: list[Kind] = [
    kind("member_mobile", "lookup", "会员手机对照", [
        c("会员号|member_no", "key"), c("手机|mobile", "mobile", M)], variants=2),
    kind("staff_names", "lookup", "工号姓名对照", [
        c("工号|emp_no", "key"), c("姓名|emp_name", "name", N), c("部门|dept", "dept")],
        variants=2),
    kind("parking_plates", "lookup", "月卡车位车牌", [
        c("车位号|space_no", "code"), c("车牌|plate", "plate", "license_plate")], variants=2),
    kind("sku_names", "lookup", "SKU品名对照", [
        c("SKU|sku", "sku"), c("品名|name", "product")], variants=2),
    kind("store_hotlines", "lookup", "门店电话", [
        c("门店|store", "store"), c("电话|phone", "hotline"), c("城市|city", "city")],
        variants=2),
    kind("order_amounts", "lookup", "订单金额", [
        c("订单号|order_no", "order_phone"), c("金额|amount", "num:amount")], variants=2),
]  # fmt: skip
