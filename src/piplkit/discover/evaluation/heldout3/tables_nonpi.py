"""Tables with no personal information at all, and the business look-alikes they carry:
inventory, bill of materials, general ledger, server metrics, product catalogue, store list,
supplier register, fixed-asset register."""

from __future__ import annotations

from piplkit.discover.evaluation.heldout3 import ids, values, vocab
from piplkit.discover.evaluation.heldout3.spec import Col, Table


def inventory() -> list[Table]:
    stock = (
        Col("物料编码", None, "zh_formal", lambda r: f"MAT-{r.rng.randint(100000, 999999)}"),
        Col("物料名称", None, "zh_formal", lambda r: r.rng.choice(vocab.MATERIALS)),
        Col(
            "规格型号",
            None,
            "zh_formal",
            lambda r: r.rng.choice(("M8*25", "6063-T5", "V3.2", "12V/2A", "1.5mm")),
        ),
        Col("仓库", None, "zh_formal", lambda r: r.rng.choice(vocab.WAREHOUSES)),
        Col(
            "库位",
            None,
            "zh_formal",
            lambda r: f"{r.rng.choice('ABCD')}-{r.rng.randint(1, 20):02d}-{r.rng.randint(1, 6)}",
        ),
        Col("数量", None, "zh_formal", lambda r: r.rng.randint(0, 20000), total="sum"),
        Col("单位", None, "zh_formal", lambda r: r.rng.choice(vocab.UNITS)),
        Col("单价（元）", None, "annotated", lambda r: values.amount(r.rng, 0.05, 900)),
        Col(
            "金额（元）", None, "annotated", lambda r: values.amount(r.rng, 10, 500000), total="sum"
        ),
        Col(
            "批次号",
            None,
            "zh_formal",
            lambda r: f"{values.day_before(r.rng, r.ref, 300):%Y%m%d}{ids.digits(r.rng, 4)}",
            variant="12 digits starting with a date",
        ),
        Col("生产日期", None, "zh_formal", lambda r: values.day_before(r.rng, r.ref, 400)),
        Col("有效期至", None, "zh_formal", lambda r: values.day_before(r.rng, r.ref, -700)),
    )
    moves = (
        Col("单据号", None, "zh_formal", lambda r: f"RK{r.ref:%Y%m}{r.i:05d}"),
        Col("日期", None, "zh_formal", lambda r: values.day_before(r.rng, r.ref, 60)),
        Col(
            "类型",
            None,
            "zh_formal",
            lambda r: r.rng.choice(("采购入库", "销售出库", "调拨", "盘盈", "盘亏")),
        ),
        Col("物料编码", None, "zh_formal", lambda r: f"MAT-{r.rng.randint(100000, 999999)}"),
        Col("数量", None, "zh_formal", lambda r: r.rng.randint(1, 5000), total="sum"),
        Col("经办部门", None, "zh_formal", lambda r: r.rng.choice(vocab.DEPARTMENTS)),
        Col("F7", None, "opaque", lambda r: r.rng.choice(("已审核", "未审核", "已过账"))),
    )
    file = "库存台账_2026-11.xlsx"
    return [
        Table(
            "inventory",
            file,
            "库存",
            "xlsx",
            stock,
            titles=("库存余额表", "截止日期：2026-11-30"),
            totals=True,
        ),
        Table("inventory", file, "出入库流水", "xlsx", moves, totals=True),
    ]


def bom() -> list[Table]:
    cols = (
        Col("父件编码", None, "zh_formal", lambda r: f"P{r.rng.randint(10000, 99999)}"),
        Col("子件编码", None, "zh_formal", lambda r: f"C{r.rng.randint(100000, 999999)}"),
        Col("子件名称", None, "zh_formal", lambda r: r.rng.choice(vocab.MATERIALS)),
        Col("用量", None, "zh_formal", lambda r: round(r.rng.uniform(0.01, 12), 3)),
        Col("单位", None, "zh_formal", lambda r: r.rng.choice(vocab.UNITS)),
        Col("损耗率(%)", None, "annotated", lambda r: round(r.rng.uniform(0, 5), 2)),
        Col(
            "工序",
            None,
            "zh_formal",
            lambda r: r.rng.choice(("SMT贴片", "波峰焊", "总装", "包装", "老化测试")),
        ),
        Col(
            "版本",
            None,
            "zh_formal",
            lambda r: f"V{r.rng.randint(1, 5)}.{r.rng.randint(0, 9)}.{r.rng.randint(0, 20)}",
        ),
        Col("ECN号", None, "abbrev", lambda r: f"ECN-{r.ref.year}-{r.rng.randint(1, 999):03d}"),
        Col("col_10", None, "opaque", lambda r: r.rng.choice(("Y", "N"))),
    )
    return [
        Table(
            "manufacturing",
            "bom_export.csv",
            None,
            "csv",
            cols,
            encoding="gb18030",
            rows=(300, 500),
        )
    ]


def ledger() -> list[Table]:
    def account(r):
        r.state["acct"] = r.rng.choice(vocab.LEDGER_ACCOUNTS)
        return r.state["acct"][0]

    cols = (
        Col("凭证号", None, "zh_formal", lambda r: f"记-{r.i + 1:04d}"),
        Col("日期", None, "zh_formal", lambda r: values.day_before(r.rng, r.ref, 30)),
        Col("科目编码", None, "zh_formal", account),
        Col("科目名称", None, "zh_formal", lambda r: r.state["acct"][1]),
        Col("摘要", None, "zh_formal", lambda r: r.rng.choice(vocab.LEDGER_SUMMARIES)),
        Col("对方单位", None, "zh_formal", lambda r: r.fake.company()),
        Col("借方金额", None, "zh_formal", lambda r: values.amount(r.rng, 0, 300000), total="sum"),
        Col("贷方金额", None, "zh_formal", lambda r: values.amount(r.rng, 0, 300000), total="sum"),
        Col(
            "余额",
            None,
            "zh_formal",
            lambda r: values.amount(r.rng, -50000, 9000000),
            variant="company account balance",
        ),
        Col(
            "银行账号",
            None,
            "zh_formal",
            lambda r: f"4000{ids.digits(r.rng, 15)}",
            variant="corporate account, 19 digits",
        ),
        Col("对方信用代码", "cn_uscc", "zh_formal", lambda r: ids.uscc(r.rng)),
    )
    return [
        Table(
            "finance_ledger",
            "总账明细账_202611.xlsx",
            "明细账",
            "xlsx",
            cols,
            titles=("总账明细账", "会计期间：2026年11月", "单位：元"),
            totals=True,
            rows=(200, 300),
        )
    ]


def server_metrics() -> list[Table]:
    cols = (
        Col(
            "host",
            None,
            "en_snake",
            lambda r: (
                f"{r.rng.choice(('web', 'api', 'db', 'cache'))}-prod-{r.rng.randint(1, 40):02d}"
            ),
        ),
        Col(
            "ip",
            None,
            "abbrev",
            lambda r: f"10.{r.rng.randint(0, 3)}.{r.rng.randint(0, 255)}.{r.rng.randint(2, 254)}",
            variant="server address",
        ),
        Col(
            "instance_id",
            None,
            "en_snake",
            lambda r: (
                "i-wz9"
                + "".join(r.rng.choice("0123456789abcdefghijklmnopqrstuvwxyz") for _ in range(17))
            ),
        ),
        Col(
            "region",
            None,
            "en_snake",
            lambda r: r.rng.choice(("cn-shenzhen", "cn-hangzhou", "cn-beijing")),
        ),
        Col("cpu_pct", None, "en_snake", lambda r: round(r.rng.uniform(0, 100), 1)),
        Col("mem_pct", None, "en_snake", lambda r: round(r.rng.uniform(10, 98), 1)),
        Col("disk_iops", None, "en_snake", lambda r: r.rng.randint(0, 20000)),
        Col("ts", None, "abbrev", lambda r: int(1_790_000_000 + r.i * 60)),
        Col("trace_id", None, "en_snake", lambda r: ids.uuid_text(r.rng, False)),
        Col("nic_mac", None, "en_snake", lambda r: ids.mac(r.rng), variant="server NIC"),
        Col("status", None, "en_snake", lambda r: r.rng.choice((200, 200, 200, 500, 503, 404))),
    )
    return [Table("it_ops", "server_metrics.jsonl", None, "jsonl", cols, rows=(300, 500))]


def products() -> list[Table]:
    cols = (
        Col(
            "sku",
            None,
            "en_snake",
            lambda r: (
                f"SKU-{r.rng.randint(10000, 99999)}-"
                f"{r.rng.choice(('BLK', 'WHT', 'RED', 'L', 'XL'))}"
            ),
        ),
        Col("商品名称", None, "zh_formal", lambda r: r.rng.choice(vocab.PRODUCTS)),
        Col("品牌", None, "zh_formal", lambda r: r.rng.choice(vocab.BRANDS)),
        Col("类目", None, "zh_formal", lambda r: r.rng.choice(vocab.CATEGORIES)),
        Col("售价", None, "zh_formal", lambda r: values.amount(r.rng, 9.9, 5999)),
        Col("条码", None, "zh_formal", lambda r: ids.ean13(r.rng)),
        Col("重量(g)", None, "annotated", lambda r: r.rng.randint(50, 30000)),
        Col(
            "产地",
            None,
            "zh_formal",
            lambda r: r.rng.choice(("广东深圳", "浙江义乌", "江苏苏州", "福建晋江", "黑龙江五常")),
        ),
        Col("上架时间", None, "zh_formal", lambda r: values.timestamp(r.rng, r.ref, 800)),
        Col(
            "商品链接",
            None,
            "zh_formal",
            lambda r: f"https://item.example-mall.com/{ids.digits(r.rng, 12)}.html",
            variant="product page URL",
        ),
        Col("字段11", None, "opaque", lambda r: r.rng.choice(("上架", "下架", "预售"))),
    )
    return [Table("retail_catalogue", "products.parquet", None, "parquet", cols, rows=(300, 500))]


def stores() -> list[Table]:
    cols = (
        Col("门店编号", None, "zh_formal", lambda r: f"S{r.i + 1:04d}"),
        Col(
            "门店名称",
            None,
            "zh_formal",
            lambda r: (
                "鲜丰便利"
                f"{r.rng.choice(('科技园', '车公庙', '体育西', '五角场', '望京', '春熙路'))}店"
            ),
        ),
        Col("所属区域", None, "zh_formal", lambda r: r.rng.choice(vocab.STORE_AREAS)),
        Col("门店地址", None, "zh_formal", lambda r: values.store_address(r.rng, r.fake)),
        Col(
            "门店电话",
            None,
            "zh_formal",
            lambda r: (
                ids.landline(r.rng)
                if r.rng.random() < 0.7
                else f"400-{ids.digits(r.rng, 3)}-{ids.digits(r.rng, 4)}"
            ),
        ),
        Col("店长", "person_name", "zh_colloquial", lambda r: r.p.name),
        Col("经度", None, "zh_formal", lambda r: round(r.rng.uniform(113.8, 121.6), 6)),
        Col("纬度", None, "zh_formal", lambda r: round(r.rng.uniform(22.4, 39.9), 6)),
        Col(
            "营业时间",
            None,
            "zh_formal",
            lambda r: r.rng.choice(("07:00-23:00", "24小时", "08:00-22:00")),
        ),
        Col("开业日期", None, "zh_formal", lambda r: values.day_before(r.rng, r.ref, 3000)),
        Col("面积（㎡）", None, "annotated", lambda r: r.rng.randint(40, 400)),
    )
    return [
        Table("retail_stores", "门店列表.csv", None, "csv", cols, encoding="utf-8", rows=(80, 160))
    ]


def suppliers() -> list[Table]:
    cols = (
        Col("供应商编码", None, "zh_formal", lambda r: f"V{r.i + 3001}"),
        Col("供应商名称", None, "zh_formal", lambda r: r.fake.company()),
        Col("统一社会信用代码", "cn_uscc", "zh_formal", lambda r: ids.uscc(r.rng)),
        Col(
            "注册地址",
            None,
            "zh_formal",
            lambda r: values.store_address(r.rng, r.fake).split("号")[0] + "号",
            variant="company registered address",
        ),
        Col("联系人", "person_name", "zh_formal", lambda r: r.p.name),
        Col("联系人手机", "cn_mobile", "zh_formal", lambda r: r.p.mobile),
        Col("公司电话", None, "zh_formal", lambda r: ids.landline(r.rng), variant="switchboard"),
        Col(
            "开户银行",
            None,
            "zh_formal",
            lambda r: r.rng.choice(("中国银行东莞分行", "农业银行义乌支行", "交通银行苏州分行")),
        ),
        Col(
            "银行账号",
            None,
            "zh_formal",
            lambda r: ids.digits(r.rng, r.rng.choice((17, 19, 21))),
            variant="corporate account",
        ),
        Col("供货品类", None, "zh_formal", lambda r: r.rng.choice(vocab.CATEGORIES)),
        Col(
            "合作状态",
            None,
            "zh_formal",
            lambda r: r.rng.choice(("合作中", "暂停", "黑名单", "待审核")),
        ),
    )
    return [
        Table("procurement", "供应商名录.csv", None, "csv", cols, encoding="gbk", rows=(100, 200))
    ]


def assets() -> list[Table]:
    cols = (
        Col(
            "资产编号",
            None,
            "zh_formal",
            lambda r: f"GZ-{r.ref.year - r.rng.randint(0, 6)}-{r.i + 1:05d}",
        ),
        Col(
            "资产名称",
            None,
            "zh_formal",
            lambda r: r.rng.choice(
                (
                    "笔记本电脑 ThinkPad X1",
                    "MacBook Pro 14",
                    "显示器 Dell U2723",
                    "打印机 HP M428",
                    "服务器 PowerEdge R740",
                )
            ),
        ),
        Col(
            "序列号",
            None,
            "zh_formal",
            lambda r: (
                r.rng.choice(("PF", "C02", "CN0", "SGH"))
                + "".join(r.rng.choice("0123456789ABCDEFGHJKLMNPQRSTUVWXYZ") for _ in range(8))
            ),
            variant="device serial",
        ),
        Col("使用人", "person_name", "zh_formal", lambda r: r.p.name),
        Col("使用部门", None, "zh_formal", lambda r: r.rng.choice(vocab.DEPARTMENTS)),
        Col("购置日期", None, "zh_formal", lambda r: values.day_before(r.rng, r.ref, 2000)),
        Col("原值(元)", None, "annotated", lambda r: values.amount(r.rng, 800, 60000), total="sum"),
        Col(
            "存放地点",
            None,
            "zh_formal",
            lambda r: (
                f"{r.rng.choice('ABC')}座{r.rng.randint(1, 20)}楼"
                f"{r.rng.choice(('开放办公区', '机房', '会议室'))}"
            ),
        ),
        Col("状态", None, "zh_formal", lambda r: r.rng.choice(("在用", "闲置", "维修", "报废"))),
    )
    return [
        Table(
            "assets",
            "固定资产台账.xlsx",
            "台账",
            "xlsx",
            cols,
            titles=("固定资产台账",),
            totals=True,
            rows=(150, 250),
        )
    ]


def tables() -> list[Table]:
    return [
        *inventory(),
        *bom(),
        *ledger(),
        *server_metrics(),
        *products(),
        *stores(),
        *suppliers(),
        *assets(),
    ]
