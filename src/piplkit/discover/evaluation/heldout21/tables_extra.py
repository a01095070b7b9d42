"""Set 21's tables written once: 18 business tables without PI (price lists, catalogues, device
and fleet lists, aggregates), nine code tables, six narrow lookups that pair a key with one
personal column, and two wide exports (a race organiser's full registration export and an
insurer's full agent file), each of the wide ones written three ways."""

# ruff: noqa: E501 - one line a column (or a vocabulary), as the export lays it out

from __future__ import annotations

from piplkit.discover.evaluation.heldout6.spec import Table
from piplkit.discover.evaluation.heldout21.kinds import EXPORTED_AT, plain

_T = list[tuple[str, str, str]]


def no_pi_tables() -> list[Table]:
    """Tables a DPO's scan meets beside the personal ones: nothing in them is about a person."""
    fund: _T = [("项目名称", "vocab:charity_project", "-"), ("合作企业", "company", "-"),
                ("统一社会信用代码", "uscc", "cn_uscc"), ("筹款金额(元)", "num:1000:900000", "-"),
                ("捐赠笔数", "int:10:9000", "-"), ("执行率", "pick:35%|62%|88%|100%", "-")]  # fmt: skip
    return [
        plain("医美项目价目表.xlsx", "aesthetic_clinic", [
            ("项目名称", "vocab:aes_item", "-"), ("治疗部位", "pick:面部|眼部|下颌|腰腹|全身", "-"),
            ("门市价(元)", "int:980:68000", "-"), ("会员价(元)", "int:680:58000", "-"),
            ("疗程次数", "int:1:6", "-"), ("是否医疗美容项目", "pick:是|是|否", "-")],
            title_rows=("2026年项目价目表",)),
        plain("殡葬服务收费标准.csv", "funeral_home", [
            ("服务项目", "vocab:funeral_item", "-"), ("收费标准(元)", "int:100:6800", "-"),
            ("计价单位", "pick:次|天|具|套", "-"), ("是否基本殡葬服务", "pick:是|否", "-"),
            ("备注", "pick:|惠民减免|政府定价|市场调节价", "-")], encoding="gb18030"),
        plain("演出场次表.parquet", "ticketing", [
            ("project_name", "vocab:show", "-"), ("venue", "vocab:venue", "-"),
            ("venue_address", "biz_addr", "-"), ("perform_time", "dt:-90:-3", "-"),
            ("price_tier", "vocab:ticket_tier", "-"), ("on_sale", "int:0:3000", "-"),
            ("sold", "int:0:12000", "-")]),
        plain("分时预约余量.csv", "museum_booking", [
            ("日期", "date:-30:0", "-"), ("时段", "vocab:museum_slot", "-"), ("限额", "int:300:3000", "-"),
            ("已预约", "int:0:3000", "-"), ("余量", "int:0:800", "-"), ("团队预约", "int:0:40", "-")],
            encoding="utf-8-sig"),
        plain("配送站点列表.xlsx", "delivery_riders", [
            ("站点编码", "cycle:lk_station:0", "-"), ("站点名称", "cycle:lk_station:1", "-"),
            ("站点地址", "biz_addr", "-"), ("经纬度", "coords", "-"), ("站点电话", "landline", "-"),
            ("日均单量", "int:800:9000", "-")], sheet="站点"),
        plain("金价日报.tsv", "pawn_shop", [
            ("日期", "date:0:90", "-"), ("品种", "vocab:purity", "-"), ("回收价(元/克)", "num:480:560", "-"),
            ("销售价(元/克)", "num:560:680", "-"), ("涨跌", "num:-12:12", "-")]),
        plain("宠物药品疫苗目录.csv", "vet_clinic", [
            ("品名", "pick:卫佳捌|妙三多|狂犬疫苗|大宠爱|福来恩|拜宠清|爱沃克", "-"),
            ("规格", "pick:1ml/支|0.5ml/支|3支/盒|1片", "-"), ("生产企业", "company", "-"),
            ("单价(元)", "int:35:380", "-"), ("库存", "int:0:200", "-")]),
        plain("基因检测产品目录.jsonl", "genetic_lab", [
            ("product_code", "code:GP:4", "-"), ("product_name", "vocab:gene_product", "-"),
            ("gene_count", "int:1:20000", "-"), ("price", "int:399:12800", "-"),
            ("turnaround", "pick:7个工作日|15个工作日|30个工作日", "-")]),
        plain("网吧终端清单.csv", "internet_cafe", [
            ("终端编号", "vocab:machine", "-"), ("区域", "pick:大厅|电竞区|包间|VIP区", "-"),
            ("终端IP", "lan_ip", "-"), ("MAC地址", "lan_mac", "-"), ("显卡", "pick:RTX4060|RTX4070|RTX3060", "-"),
            ("状态", "pick:空闲|使用中|维修", "-")], encoding="utf-8-sig"),
        plain("租赁车队台账.xlsx", "car_rental", [
            ("车型", "vocab:car_model", "-"), ("车架号", "vin", "-"), ("所属门店", "vocab:rental_store", "-"),
            ("里程(km)", "int:300:180000", "-"), ("年检到期", "date:-400:-10", "-"),
            ("车辆状态", "pick:可租|已租|保养|维修", "-")], totals_row=False),
        plain("跨境商品备案.parquet", "crossborder_ecommerce", [
            ("goods_code", "code:G:10", "-"), ("hs_code", "vocab:hs_code", "-"),
            ("goods_name", "vocab:xb_goods", "-"), ("origin_country", "nat_foreign", "-"),
            ("supplier", "company", "-"), ("supplier_uscc", "uscc", "cn_uscc")]),
        plain("门禁设备列表.csv", "labour_dispatch", [
            ("设备编号", "code:MJ:6", "-"), ("安装位置", "vocab:gate", "-"), ("设备IP", "lan_ip", "-"),
            ("序列号", "hex:16", "-"), ("在线状态", "pick:在线|在线|离线", "-"), ("最后心跳", "dt:0:2", "-")],
            encoding="gb18030"),
        plain("签证材料清单.xlsx", "visa_agency", [
            ("国家", "vocab:visa_country", "-"), ("签证类型", "vocab:visa_type", "-"),
            ("所需材料", "pick:护照原件|在职证明|银行流水|户口本复印件|行程单", "-"),
            ("办理周期", "pick:5个工作日|10个工作日|15个工作日", "-"), ("服务费(元)", "int:300:1800", "-")],
            title_rows=("各国签证材料及收费", EXPORTED_AT)),
        plain("月子套餐价格.csv", "confinement_centre", [
            ("套餐名称", "vocab:cc_package", "-"), ("天数", "pick:26|28|42", "-"),
            ("房型", "pick:标准套房|豪华套房|总统套房", "-"), ("价格(元)", "int:58000:268000", "-"),
            ("包含项目", "pick:产后修复|新生儿护理|月子餐|中医调理", "-")], quote_all=True),
        plain("赛事分组统计.xlsx", "marathon", [
            ("参赛项目", "vocab:race_group", "-"), ("年龄组", "pick:18-29岁|30-39岁|40-49岁|50-59岁|60岁以上", "-"),
            ("报名人数", "int:100:9000", "-"), ("男", "int:50:6000", "-"), ("女", "int:50:4000", "-"),
            ("平均年龄", "num:28:52", "-")], totals_row=True),
        plain("保险产品费率表.jsonl", "insurance_agents", [
            ("product", "pick:少儿重疾险|百万医疗险|定期寿险|意外险", "-"),
            ("insured_age", "pick:0-17周岁|18-40周岁|41-50周岁|51-60周岁", "-"),
            ("gender", "pick:男|女", "-"), ("sum_insured", "pick:100000|300000|500000|1000000", "-"),
            ("annual_premium", "num:98:18000", "-")]),
        plain("工会经费汇总.csv", "trade_union", [
            ("单位名称", "company", "-"), ("统一社会信用代码", "uscc", "cn_uscc"),
            ("会员人数", "int:12:3000", "-"), ("应缴经费(元)", "num:1000:300000", "-"),
            ("已缴经费(元)", "num:0:300000", "-"), ("缴费月份", "pick:2026-09|2026-10|2026-11", "-")]),
        plain("基金会项目汇总.xlsx", "charity_foundation", fund, sheet="2026年11月"),
        plain("基金会项目汇总.xlsx", "charity_foundation", fund, sheet="2026年10月"),
    ]  # fmt: skip


def code_tables() -> list[Table]:
    """Two-column code tables: a vocabulary with no one behind it."""
    rows = (("工种代码表.csv", "lk_trade", "工种代码", "工种名称", "construction_site"),
            ("民族代码表.csv", "lk_ethnic", "代码", "民族", "trade_union"),
            ("证件类型代码.tsv", "lk_doc", "代码", "证件类型", "ticketing"),
            ("国家地区代码.csv", "lk_country", "国家代码", "国家名称", "foreign_staff"),
            ("矫正类别代码.xlsx", "lk_correction", "代码", "矫正类别", "community_correction"),
            ("宗教代码表.csv", "lk_religion", "代码", "宗教", "temple_register"),
            ("血型代码.parquet", "lk_blood", "code", "blood_type", "marathon"),
            ("职级代码表.csv", "lk_rank", "职级", "职级名称", "insurance_agents"),
            ("站点代码.jsonl", "lk_station", "station_code", "station_name", "delivery_riders"))  # fmt: skip
    return [plain(file, domain, [(code, f"cycle:{name}:0", "-"), (label, f"cycle:{name}:1", "-")])
            for file, name, code, label, domain in rows]  # fmt: skip


def lookups() -> list[Table]:
    """Narrow lookups: a key beside one or two personal columns."""
    return [
        plain("上网卡号身份证对照.csv", "internet_cafe", [("上网卡号", "code:SW:10", "-"), ("身份证号", "rid", "cn_resident_id")]),
        plain("会员号手机号.xlsx", "baby_store", [("会员号", "code:88:8", "-"), ("手机", "mobile_int", "cn_mobile")]),
        plain("工号姓名对照.csv", "labour_dispatch", [("工号", "code:PQ26:5", "-"), ("姓名", "name", "person_name")],
              encoding="utf-8-sig"),
        plain("芯片号主人电话.tsv", "vet_clinic", [("芯片号", "chip", "-"), ("主人手机", "mobile", "cn_mobile")]),
        plain("当票身份证对照.csv", "pawn_shop", [("当票号", "code:DP2026:6", "-"), ("证件号码", "rid", "cn_resident_id"),
                                               ("姓名", "name", "person_name")], encoding="gb18030"),
        plain("租车订单车牌.parquet", "car_rental", [("order_no", "code:ZC26:8", "-"), ("plate_no", "plate", "license_plate"),
                                                 ("renter_mobile", "mobile_masked", "cn_mobile")]),
    ]  # fmt: skip
