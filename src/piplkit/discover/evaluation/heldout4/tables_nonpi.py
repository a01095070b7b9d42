"""Tables with no personal information: production scheduling, weather stations, shipping
containers, a price list, A/B test metrics, API gateway logs, stock quotes, energy meters,
warehouse bins, hotel rates, a flight schedule, lab QC of a chemical batch, and a register
of corporate customers (organisations' addresses, switchboards and accounts are not PI)."""

from __future__ import annotations

from piplkit.discover.evaluation.heldout4 import ids
from piplkit.discover.evaluation.heldout4 import values as v
from piplkit.discover.evaluation.heldout4.person import district_of
from piplkit.discover.evaluation.heldout4.spec import Col as C
from piplkit.discover.evaluation.heldout4.spec import Ctx, Table


def _station_point(c: Ctx) -> tuple[float, float]:
    stations = c.state.setdefault("stations", [v.lat_lng(c) for _ in range(6)])
    point: tuple[float, float] = stations[c.i % len(stations)]
    return point


def _server_ip(c: Ctx) -> str:
    return f"10.{c.rng.randint(0, 3)}.{c.rng.randint(0, 20)}.{c.rng.randint(2, 60)}"


def tables() -> list[Table]:
    mes = Table(
        "production_scheduling",
        "生产排程_W49.xlsx",
        "排程",
        "xlsx",
        (
            C("工单号", None, "zh_formal", v.rand_code("MO2612", 5)),
            C("产线", None, "zh_formal", v.pick("SMT-1", "SMT-2", "总装A", "总装B", "包装线")),
            C("物料编码", None, "zh_formal", v.rand_code("3.01.", 6)),
            C(
                "产品名称",
                None,
                "zh_formal",
                v.pick("控制板V3", "电源模块", "主机外壳", "传感器组件"),
            ),
            C("计划数量", None, "zh_formal", v.integer(200, 5000), total="sum"),
            C("已完成", None, "zh_formal", v.integer(0, 5000), total="sum"),
            C("计划开工", None, "zh_formal", v.moment_text(14, "%Y-%m-%d %H:%M")),
            C("班次", None, "zh_formal", v.pick("白班", "夜班")),
            C("良率", None, "zh_formal", v.money(0.9, 0.999, 3)),
            C("状态", None, "zh_formal", v.pick("已下达", "生产中", "已完工", "暂停")),
        ),
        titles=("第49周生产排程",),
        totals=True,
    )
    weather = Table(
        "weather_stations",
        "aws_obs_hourly.csv",
        None,
        "csv",
        (
            C("station_id", None, "en_snake", lambda c: f"5{c.i % 6 + 8238}"),
            C("lat", None, "en_snake", lambda c: _station_point(c)[0]),
            C("lon", None, "en_snake", lambda c: _station_point(c)[1]),
            C("obs_time", None, "en_snake", v.moment_text(3, "%Y-%m-%dT%H:00:00+08:00")),
            C("temp_c", None, "en_snake", v.money(-5, 25, 1)),
            C("rh", None, "en_snake", v.integer(20, 100)),
            C("pressure_hpa", None, "en_snake", v.money(990, 1035, 1)),
            C("wind_ms", None, "en_snake", v.money(0, 15, 1)),
            C("wind_dir", None, "en_snake", v.pick("N", "NE", "E", "SE", "S", "SW", "W", "NW")),
            C("precip_mm", None, "en_snake", v.pick(0.0, 0.0, 0.0, 0.2, 1.5, 6.8)),
        ),
        encoding="utf-8",
    )
    containers = Table(
        "shipping_containers",
        "container_tracking.xlsx",
        "Containers",
        "xlsx",
        (
            C("Container No.", None, "en_upper", lambda c: ids.container_no(c.rng)),
            C("Seal No.", None, "en_upper", v.rand_code("", 8)),
            C("Size/Type", None, "en_upper", v.pick("20GP", "40GP", "40HQ", "45HQ", "20RF")),
            C(
                "Vessel",
                None,
                "en_camel",
                v.pick("COSCO SHIPPING ARIES", "EVER GIVEN", "MSC OSCAR", "CMA CGM JACQUES SAADE"),
            ),
            C("Voyage", None, "en_camel", v.rand_code("0", 3)),
            C("POL", None, "en_upper", v.pick("CNSHA", "CNNGB", "CNSZX", "CNTAO")),
            C("POD", None, "en_upper", v.pick("NLRTM", "DEHAM", "USLAX", "SGSIN")),
            C("ETD", None, "en_upper", v.day(30)),
            C("Gross Weight (KG)", None, "annotated", v.money(3000, 28000, 1)),
            C(
                "Status",
                None,
                "en_camel",
                v.pick("Gate In", "Loaded", "Discharged", "Empty Return"),
            ),
        ),
    )
    prices = Table(
        "price_list",
        "2027年经销商价格表.xlsx",
        "价格表",
        "xlsx",
        (
            C("商品编码", None, "zh_formal", v.rand_code("SP", 6)),
            C("条形码", None, "zh_formal", lambda c: ids.ean13(c.rng)),
            C(
                "品名",
                None,
                "zh_colloquial",
                v.pick("纯牛奶250ml", "酸奶200g", "矿泉水550ml", "苏打饼干", "速溶咖啡"),
            ),
            C("规格", None, "zh_formal", v.pick("24盒/箱", "12瓶/箱", "20袋/箱")),
            C("出厂价", None, "zh_formal", v.money(20, 120)),
            C("经销价", None, "zh_formal", v.money(25, 140)),
            C("建议零售价", None, "zh_formal", v.money(30, 180)),
            C("生效日期", None, "zh_formal", v.pick("2027-01-01")),
        ),
        titles=("2027年度经销商价格表", "（仅限内部使用）"),
    )
    ab = Table(
        "ab_test_metrics",
        "abtest_daily.parquet",
        None,
        "parquet",
        (
            C(
                "experimentId",
                None,
                "en_camel",
                v.pick("exp_checkout_btn", "exp_feed_rank_v2", "exp_price_anchor"),
            ),
            C("variant", None, "en_camel", v.pick("control", "treatment_a", "treatment_b")),
            C("statDate", None, "en_camel", v.day(30)),
            C("exposedUsers", None, "en_camel", v.integer(5000, 500000)),
            C("conversions", None, "en_camel", v.integer(100, 20000)),
            C("ctr", None, "en_camel", v.money(0.01, 0.2, 4)),
            C("gmv", None, "en_camel", v.money(10000, 5_000_000)),
            C("pValue", None, "en_camel", v.money(0.0001, 0.9, 4)),
            C("uplift", None, "en_camel", v.money(-0.05, 0.08, 4)),
        ),
    )
    api = Table(
        "api_gateway_logs",
        "gateway_access.jsonl",
        None,
        "jsonl",
        (
            C("ts", None, "en_snake", v.moment_text(1, "%Y-%m-%dT%H:%M:%S.000Z")),
            C("method", None, "en_upper", v.pick("GET", "POST", "PUT", "DELETE")),
            C(
                "route",
                None,
                "en_snake",
                v.pick("/api/v2/orders", "/api/v2/skus/{id}", "/health", "/api/v2/inventory/sync"),
            ),
            C("status", None, "en_snake", v.pick(200, 200, 200, 201, 204, 400, 404, 500, 502)),
            C("latency_ms", None, "en_snake", v.integer(2, 3000)),
            C("trace_id", None, "en_snake", lambda c: ids.uuid_like(c.rng)),
            C("upstream", None, "en_snake", lambda c: f"{_server_ip(c)}:8080"),
            C("bytes_out", None, "en_snake", v.integer(0, 200000)),
            C(
                "pod",
                None,
                "en_snake",
                lambda c: f"order-svc-{ids.hexstr(c.rng, 9)}-{ids.hexstr(c.rng, 5)}",
            ),
        ),
    )
    quotes = Table(
        "stock_quotes",
        "a_share_daily.parquet",
        None,
        "parquet",
        (
            C(
                "代码",
                None,
                "zh_formal",
                v.pick("600519", "000858", "601318", "300750", "002594", "600036"),
            ),
            C(
                "名称",
                None,
                "zh_formal",
                v.pick("贵州茅台", "五粮液", "中国平安", "宁德时代", "比亚迪", "招商银行"),
            ),
            C("交易日", None, "zh_formal", v.day(60)),
            C("开盘", None, "zh_formal", v.money(10, 1800)),
            C("最高", None, "zh_formal", v.money(10, 1800)),
            C("最低", None, "zh_formal", v.money(10, 1800)),
            C("收盘", None, "zh_formal", v.money(10, 1800)),
            C("成交量(手)", None, "annotated", v.integer(10000, 5_000_000)),
            C("成交额", None, "zh_formal", v.money(1e7, 1e10)),
            C("涨跌幅%", None, "annotated", v.money(-10, 10)),
        ),
    )
    meters = Table(
        "energy_meters",
        "能耗抄表_厂区.csv",
        None,
        "csv",
        (
            C("表号", None, "zh_formal", v.rand_code("DB", 10)),
            C(
                "回路",
                None,
                "zh_formal",
                v.pick("空压机", "注塑车间", "办公楼照明", "冷却塔", "食堂"),
            ),
            C("抄表时间", None, "zh_formal", v.moment_text(30)),
            C("正向有功(kWh)", None, "annotated", v.money(1000, 90000)),
            C("峰", None, "zh_formal", v.money(100, 30000)),
            C("平", None, "zh_formal", v.money(100, 30000)),
            C("谷", None, "zh_formal", v.money(100, 30000)),
            C("功率因数", None, "zh_formal", v.money(0.8, 0.99, 2)),
        ),
        encoding="gbk",
    )
    bins = Table(
        "warehouse_bins",
        "wms_locations.csv",
        None,
        "csv",
        (
            C(
                "loc_code",
                None,
                "en_snake",
                lambda c: (
                    f"A{c.rng.randint(1, 20):02d}-{c.rng.randint(1, 40):02d}-{c.rng.randint(1, 6)}"
                ),
            ),
            C("zone", None, "en_snake", v.pick("常温", "冷藏", "冷冻", "高值")),
            C("capacity", None, "en_snake", v.integer(10, 500)),
            C("occupied", None, "en_snake", v.integer(0, 500)),
            C("sku", None, "en_snake", v.rand_code("SKU", 7)),
            C("lot", None, "en_snake", v.rand_code("L2611", 4)),
            C("expiry", None, "en_snake", v.day(200)),
            C("last_count", None, "en_snake", v.moment_text(60)),
        ),
        encoding="utf-8-sig",
    )
    rates = Table(
        "hotel_rates",
        "房价日历.xlsx",
        "房价",
        "xlsx",
        (
            C("房型", None, "zh_formal", v.pick("高级大床房", "豪华双床房", "行政套房", "家庭房")),
            C("日期", None, "zh_formal", v.day(60)),
            C("门市价", None, "zh_formal", v.pick(688, 888, 1288, 1888)),
            C("协议价", None, "zh_formal", v.pick(458, 598, 888, 1288)),
            C("OTA价", None, "mixed", v.pick(499, 639, 929, 1399)),
            C("剩余房量", None, "zh_formal", v.integer(0, 40)),
            C("含早", None, "zh_colloquial", v.pick("单早", "双早", "无早")),
            C("可取消", None, "zh_colloquial", v.pick("是", "否")),
        ),
    )
    flights = Table(
        "flight_schedule",
        "flight_schedule_winter.csv",
        None,
        "csv",
        (
            C(
                "FLT_NO",
                None,
                "en_upper",
                lambda c: (
                    f"{c.rng.choice(('MU', 'CA', 'CZ', 'HO', '9C'))}{c.rng.randint(100, 9999)}"
                ),
            ),
            C("DEP", None, "en_upper", v.pick("PVG", "SHA", "PEK", "PKX", "CAN", "NKG")),
            C("ARR", None, "en_upper", v.pick("CTU", "KMG", "XIY", "SZX", "HGH", "CKG")),
            C(
                "STD",
                None,
                "en_upper",
                lambda c: f"{c.rng.randint(6, 22):02d}:{c.rng.choice(('00', '15', '30', '45'))}",
            ),
            C(
                "STA",
                None,
                "en_upper",
                lambda c: f"{c.rng.randint(7, 23):02d}:{c.rng.choice(('05', '20', '35', '50'))}",
            ),
            C("AC_TYPE", None, "en_upper", v.pick("A320", "A321", "B738", "A333", "C919")),
            C("REG", None, "en_upper", lambda c: f"B-{c.rng.randint(1000, 9999)}"),
            C("DAYS", None, "en_upper", v.pick("1234567", "135", "246", "12345")),
        ),
        encoding="utf-8",
    )
    qc = Table(
        "chemical_qc",
        "批次质检记录.tsv",
        None,
        "tsv",
        (
            C("批号", None, "zh_formal", v.rand_code("PB2611", 4)),
            C("产品", None, "zh_formal", v.pick("环氧树脂E-51", "固化剂T31", "稀释剂660A")),
            C("pH值", None, "mixed", v.money(5.5, 8.5, 2)),
            C("粘度(mPa·s)", None, "annotated", v.integer(8000, 14000)),
            C("环氧值", None, "zh_formal", v.money(0.48, 0.54, 3)),
            C("色度", None, "zh_formal", v.integer(10, 60)),
            C("检验员", None, "zh_formal", v.rand_code("QC", 3)),
            C("判定", None, "zh_formal", v.pick("合格", "合格", "让步接收", "不合格")),
        ),
        encoding="gb18030",
        delimiter="\t",
    )
    corporate = Table(
        "corporate_customers",
        "企业客户名录.csv",
        None,
        "csv",
        (
            C("企业名称", None, "zh_formal", v.employer),
            C("统一社会信用代码", "cn_uscc", "zh_formal", lambda c: ids.uscc(c.rng)),
            C(
                "注册地址",
                None,
                "zh_formal",
                lambda c: (
                    district_of(c.rng)
                    + f"{c.rng.choice(('创业路', '软件大道', '工业园路'))}{c.rng.randint(1, 300)}号"
                ),
            ),
            C("总机", None, "zh_formal", v.landline, by_values=False),
            C(
                "开户银行",
                None,
                "zh_formal",
                v.pick("工商银行南京分行营业部", "招商银行南京城北支行", "建设银行江宁支行"),
            ),
            C("对公账号", None, "zh_formal", v.rand_code("3201", 16), by_values=False),
            C(
                "所属行业",
                None,
                "zh_formal",
                v.pick("制造业", "批发和零售业", "信息技术服务", "建筑业"),
            ),
            C("注册资本(万元)", None, "annotated", v.pick(100, 500, 1000, 5000)),
            C("客户等级", None, "zh_formal", v.pick("A", "B", "C")),
        ),
        encoding="gb18030",
    )
    return [
        mes,
        weather,
        containers,
        prices,
        ab,
        api,
        quotes,
        meters,
        bins,
        rates,
        flights,
        qc,
        corporate,
    ]
