"""Set 11's tables with no PI: the same domains' equipment, catalogues, schedules and counts,
full of columns shaped like PI (phone-shaped order numbers, serials, SKUs, hotlines, company
codes, JSON of product attributes, Excel date serials)."""

from __future__ import annotations

from piplkit.discover.evaluation.heldout6.spec import Table
from piplkit.discover.evaluation.heldout11.kit import Tpl, expand

N = "-"

TEMPLATES = [
    Tpl(
        "mine_equipment",
        "mining safety",
        "井下设备台账",
        (
            ("serial", N, "设备编号", "equip_sn", "設備編號", "SBBH|pi"),
            (
                "pick:采煤机/液压支架/刮板输送机/瓦斯传感器/局部通风机",
                N,
                "设备名称",
                "equip_name",
                "設備名稱",
                "SBMC|pi",
            ),
            (
                "pick:3101工作面/主运大巷/-450水平泵房/2号回风巷",
                N,
                "安装位置",
                "location",
                "安裝位置",
                "AZWZ|pi",
            ),
            ("date_xl", N, "投用日期", "commissioned", "投用日期", "TYRQ|pi"),
            ("company", N, "生产厂家", "maker", "生產廠家", "SCCJ|pi"),
            ("pick:完好/待修/报废", N, "状态", "status", "狀態", "ZT|pi"),
            ("num:0.01~1.50", N, "瓦斯浓度(%)", "ch4_pct", "瓦斯濃度", "WSND|pi"),
        ),
    ),
    Tpl(
        "esports_schedule",
        "esports club",
        "赛程与战绩",
        (
            ("code:M2026:5", N, "比赛ID", "matchId", "Match ID", "MID"),
            ("pick:春季赛/秋季赛/杯赛/季后赛", N, "赛事", "league", "League", "LEAGUE"),
            ("pick:狼队/火凤/龙之队/星辰/北极光", N, "对手", "opponent", "Opponent", "OPP"),
            ("pick:2:0/2:1/1:2/0:2/3:1", N, "比分", "score", "Score", "SCORE"),
            ("datetime", N, "开赛时间", "startTime", "Start Time", "START"),
            ("int:12000~2400000", N, "直播观看人数", "viewers", "Viewers", "VIEWS"),
            ("num:0.5~25.0", N, "奖金(万元)", "prizePool", "Prize Pool", "PRIZE"),
        ),
    ),
    Tpl(
        "aid_catalogue",
        "hearing aid fitting",
        "产品价目表",
        (
            ("sku", N, "商品编码", "sku", "商品編碼", "Item Code"),
            (
                "pick:耳背式/耳内式/定制深耳道/骨导式/充电盒",
                N,
                "品类",
                "category",
                "品類",
                "Category",
            ),
            ("pick:Phonak/Oticon/Signia/Widex/欧仕达", N, "品牌", "brand", "品牌", "Brand"),
            ("json_attr", N, "规格参数", "attrs", "規格參數", "Spec"),
            ("ean", N, "条形码", "barcode", "條碼", "Barcode"),
            ("num:800~32000", N, "零售价", "retail_price", "零售價", "Price"),
            ("int:0~80", N, "库存", "stock", "庫存", "Qty"),
            ("uscc", "cn_uscc", "供应商信用代码", "supplier_uscc", "供應商代碼", "Supplier USCC"),
        ),
    ),
    Tpl(
        "canteen_sales",
        "university canteen cards",
        "档口日销售统计",
        (
            ("pick:一食堂/二食堂/清真餐厅/教工餐厅", N, "餐厅", "canteen", "餐廳", "st|pi"),
            ("pick:麻辣烫/面食/盖饭/早点/水吧", N, "档口", "stall", "檔口", "dk|pi"),
            ("order11", N, "流水号", "serial_no", "流水號", "lsh|pi"),
            ("int:80~2400", N, "刷卡笔数", "txn_count", "刷卡筆數", "bs|pi"),
            ("money_text", N, "营业额", "revenue", "營業額", "yye|pi"),
            ("serial", N, "POS终端号", "pos_sn", "POS終端號", "pos|pi"),
            ("date", N, "日期", "date", "日期", "rq|pi"),
        ),
    ),
    Tpl(
        "water_quality",
        "water utilities",
        "出厂水水质日报",
        (
            ("pick:南郊水厂/城北水厂/江东水厂", N, "水厂", "plant", "水廠", "col_1"),
            ("date", N, "采样日期", "sample_date", "採樣日期", "col_2"),
            ("num:0.1~0.9", N, "浊度NTU", "turbidity", "濁度", "col_3"),
            ("num:0.3~0.8", N, "余氯mg/L", "chlorine", "餘氯", "col_4"),
            ("num:6.8~8.2", N, "pH", "ph", "pH值", "col_5"),
            ("int:0~3", N, "菌落总数", "cfu", "菌落總數", "col_6"),
            ("store_phone", N, "水厂值班电话", "duty_phone", "值班電話", "col_7"),
            ("fw_count", N, "供水量(千吨)", "volume_kt", "供水量", "col_8"),
        ),
    ),
    Tpl(
        "ski_lifts",
        "ski resort rental",
        "索道运营日报",
        (
            ("pick:1号缆车/2号魔毯/高级道拖牵/山顶吊椅", N, "索道", "lift", "索道", "Lift"),
            ("int:200~6800", N, "运量(人次)", "rides", "運量", "Rides"),
            ("num:-22~2", N, "气温℃", "temp_c", "氣溫", "Temp"),
            ("num:0~35", N, "风速m/s", "wind", "風速", "Wind"),
            ("time", N, "开机时间", "open_at", "開機時間", "Open"),
            ("pick:正常/停运/限载", N, "状态", "status", "狀態", "Status"),
            ("code:SKI-RFID-:8", N, "闸机编号", "gate_id", "閘機編號", "Gate"),
        ),
    ),
    Tpl(
        "hotline_stats",
        "12345 government hotline",
        "诉求分类统计月报",
        (
            (
                "pick:城市管理/住房建设/交通出行/市场监管/教育/医疗卫生/环境保护",
                N,
                "诉求类别",
                "category",
                "訴求類別",
                "LB|pi",
            ),
            ("pick:浦东新区/黄浦区/徐汇区/闵行区/宝山区", N, "区域", "district", "區域", "QY|pi"),
            ("int:30~4200", N, "受理量", "accepted", "受理量", "SLL|pi"),
            ("pct", N, "办结率", "closure_rate", "辦結率", "BJL|pi"),
            ("pct", N, "满意率", "satisfaction", "滿意率", "MYL|pi"),
            ("order11", N, "统计批次号", "batch_no", "統計批次", "PC|pi"),
            ("textnum:10~900", N, "工作人员数", "staff_count", "工作人員數", "RS|pi"),
        ),
    ),
]


def tables() -> list[Table]:
    return expand(TEMPLATES, 7)
