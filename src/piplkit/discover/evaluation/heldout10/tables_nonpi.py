"""Set 10, tables without PI: operations, stock, equipment and statistics of the same sectors.

Many columns look like PI and are not: order numbers shaped like mobiles, barcodes, a store's or
a hotline's phone, a branch's address and coordinates, shop equipment serials, IMEIs and MACs of
machines, company vehicles' plates and VINs, blood stock by group, counts of people.
"""

# ruff: noqa: E501 - a table is read as one line a column group, as the export lays it out
from __future__ import annotations

from piplkit.discover.evaluation.heldout6.spec import Table, table

ZC, PI, PF, V = "zh_colloquial", "pinyin_initials", "pinyin_full", "vendor"

TABLES: list[Table] = [
    table("blood_bank_stock.csv", "blood centre stock", [
        ("日期", "date:30", "-"), ("血型", "pick:A|B|O|AB", "-"), ("成分", "pick:悬浮红细胞|单采血小板|新鲜冰冻血浆|冷沉淀", "-"),
        ("库存(U)", "int:0:900", "-"), ("预警线", "pick:300|200|150", "-"), ("调出医院", "pick:省人民医院|市一医院|儿童医院", "-"), ("冷库温度℃", "num:2:6", "-"),
    ], encoding="gb18030"),
    table("optical_frames_sku.xlsx", "optical shop stock", [
        ("SKU", "code:TR90-:4", "-"), ("条码", "ean", "-"), ("品牌", "pick:暴龙|帕莎|雷朋|海伦凯勒", "-"), ("镜框宽mm", "int:128:145", "-"),
        ("鼻梁mm", "int:14:20", "-"), ("PD_mm适配", "pick:58-64|60-66|62-70", "-"), ("零售价", "num:299:2680", "-"), ("库存", "int:0:40", "-"),
    ], fmt="xlsx", sheet="镜架库存", totals_row=True),
    table("pawn_price_board.csv", "pawnshop gold prices", [
        ("日期", "date:60", "-"), ("足金回收价(元/g)", "num:520:620", "-"), ("铂金回收价", "num:180:260", "-"), ("白银", "num:5:8", "-"),
        ("门店", "pick:解放路店|延安路店", "-"), ("门店电话", "store_phone", "-"), ("操作员", "pick:admin|op01|op02", "-"),
    ]),
    table("ktv_room_catalogue.csv", "karaoke KTV rooms", [
        ("包厢号", "pick:V01|V02|M08|L12|S03|S05|P01", "-"), ("类型", "pick:小包|中包|大包|豪华包|派对房", "-"), ("容纳人数", "int:4:30", "-"),
        ("低消(元)", "int:198:3888", "-"), ("点歌机序列号", "serial", "-"), ("点歌机IP", "lan_ip", "-"), ("点歌机MAC", "dev_mac", "-"),
    ], encoding="gbk"),
    table("netcafe_terminals.csv", "internet cafe machines", [
        ("机器号", "int:1:180", "-"), ("区域", "pick:大厅|电竞区|包间|情侣座", "-"), ("IP地址", "lan_ip", "-"), ("MAC", "dev_mac", "-"),
        ("显卡", "pick:RTX 4060|RTX 4070|RTX 3060", "-"), ("每小时费率", "pick:5|8|12|15", "-"), ("上次维护", "date:90", "-"),
    ]),
    table("vending_fleet_status.jsonl", "vending machine fleet", [
        ("machineId", "code:VM:8", "-"), ("modemImei", "dev_imei", "-"), ("location", "pick:地铁龙翔桥站|浙大紫金港图书馆|万象城B1", "-"),
        ("lnglat", "store_geo", "-"), ("tempC", "num:2:12", "-"), ("salesToday", "num:0:3000", "-"), ("stockPct", "int:0:100", "-"),
    ], fmt="jsonl"),
    table("cctv_camera_inventory.csv", "shop CCTV inventory", [
        ("camera_name", "pick:收银台|仓库|门口|后厨|停车场", "-"), ("ip", "lan_ip", "-"), ("mac", "dev_mac", "-"), ("serial_no", "serial", "-"),
        ("model", "pick:DS-2CD3T46|IPC-HFW2431|TL-IPC44", "-"), ("nvr_channel", "int:1:16", "-"), ("status", "pick:在线|离线", "-"),
    ], encoding="utf-8-sig"),
    table("moving_fleet.csv", "moving company fleet", [
        ("车牌", "co_plate", "-"), ("VIN", "co_vin", "-"), ("车型", "pick:4.2米厢货|金杯面包|6.8米厢货", "-"), ("年检到期", "date:300", "-"),
        ("GPS终端IMEI", "dev_imei", "-"), ("保险公司", "pick:人保|平安|太平洋", "-"), ("调度电话", "hotline", "-"),
    ], encoding="gb18030"),
    table("ferry_timetable.csv", "ferry timetable", [
        ("班次", "code:HA:3", "-"), ("航线", "pick:海口-海安|北海-涠洲岛|舟山-普陀山", "-"), ("开航", "pick:07:30|09:00|12:30|15:00|18:30", "-"),
        ("船名", "pick:紫荆十五号|北部湾一号|普陀之星", "-"), ("客位", "int:300:1200", "-"), ("车位", "int:0:80", "-"), ("售票电话", "hotline", "-"),
    ]),
    table("scenic_daily_flow.xlsx", "scenic area daily visitor flow", [
        ("日期", "date_xl", "-"), ("景点", "pick:灵隐飞来峰|西溪湿地|千岛湖|雷峰塔", "-"), ("预约人数", "int:500:40000", "-"), ("实际入园", "int:400:38000", "-"),
        ("最大承载量", "pick:50000|30000|80000", "-"), ("门票收入", "num:10000:2000000", "-"), ("天气", "pick:晴|多云|小雨|阴", "-"),
    ], fmt="xlsx", sheet="日客流", title_rows=("2026年11月 景区客流日报",), totals_row=True),
    table("library_catalogue.csv", "public library catalogue", [
        ("ISBN", "ean", "-"), ("题名", "pick:平凡的世界|活着|三体|人类简史|百年孤独", "-"), ("责任者", "pick:路遥|余华|刘慈欣|尤瓦尔·赫拉利|马尔克斯", "-"),
        ("出版社", "pick:北京十月文艺出版社|作家出版社|重庆出版社|中信出版社", "-"), ("索书号", "code:I247.5/:3", "-"), ("馆藏册数", "int:1:30", "-"), ("在馆", "int:0:20", "-"),
    ], encoding="gbk"),
    table("gym_equipment_assets.csv", "fitness studio assets", [
        ("资产编号", "code:ZC-:5", "-"), ("名称", "pick:跑步机|椭圆机|史密斯架|动感单车", "-"), ("品牌型号", "pick:Life Fitness 95T|舒华SH-5918|力健X5", "-"),
        ("序列号", "serial", "-"), ("购入日期", "date:2000", "-"), ("原值", "num:3000:90000", "-"), ("存放门店", "pick:文三路店|滨江店", "-"),
    ]),
    table("supplier_register.csv", "confinement centre suppliers", [
        ("供应商", "company", "-"), ("统一社会信用代码", "uscc", "cn_uscc"), ("类别", "pick:母婴用品|月子餐食材|布草洗涤|消毒", "-"),
        ("对公账户", "code:3301040160000:6", "-"), ("客服电话", "hotline", "-"), ("合同金额", "num:20000:800000", "-"), ("评级", "pick:A|B|C", "-"),
    ], encoding="utf-8-sig"),
    table("bikeshare_station_stats.parquet", "bike sharing operations", [
        ("station_id", "code:ST:5", "-"), ("station_name", "pick:武林广场|西湖文化广场|城站|黄龙体育中心", "-"), ("lat", "store_lat", "-"),
        ("lng", "store_lng", "-"), ("bikes_available", "int:0:60", "-"), ("docks", "int:10:80", "-"), ("rides_today", "int:0:900", "-"),
    ], fmt="parquet"),
    table("powerbank_cabinets.csv", "power bank cabinets", [
        ("cabinet_sn", "serial", "-"), ("iccid", "code:898604:14", "-"), ("merchant", "pick:喜茶(万象城店)|海底捞(龙湖店)|如家酒店", "-"),
        ("merchant_phone", "store_phone", "-"), ("slots", "pick:6|12|24", "-"), ("online", "pick:1|1|0", "-"), ("revenue_7d", "num:0:2000", "-"),
    ]),
    table("sku_sales_daily.csv", "e-bike dealer sales", [
        ("日期", "date:30", "-"), ("门店", "pick:萧山店|余杭店|临平店", "-"), ("SKU", "code:YD-:6", "-"), ("型号", "pick:雅迪冠能|爱玛A500|台铃超能", "-"),
        ("销量", "int:0:40", "-"), ("销售额", "num:0:90000", "-"), ("订单号", "order_phone", "-"),
    ], encoding="gb18030"),
    table("hotel_room_inventory.tsv", "hotel room inventory", [
        ("room_no", "int:201:1830", "-"), ("room_type", "pick:高级大床|豪华双床|行政套房", "-"), ("floor", "int:2:18", "-"),
        ("status", "pick:VC|VD|OC|OOO", "-"), ("rack_rate", "int:388:1888", "-"), ("lock_serial", "serial", "-"), ("tv_mac", "dev_mac", "-"),
    ], fmt="tsv", encoding="utf-8-sig"),
    table("court_mediation_stats.csv", "mediation committee statistics", [
        ("月份", "pick:2026-07|2026-08|2026-09|2026-10|2026-11", "-"), ("街道", "pick:文新街道|古荡街道|翠苑街道", "-"), ("受理数", "int:5:80", "-"),
        ("调解成功", "int:2:70", "-"), ("涉及金额(万)", "num:0:500", "-"), ("邻里纠纷", "int:0:30", "-"), ("婚姻家庭纠纷", "int:0:20", "-"),
    ]),
    table("prison_canteen_goods.csv", "prison canteen price list", [
        ("商品编码", "ean", "-"), ("品名", "pick:方便面|牙膏|香皂|饼干|火腿肠", "-"), ("规格", "pick:5连包|120g|100g|200g", "-"),
        ("单价", "num:1:30", "-"), ("限购", "int:1:10", "-"), ("供应商", "company", "-"),
    ], encoding="gbk"),
    table("wedding_studio_props.jsonl", "wedding photography props", [
        ("propId", "code:P:5", "-"), ("name", "pick:主纱 拖尾|秀禾服|西装 藏青|花童礼服", "-"), ("attrs", "json_attr", "-"),
        ("purchasePrice", "num:300:12000", "-"), ("timesUsed", "int:0:200", "-"), ("storage", "pick:A柜|B柜|C柜", "-"),
    ], fmt="jsonl"),
    table("drone_models_catalogue.csv", "drone dealer catalogue", [
        ("Model", "pick:DJI Mini 4 Pro|DJI Air 3|DJI Avata 2|Autel EVO Lite", "-"), ("Weight g", "pick:249|720|377|835", "-"),
        ("Max Flight Min", "int:18:46", "-"), ("Price", "num:2999:12999", "-"), ("Demo Unit SN", "serial", "-"), ("Category", "pick:微型|轻型|小型", "-"),
    ]),
    table("gas_station_meters.csv", "gas company network meters", [
        ("调压站", "pick:文一调压站|古墩调压站|城西调压站", "-"), ("坐标", "store_geo", "-"), ("表号", "code:GM:9", "-"), ("进口压力kPa", "num:200:400", "-"),
        ("出口压力kPa", "num:2:3", "-"), ("日供气量m3", "int:1000:90000", "-"), ("抢修电话", "hotline", "-"),
    ], encoding="utf-8-sig"),
    table("marrow_drive_events.xlsx", "marrow donor recruitment events", [
        ("活动日期", "date_xl", "-"), ("地点", "pick:浙江大学紫金港|杭州师范大学|万象城广场", "-"), ("招募人数", "int:10:600", "-"),
        ("采样管数", "int:10:600", "-"), ("志愿者人次", "int:5:80", "-"), ("物料费", "num:500:8000", "-"),
    ], fmt="xlsx", sheet="活动统计"),
    table("campus_dorm_rooms.csv", "university dormitory rooms", [
        ("楼栋", "pick:蓝田1舍|蓝田2舍|丹阳3舍|碧峰5舍", "-"), ("房间号", "int:101:650", "-"), ("床位数", "pick:4|4|6", "-"), ("空床", "int:0:4", "-"),
        ("门锁序列号", "serial", "-"), ("电表号", "code:DB:8", "-"), ("宿管电话", "store_phone", "-"),
    ], encoding="gb18030"),
    table("cdr_cell_load.csv", "telecom cell load", [
        ("CELL_ID", "code:4600:8", "-"), ("ENB_ID", "int:100000:999999", "-"), ("LAT", "store_lat", "-"), ("LON", "store_lng", "-"),
        ("PRB_UTIL_PCT", "num:5:98", "-"), ("RRC_USERS", "int:0:900", "-"), ("BAND", "pick:n78|n41|B3|B1", "-"),
    ]),
    table("hospital_escort_pricing.csv", "hospital escort price list", [
        ("服务", "pick:半天陪诊|全天陪诊|代取报告|住院陪护24h", "-"), ("城市", "city", "-"), ("价格", "int:99:600", "-"),
        ("订单量(月)", "int:0:900", "-"), ("好评率", "num:0.85:1", "-"), ("客服热线", "hotline", "-"),
    ], encoding="utf-8-sig"),
    table("tattoo_ink_stock.parquet", "tattoo studio stock", [
        ("ink_sku", "code:INK-:4", "-"), ("brand", "pick:Eternal|Intenze|World Famous|Dynamic", "-"), ("color", "pick:黑|红|蓝|绿|白", "-"),
        ("batch_no", "code:LOT:6", "-"), ("expiry", "date:200", "-"), ("qty_ml", "int:0:500", "-"),
    ], fmt="parquet"),
    table("fund_branch_offices.csv", "housing provident fund branches", [
        ("网点", "pick:市中心|萧山分中心|余杭分中心|临平分中心", "-"), ("地址", "pick:杭州市上城区解放东路18号|萧山区市心中路819号|余杭区临平大道502号", "-"),
        ("咨询电话", "store_phone", "-"), ("坐标", "store_geo", "-"), ("窗口数", "int:4:30", "-"), ("日均办件", "int:50:900", "-"), ("信用代码", "uscc", "cn_uscc"),
    ], encoding="gbk"),
]  # fmt: skip
