"""Set 17's tables without PI: what the same systems export beside their people (stock, sales
statistics, store and supplier lists, tariffs, price lists, dictionaries), each written twice;
four of them are the second sheet of a kind's workbook. A supplier's credit code is
``cn_uscc`` and leaves its table without PI (set 3's convention 1)."""

# ruff: noqa: E501 - a kind is read as one line a column, as the export lays its columns out

from __future__ import annotations

from piplkit.discover.evaluation.heldout6.spec import ColSpec, Table, table
from piplkit.discover.evaluation.heldout17.kinds_a import TAOBAO
from piplkit.discover.evaluation.heldout17.kinds_b import TELECOM
from piplkit.discover.evaluation.heldout17.kinds_c import DEALER, HOTEL

_STOCK: list[ColSpec] = [
    ("商品编码", "sku", "-"), ("商品名称", "product", "-"), ("规格", "pick:500ml|1.8m|130cm|5kg|42码", "-"),
    ("仓库", "pick:华东一仓|华南仓|北京仓|成都云仓", "-"), ("可用库存", "int:0:3000", "-"),
    ("锁定库存", "int:0:200", "-"), ("成本价", "amount", "-"), ("更新时间", "ts", "-"),
]  # fmt: skip
_SALES: list[ColSpec] = [
    ("统计日期", "date", "-"), ("宝贝ID", "order_jd", "-"), ("宝贝标题", "product", "-"),
    ("访客数", "int:10:9000", "-"), ("支付买家数", "int:0:400", "-"), ("支付金额", "amount_text", "-"),
    ("支付转化率", "pick:1.2%|3.5%|0.8%|6.1%", "-"),
]  # fmt: skip
_STORES: list[ColSpec] = [
    ("门店编号", "emp_no", "-"), ("门店名称", "store", "-"), ("门店地址", "store_addr", "-"),
    ("门店电话", "switchboard", "-"), ("营业时间", "pick:09:00-22:00|10:00-21:30|24小时", "-"),
    ("经度", "lng_store", "-"), ("纬度", "lat_store", "-"),
]  # fmt: skip
_SUPPLIERS: list[ColSpec] = [
    ("供应商名称", "company", "-"), ("统一社会信用代码", "uscc", "cn_uscc"),
    ("开户行", "pick:招商银行深圳分行|工商银行杭州分行|建设银行上海分行", "-"), ("对公账号", "corp_account", "-"),
    ("联系电话", "switchboard", "-"), ("合作状态", "pick:合作中|暂停|已终止", "-"), ("结算方式", "pick:月结|票到30天|预付", "-"),
]  # fmt: skip
_LAB_DICT: list[ColSpec] = [
    ("项目代码", "pick:ALT|AST|GLU|HbA1c|WBC|TG|CREA", "-"), ("项目名称", "pick:丙氨酸氨基转移酶|葡萄糖|糖化血红蛋白|白细胞计数|甘油三酯", "-"),
    ("参考范围", "pick:7-40|3.9-6.1|4.0-6.0|3.5-9.5", "-"), ("单位", "pick:U/L|mmol/L|%|10^9/L", "-"),
    ("标本类型", "pick:血清|全血|尿液", "-"), ("收费(元)", "num:3:80", "-"),
]  # fmt: skip
_PLANS: list[ColSpec] = [
    ("套餐编码", "sku", "-"), ("套餐名称", "pick:5G畅享129元|融合宽带199元|59元流量王|全家享套餐", "-"),
    ("月费(元)", "int:19:399", "-"), ("通用流量(GB)", "int:5:300", "-"), ("通话分钟", "int:100:2000", "-"),
    ("客服热线", "hotline", "-"), ("生效日期", "date", "-"),
]  # fmt: skip
_CAR_PRICES: list[ColSpec] = [
    ("车型", "pick:卡罗拉 1.8L|雅阁 260TURBO|Model Y|宋PLUS DM-i|帕萨特 330TSI", "-"), ("年款", "pick:2025款|2026款", "-"),
    ("指导价", "money_big", "-"), ("终端优惠", "int:3000:30000", "-"), ("库存台数", "int:0:40", "-"),
    ("示范车VIN", "vin_demo", "-"),
]  # fmt: skip
_ROOMS: list[ColSpec] = [
    ("房型", "pick:高级大床房|豪华双床房|行政套房|家庭房", "-"), ("门市价", "int:399:1999", "-"),
    ("协议价", "int:299:1499", "-"), ("早餐", "pick:含单早|含双早|不含早", "-"), ("可售房量", "int:0:60", "-"),
    ("日期", "date", "-"),
]  # fmt: skip
_SITES: list[ColSpec] = [
    ("网点编码", "int:510000:519999", "-"), ("网点名称", "store", "-"), ("省份", "province", "-"),
    ("城市", "city", "-"), ("网点地址", "store_addr", "-"), ("客服电话", "hotline", "-"),
    ("派送时效", "pick:当日达|次日达|隔日达", "-"),
]  # fmt: skip
_DAILY: list[ColSpec] = [
    ("日期", "date", "-"), ("渠道", "pick:淘宝|抖店|拼多多|小程序", "-"), ("订单数", "int:20:3000", "-"),
    ("支付金额", "amount_text", "-"), ("客单价", "amount", "-"), ("退款单数", "int:0:80", "-"),
    ("退款金额", "amount", "-"),
]  # fmt: skip
_RATES: list[ColSpec] = [
    ("险种代码", "pick:A101|B203|C017|E550", "-"), ("险种名称", "pick:少儿重疾险|百万医疗险|意外险|终身寿险", "-"),
    ("投保年龄", "pick:0-17岁|18-40岁|41-55岁|56-65岁", "-"), ("年缴费率(‰)", "num:0.5:12", "-"),
    ("等待期(天)", "pick:30|90|180", "-"), ("缴费期间", "pick:趸交|10年交|20年交", "-"),
]  # fmt: skip


def _second_sheet(kind_file: str, sheet: str, domain: str, cols: list[ColSpec]) -> Table:
    return table(kind_file + ".xlsx", domain, cols, fmt="xlsx", encoding=None, sheet=sheet)


def no_pi_tables() -> list[Table]:
    """The 22 tables without PI, in build order."""
    return [
        table("商品库存_20261207.csv", "电商库存", _STOCK),
        table("inventory_snapshot.parquet", "电商库存", _STOCK, fmt="parquet", encoding=None),
        _second_sheet(TAOBAO.files[1], "商品销量", "电商订单(淘宝卖家)", _SALES),
        table("宝贝销量_日.jsonl", "电商订单(淘宝卖家)", _SALES, fmt="jsonl", encoding=None),
        table("门店列表.csv", "门店", _STORES, encoding="gb18030"),
        table("门店列表_2026.xlsx", "门店", _STORES, fmt="xlsx", encoding=None, sheet="门店",
              title_rows=("全国门店一览",)),
        table("供应商档案.csv", "供应商", _SUPPLIERS, encoding="utf-8-sig"),
        table("dim_supplier.parquet", "供应商", _SUPPLIERS, fmt="parquet", encoding=None),
        table("LIS_检验项目字典.tsv", "检验科LIS结果", _LAB_DICT, fmt="tsv"),
        table("检验项目收费表.xlsx", "检验科LIS结果", _LAB_DICT, fmt="xlsx", encoding=None, sheet="项目"),
        _second_sheet(TELECOM.files[1], "资费套餐", "电信CRM用户资料", _PLANS),
        table("资费套餐_在售.csv", "电信CRM用户资料", _PLANS, quote_all=True),
        _second_sheet(DEALER.files[1], "车型价格表", "汽车4S店DMS客户", _CAR_PRICES),
        table("车型价格_12月.jsonl", "汽车4S店DMS客户", _CAR_PRICES, fmt="jsonl", encoding=None),
        _second_sheet(HOTEL.files[1], "房型房价", "酒店PMS境外旅客登记", _ROOMS),
        table("房价日历.csv", "酒店PMS境外旅客登记", _ROOMS),
        table("网点信息表.csv", "快递运单导出", _SITES, encoding="gb18030"),
        table("express_sites.jsonl", "快递运单导出", _SITES, fmt="jsonl", encoding=None),
        table("订单日报_11月.xlsx", "电商统计", _DAILY, fmt="xlsx", encoding=None, sheet="日报",
              title_rows=("11月订单日报",), totals_row=True),
        table("ads_order_daily.parquet", "电商统计", _DAILY, fmt="parquet", encoding=None),
        table("险种费率表.csv", "保险保单清单", _RATES, encoding="utf-8-sig"),
        table("rate_table.tsv", "保险保单清单", _RATES, fmt="tsv"),
    ]
