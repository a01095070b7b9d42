"""Set 8, more tables without PI: the machines, goods and organisations of the same sectors
(a crematorium's furnaces, an IVF lab's incubators, a pawn shop's stock, parking meters,
a prison workshop's output, a church's building fund, a courier hub's sorting lines)."""

from __future__ import annotations

from piplkit.discover.evaluation.heldout6.spec import Table
from piplkit.discover.evaluation.heldout8.cols import t


def tables() -> list[Table]:
    return [
        t(
            "cremator_furnace_log.csv",
            "crematorium furnace log",
            [
                ("炉号", "pick:1号炉|2号炉|3号炉"),
                ("点火时间", "dt"),
                ("燃气用量(m3)", "num:20:80"),
                ("最高炉温(℃)", "int:750:1100"),
                ("排放NOx(mg/m3)", "num:50:300"),
                ("操作班组", "pick:甲班|乙班|丙班"),
                ("设备状态", "pick:正常|待检修"),
                ("记录编号", "seq:HL"),
            ],
            encoding="gbk",
        ),
        t(
            "ivf_lab_incubators.parquet",
            "IVF lab incubator telemetry",
            [
                ("incubator", "pick:INC-01|INC-02|INC-03"),
                ("co2_pct", "num:5.5:6.5"),
                ("o2_pct", "num:4.8:5.5"),
                ("temp_c", "num:36.8:37.2"),
                ("door_open_s", "int:0:40"),
                ("ts", "dt"),
                ("alarm", "pick:none|co2_low|temp_high"),
                ("fw", "pick:3.2.1|3.3.0"),
            ],
            fmt="parquet",
        ),
        t(
            "pawn_stock_forfeited.xlsx",
            "pawn shop: forfeited goods for sale",
            [
                ("商品编号", "sku"),
                ("品类", "pick:黄金|名表|箱包|数码"),
                ("描述", "pick:足金999 12.5g|欧米茄海马|LV Neverfull|MacBook Pro"),
                ("鉴定等级", "pick:9成新|95新|全新"),
                ("标价", "price"),
                ("成本", "price"),
                ("上架日期", "date"),
                ("门店", "pick:总店|分店一"),
            ],
            fmt="xlsx",
            sheet="绝当品",
            totals_row=True,
        ),
        t(
            "parking_meters.jsonl",
            "parking meters",
            [
                ("meterId", "serial"),
                ("street", "pick:中山路|解放大道|人民路"),
                ("spaces", "int:4:30"),
                ("rateYuanPerHour", "pick:3|5|8"),
                ("revenueToday", "amount"),
                ("battery", "pct"),
                ("lastSync", "dt"),
            ],
            fmt="jsonl",
        ),
        t(
            "prison_workshop_output.csv",
            "prison workshop production",
            [
                ("车间", "pick:服装车间|电子装配|包装车间"),
                ("产品", "pick:工装裤|线束|纸盒"),
                ("订单号", "seq:SC"),
                ("计划产量", "qty"),
                ("实际产量", "qty"),
                ("合格率", "pct"),
                ("客户", "org"),
                ("日期", "date"),
            ],
            encoding="utf-8",
        ),
        t(
            "church_building_fund.xlsx",
            "church building fund ledger",
            [
                ("日期", "date"),
                ("科目", "pick:奉献收入|维修支出|水电费|慈善支出"),
                ("摘要", "pick:主日奉献汇总|屋顶维修|十一月电费"),
                ("收入", "amount"),
                ("支出", "amount"),
                ("余额", "amount", "-"),
                ("经手", "pick:财务组|执事会"),
            ],
            fmt="xlsx",
            sheet="账目",
            title_rows=("堂会建堂基金收支明细",),
        ),
        t(
            "sorting_hub_lines.tsv",
            "courier hub sorting lines",
            [
                ("line", "pick:L1|L2|L3|L4"),
                ("shift", "pick:早班|中班|夜班"),
                ("parcels", "int:2000:40000"),
                ("jam_count", "int:0:12"),
                ("throughput_ph", "int:3000:12000"),
                ("ts", "dt"),
                ("plc_ip", "server_ip"),
                ("plc_mac", "pick:00:1B:1B:AA:10:01|00:1B:1B:AA:10:02"),
            ],
            fmt="tsv",
            encoding="gbk",
        ),
        t(
            "blood_bank_inventory.csv",
            "blood centre inventory",
            [
                ("血液品种", "pick:悬浮红细胞|新鲜冰冻血浆|单采血小板"),
                ("ABO", "pick:A|B|O|AB"),
                ("Rh", "pick:阳性|阴性"),
                ("库存(U)", "int:0:900"),
                ("安全库存天数", "num:2:10"),
                ("最近出库", "dt"),
                ("调配医院", "pick:省人民医院|市中心医院|妇幼保健院"),
            ],
            encoding="utf-8-sig",
        ),
        t(
            "driving_school_fleet.csv",
            "driving school training cars",
            [
                ("车辆编号", "pick:JX-01|JX-02|JX-15"),
                ("车型", "pick:捷达|桑塔纳|比亚迪秦"),
                ("车辆识别代号", "vin", "-"),
                ("里程(km)", "int:10000:300000"),
                ("保险到期", "date"),
                ("年检到期", "date"),
                ("状态", "pick:在用|维修|报废"),
            ],
            encoding="utf-8",
        ),
        t(
            "charging_station_sites.csv",
            "charging operator: stations (organisation data)",
            [
                ("站点名称", "pick:万达广场充电站|高速服务区站|市民中心站"),
                ("运营商", "org"),
                ("运营商信用代码", "uscc"),
                ("站点地址", "org_addr"),
                ("站点电话", "landline", "-"),
                ("站点坐标", "geo", "-"),
                ("桩数", "int:4:60"),
            ],
            encoding="gb18030",
        ),
    ]
