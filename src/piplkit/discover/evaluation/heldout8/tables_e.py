"""Set 8, tables with no PI (stock, machines, assets, organisations' data) and tables whose
headers are opaque, misspelt, traditional or mixed, where the values must decide."""

from __future__ import annotations

from piplkit.discover.evaluation.heldout6.spec import Table
from piplkit.discover.evaluation.heldout8.cols import t


def _nonpi() -> list[Table]:
    return [
        t("binyi_yongpin_kucun.csv", "funeral supplies: stock", [
            ("物料编码", "sku"), ("品名", "pick:骨灰盒|寿衣|花圈|遗像框|香烛"), ("规格", "pick:大号|中号|标准"), ("库存数量", "qty"),
            ("单价(元)", "price"), ("仓库", "pick:一号库|二号库"), ("最近入库", "date"),
        ], encoding="gbk"),
        t("vet_drug_catalogue.xlsx", "veterinary drugs catalogue", [
            ("药品编码", "sku"), ("药品名称", "pick:阿莫西林克拉维酸钾片|美洛昔康注射液|吡喹酮片|头孢喹肟"), ("批准文号", "pick:兽药字(2021)090123456|兽药字(2023)150987654"),
            ("生产企业", "org"), ("生产企业信用代码", "uscc"), ("零售价", "price"), ("有效期至", "date"),
        ], fmt="xlsx", sheet="药品目录"),
        t("charging_piles.parquet", "EV charging piles", [
            ("pile_id", "pick:P-0012-A|P-0341-B|P-1020-C"), ("station", "org_addr"), ("lat", "lat", "-"), ("lng", "lng", "-"),
            ("power_kw", "pick:7|60|120|180"), ("status", "pick:空闲|充电中|故障|离线"), ("firmware", "pick:v2.3.1|v2.4.0"), ("kwh_today", "kwh"),
        ], fmt="parquet"),
        t("mine_gas_sensors.csv", "mine gas sensors", [
            ("传感器编号", "serial"), ("安装位置", "pick:3101回风巷|主井底|-450泵房"), ("CH4(%)", "num:0:1.2"), ("CO(ppm)", "int:0:40"),
            ("温度(℃)", "temp_c"), ("采集时间", "dt"), ("报警", "pick:否|否|是"),
        ], encoding="utf-8"),
        t("elevator_maintenance.xlsx", "lift maintenance", [
            ("电梯注册代码", "pick:31104401062018001234|31103101042019005678"), ("小区", "pick:阳光花园|翠湖苑|金色家园"), ("品牌", "pick:三菱|奥的斯|日立|通力"),
            ("维保单位", "org"), ("上次维保", "date"), ("下次年检", "date"), ("故障次数", "int:0:9"),
        ], fmt="xlsx", sheet="电梯台账", totals_row=True),
        t("hotel_room_rates.jsonl", "hotel room rates", [
            ("hotelCode", "pick:HZ001|BJ017|SH023"), ("roomType", "pick:大床房|双床房|套房"), ("date", "date"), ("rate", "price"),
            ("breakfast", "pick:含单早|含双早|不含"), ("inventory", "qty"),
        ], fmt="jsonl"),
        t("customs_hs_tariffs.csv", "customs HS tariff lines", [
            ("hs_code", "pick:8517130000|3304990099|9102120000|2204210000"), ("description", "product"), ("mfn_rate", "pct"),
            ("vat_rate", "pick:13%|9%"), ("unit", "pick:千克|个|台"), ("updated", "date"),
        ], encoding="utf-8-sig"),
        t("vessel_schedule.tsv", "shipping: vessel schedule", [
            ("vessel", "pick:中远之星|长航一号|海丰88"), ("imo", "pick:9876543|9765432"), ("voyage", "pick:026E|031W"), ("eta", "dt"),
            ("etd", "dt"), ("berth", "pick:洋山四期|外高桥5号"), ("teu", "qty"),
        ], fmt="tsv", encoding="gb18030"),
        t("server_inventory.xlsx", "server inventory", [
            ("hostname", "pick:app-01|db-02|cache-03|gw-04"), ("ip", "server_ip"), ("mac", "pick:00:1A:2B:3C:4D:5E|00:50:56:AB:CD:EF"),
            ("serial_no", "serial"), ("os", "pick:CentOS 7|Ubuntu 22.04|麒麟V10"), ("cpu_cores", "pick:16|32|64"), ("rack", "pick:A01|B07"),
            ("owner_dept", "dept"),
        ], fmt="xlsx", sheet="CMDB"),
        t("supplier_register.csv", "supplier register", [
            ("供应商名称", "org"), ("统一社会信用代码", "uscc"), ("注册地址", "org_addr"), ("总机", "landline", "-"),
            ("开户行", "pick:招商银行深圳分行|工商银行上海分行"), ("对公账号", "pick:755912345610801|1001234509000012345"), ("合作等级", "pick:A|B|C"),
        ], encoding="gbk"),
        t("lottery_draw_results.csv", "lottery draw results", [
            ("期号", "pick:2026135|2026136|2026137"), ("开奖日期", "date"), ("红球", "pick:03 11 17 22 28 31|05 09 14 21 26 33"),
            ("蓝球", "int:1:16"), ("销售额", "amount"), ("奖池", "amount"),
        ]),
        t("vaccine_cold_chain.parquet", "vaccine cold chain", [
            ("fridge_id", "serial"), ("clinic", "pick:城东社区|城西社区|南湖卫生院"), ("temp_c", "num:2:8"), ("humidity", "pct"),
            ("logged_at", "dt"), ("alarm", "pick:none|high|low"), ("batch", "pick:202409015|B20250311"),
        ], fmt="parquet"),
        t("property_fee_summary.xlsx", "property fees: monthly summary", [
            ("楼栋", "pick:1栋|2栋|3栋|5栋"), ("户数", "qty"), ("应收", "amount"), ("实收", "amount"), ("收缴率", "pct"),
            ("月份", "pick:2026-09|2026-10|2026-11"),
        ], fmt="xlsx", sheet="汇总", title_rows=("物业费收缴汇总表",), totals_row=True),
        t("gym_class_schedule.csv", "gym class schedule", [
            ("课程", "pick:搏击操|瑜伽|动感单车|普拉提"), ("教室", "pick:A厅|B厅"), ("开始", "dt"), ("时长(分钟)", "pick:45|60"),
            ("容量", "int:10:40"), ("已约", "int:0:40"), ("门店", "pick:滨江店|城西店"),
        ], encoding="utf-8"),
        t("game_item_sales.jsonl", "game item sales", [
            ("itemId", "sku"), ("itemName", "pick:传说皮肤|月卡|战令|金币礼包"), ("price", "price"), ("sold", "qty"),
            ("server", "pick:华东一区|华南二区"), ("day", "date"),
        ], fmt="jsonl"),
        t("wind_turbine_scada.csv", "wind farm SCADA", [
            ("turbine", "pick:WT01|WT02|WT17|WT33"), ("lat", "lat", "-"), ("lng", "lng", "-"), ("wind_ms", "num:0:25"),
            ("power_kw", "num:0:3000"), ("ts", "dt"), ("fault_code", "pick:0|0|E101|E207"),
        ], encoding="utf-8"),
        t("api_gateway_log.tsv", "API gateway log", [
            ("request_id", "uuid"), ("upstream_ip", "server_ip"), ("path", "pick:/api/v1/order|/api/v1/pay|/health"),
            ("status", "pick:200|200|404|500"), ("latency_ms", "int:3:900"), ("ts", "dt"),
        ], fmt="tsv", encoding="utf-8"),
        t("canteen_menu.xlsx", "staff canteen menu", [
            ("日期", "date"), ("餐别", "pick:早餐|午餐|晚餐"), ("菜品", "pick:红烧肉|番茄炒蛋|清炒时蔬|酸菜鱼"), ("价格", "price"),
            ("热量(kcal)", "int:80:900"), ("档口", "pick:1号档口|2号档口"),
        ], fmt="xlsx", sheet="菜单"),
    ]


def _opaque() -> list[Table]:
    return [
        t("export_legacy_kehu.csv", "legacy CRM export: customers (opaque headers)", [
            ("col_1", "seq:KH"), ("col_2", "name"), ("col_3", "mobile"), ("col_4", "rid"), ("col_5", "address"),
            ("col_6", "amount"), ("col_7", "date"), ("col_8", "email"),
        ], encoding="gbk"),
        t("ziduan_baoxian.xlsx", "insurance agency export (opaque headers)", [
            ("字段1", "seq:BD"), ("字段2", "name"), ("字段3", "rid_int"), ("字段4", "bank_card"), ("字段5", "amount"),
            ("字段6", "job"), ("字段7", "income"), ("字段8", "date"),
        ], fmt="xlsx", sheet="Sheet1"),
        t("F_fields_logistics.csv", "warehouse staff export (F-numbered headers)", [
            ("F01", "seq:WH"), ("F02", "name"), ("F03", "mobile_messy"), ("F04", "dept"), ("F05", "plate"),
            ("F06", "qty"), ("F07", "dt"), ("F08", "imei"),
        ], encoding="utf-8"),
        t("device_dump_c.parquet", "MDM device dump (opaque headers)", [
            ("c1", "imei"), ("c2", "imsi"), ("c3", "mac"), ("c4", "device_id"), ("c5", "pick:Android 14|iOS 17.5|HarmonyOS 4"),
            ("c6", "ipv6"), ("c7", "dt"), ("c8", "name"),
        ], fmt="parquet"),
        t("fantizi_huiyuan.csv", "Macau casino-hotel members (traditional characters)", [
            ("會員編號", "seq:MO"), ("姓名", "name"), ("證件號碼", "hk_macau"), ("聯絡電話", "mobile"), ("電郵", "email"),
            ("出生日期", "birth"), ("國籍", "nationality"), ("積分", "int:0:90000"), ("儲值餘額", "balance"),
        ], encoding="utf-8-sig"),
        t("typo_headers_wuliu.csv", "small logistics firm (misspelt headers)", [
            ("姓明", "name"), ("身分证号", "rid"), ("联糸电话", "mobile"), ("地扯", "address"), ("运费", "price"),
            ("件数", "qty"), ("发货日其", "date"),
        ], encoding="gbk"),
        t("mixed_zh_en_members.xlsx", "gym chain CRM (mixed zh/en headers)", [
            ("会员Name", "name"), ("Mobile手机", "mobile"), ("ID证件号", "rid"), ("Email邮箱", "email"), ("QQ号码", "qq"),
            ("WeChat号", "wechat"), ("Card卡号", "seq:VIP"), ("Level等级", "pick:金卡|银卡"), ("Balance余额", "balance"),
        ], fmt="xlsx", sheet="members"),
        t("camel_app_users.jsonl", "fitness app users (camelCase)", [
            ("userName", "username"), ("passwordHash", "password"), ("registerIp", "ipv4"), ("idfa", "device_id"),
            ("heightCm", "height"), ("weightKg", "weight"), ("stepsToday", "int:0:30000"), ("createdAt", "dt"),
        ], fmt="jsonl"),
        t("units_notes_tijian.csv", "corporate health check (headers with units and notes)", [
            ("姓名(必填)", "name"), ("手机号(11位)", "mobile"), ("身份证号码(18位)", "rid"), ("身高(cm)", "height"),
            ("体重(kg)", "weight"), ("血压(mmHg)", "bp"), ("异常结果[备注]", "health"), ("体检套餐(元)", "price"),
            ("所属公司【单位】", "employer"),
        ], encoding="utf-8"),
        t("abbr_bank_export.csv", "bank branch export (abbreviations)", [
            ("CUST_NM", "name"), ("CERT_NO", "rid"), ("MOB_NO", "mobile_int"), ("CARD_NO", "bank_card"), ("ACCT_BAL", "balance"),
            ("TXN_DESC", "txn"), ("BRCH_CD", "pick:0101|0205|0312"), ("OPEN_DT", "date"),
        ], encoding="gb18030"),
        t("vendor_prefix_telecom.csv", "telecom BSS export (vendor prefixes)", [
            ("t_user.user_name", "name", "person_name", "vendor"), ("t_user.mobile", "mobile", "cn_mobile", "vendor"),
            ("t_user.cert_no", "rid", "cn_resident_id", "vendor"), ("t_user.imsi", "imsi", "imsi", "vendor"),
            ("t_cdr.call_list", "comm", "communication_record", "vendor"), ("t_user.contacts_backup", "contacts", "contacts", "vendor"),
            ("t_user.plan_code", "pick:5G-129|4G-59|5G-199", "-", "vendor"), ("t_user.create_time", "dt", "-", "vendor"),
        ], encoding="utf-8"),
        t("landline_only_elderly.csv", "senior hotline subscribers", [
            ("姓名", "name"), ("座机", "landline"), ("家庭住址", "address"), ("子女手机", "mobile_q"), ("子女关系", "relation"),
            ("服务包", "pick:紧急呼叫|助餐|助浴"), ("开通日期", "date"),
        ], encoding="gbk", p_ages=(65, 95)),
    ]


def tables() -> list[Table]:
    return [*_nonpi(), *_opaque()]
