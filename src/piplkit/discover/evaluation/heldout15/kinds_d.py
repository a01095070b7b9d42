"""Set 15's report kinds, part D: two wide ERP/CRM exports (a custom-furniture maker's B2C order
lines, a liquor distributor's dealer CRM), narrow lookups of two or three columns, and tables
with no PI at all (stock, production, readings, summaries). Golds follow choices 31-33."""

from __future__ import annotations

from piplkit.discover.evaluation.heldout15.kinds import Col, Kind, kind


def _biz(n: int, names: list[tuple[str, str, str]]) -> list[Col]:
    """``n`` business columns of an ERP (all not PI), cycled from (zh, en, generator)."""
    out: list[Col] = []
    for k in range(n):
        zh, en, gen = names[k % len(names)]
        suffix = "" if k < len(names) else str(k // len(names) + 1)
        out.append((zh + suffix, en + suffix, "", gen, "-"))
    return out


_ERP_FIELDS = [
    ("柜体材质", "cabinet_material", "enum:颗粒板|多层实木|欧松板"),
    ("门板颜色", "door_colour", "enum:暖白|胡桃|灰橡|奶咖"),
    ("五金品牌", "hardware_brand", "enum:百隆|海蒂诗|DTC|悍高"),
    ("展开面积(㎡)", "unfolded_area", "num:2-38"),
    ("投影面积(㎡)", "projected_area", "num:1-15"),
    ("标准价", "list_price", "num:1800-48000"),
    ("折扣", "discount", "enum:0.85|0.9|0.95|1"),
    ("成交价", "deal_price", "num:1500-42000"),
    ("定金", "deposit", "int:500-5000"),
    ("尾款", "balance_due", "num:0-38000"),
    ("生产单号", "production_no", "code:SC26:6"),
    ("拆单员", "splitter_no", "code:CD:3"),
    ("排产日期", "schedule_date", "date:1:30"),
    ("出厂日期", "ship_date", "date:10:45"),
    ("安装日期", "install_date", "date:15:60"),
    ("包件数", "packages", "int:3-60"),
    ("物流单号", "waybill_no", "code:SF:12"),
    ("门店", "store", "store"),
    ("门店电话", "store_phone", "store_phone"),
    ("订单状态", "order_status", "enum:已下单|生产中|已发货|已安装|售后中"),
    ("售后类型", "after_sales", "enum:无|补件|色差|尺寸返工"),
    ("属性JSON", "attrs_json", "attrs_json"),
    ("SKU", "sku", "sku"),
    ("备注", "remark", "note"),
    ("金额(文本)", "amount_text", "amount_text"),
    ("订单号", "order_no", "order_phone"),
    ("厂区", "plant", "enum:佛山一厂|成都二厂|天津厂"),
    ("开票状态", "invoice_status", "enum:未开票|已开票|红冲"),
    ("渠道", "channel", "enum:门店|天猫|抖音|家装公司"),
    ("设计费", "design_fee", "int:0-3000"),
    ("设备序列号", "cnc_serial", "serial"),
]

_CRM_FIELDS = [
    ("经销商编码", "dealer_code", "code:JX:6"),
    ("经销商名称", "dealer_name", "company"),
    ("所在城市", "city", "city"),
    ("收货地址(仓库)", "ship_to", "enum:物流园A区3号库|保税区仓|城北配送中心|经开区12号仓"),
    ("员工人数", "staff_count", "staff_count"),
    ("注册资本(万)", "capital", "int:50-5000"),
    ("年度任务(万)", "annual_target", "int:100-8000"),
    ("已完成(万)", "achieved", "num:10-8000"),
    ("授信额度", "credit_limit", "int:10-500"),
    ("应收余额", "receivable", "num:0-900000"),
    ("渠道类型", "channel_type", "enum:烟酒店|团购|餐饮|商超"),
    ("主销产品", "main_product", "liquor"),
    ("上月提货(箱)", "last_month_cases", "int:0-900"),
    ("库存(箱)", "stock_cases", "int:0-1200"),
    ("签约日期", "signed_on", "date:-2000:-30"),
    ("合同到期", "contract_end", "date:30:700"),
    ("业务员工号", "rep_no", "code:YW:4"),
    ("大区", "region", "enum:华东|华南|华北|西南"),
    ("客户等级", "tier", "enum:A|B|C|战略"),
    ("门头照片", "storefront_photo", "shop_photo"),
    ("门店坐标", "store_coords", "site_coords"),
    ("开票信息", "invoice_info", "enum:增值税专票|普票"),
    ("回款金额", "collected", "amount_text"),
    ("保证金", "security_deposit", "int:5000-200000"),
    ("状态", "status", "enum:合作中|暂停|终止"),
    ("最近拜访", "last_visit", "date:-60:0"),
    ("拜访纪要", "visit_notes", "enum:动销偏慢|要求增加陈列费|中秋备货已确认|无|竞品降价"),
    ("公司电话", "office_phone", "store_phone"),
    ("发货单号", "delivery_no", "order_phone"),
    ("备注", "remark", "note"),
]

WIDE: list[Kind] = [
    kind("dingzhi_erp", "custom furniture ERP", "定制家居ERP订单行导出", [
        ("序号", "line_no", "xh", "seq", "-"),
        ("客户姓名", "customer_name", "khxm", "name", "person_name"),
        ("客户手机", "customer_mobile", "khsj", "mobile", "cn_mobile"),
        ("收货地址", "delivery_address", "shdz", "flat", "address"),
        ("客户邮箱", "customer_email", "khyx", "email", "email"),
        ("分期审批结果", "instalment_credit", "fqsp", "credit", "credit_record"),
        ("导购", "sales_guide", "dg", "staff", "person_name"),
        *_biz(31, _ERP_FIELDS),
        ("安装师傅", "installer", "azsf", "name_q", "person_name"),
        ("师傅电话", "installer_phone", "sfdh", "mobile_q", "cn_mobile"),
        ("量尺坐标", "site_latlng", "lczb", "geo", "geo_coordinates"),
    ], "zh.x snake.c8 caps.pq"),
    kind("jiuye_crm", "liquor distributor CRM", "酒业经销商CRM客户档案导出", [
        ("序号", "no", "xh", "seq", "-"),
        *_biz(30, _CRM_FIELDS),
        ("纳税人识别号", "tax_id", "nsrsbh", "uscc", "cn_uscc"),
        ("联系人", "contact_person", "lxr", "name", "person_name"),
        ("联系人手机", "contact_mobile", "lxrsj", "mobile", "cn_mobile"),
        ("联系人邮箱", "contact_email", "lxryx", "email", "email"),
        ("联系人微信", "contact_wechat", "lxrwx", "wechat", "wechat_id"),
        ("联系人职务", "contact_title", "lxrzw", "job_title", "job_title"),
        ("联系人生日", "contact_birthday", "lxrsr", "birth", "birth_date"),
        ("业务员", "sales_rep", "ywy", "staff", "person_name"),
        ("业务员电话", "rep_mobile", "ywydh", "mobile_q", "cn_mobile"),
        ("法人代表", "legal_rep", "frdb", "name_q", "person_name"),
    ], "zh.cg camel.jl title.x"),
]  # fmt: skip

NARROW: list[Kind] = [
    kind("huiyuan_shouji", "member lookup", "会员手机对照", [
        ("会员号", "member_no", "hyh", "code:M:7", "-"),
        ("手机号", "mobile", "sjh", "mobile", "cn_mobile"),
    ], "zhc.c8 snake.jl py.cg"),
    kind("sku_jiage", "price lookup", "SKU价格表", [
        ("SKU", "sku", "sku", "sku", "-"),
        ("零售价", "retail_price", "lsj", "num:3-999", "-"),
    ], "zh.c8 snake.pq"),
    kind("mendian_dianhua", "store phone lookup", "门店电话表", [
        ("门店", "store", "md", "store", "-"),
        ("电话", "phone", "dh", "store_phone", "-"),
        ("营业时间", "hours", "yysj", "enum:09:00-21:00|10:00-22:00|24小时", "-"),
    ], "zh.cb caps.t8"),
    kind("chepai_chezhu", "plate lookup", "车牌车主对照", [
        ("车牌", "plate", "cp", "plate", "license_plate"),
        ("车主", "owner", "cz", "name", "person_name"),
    ], "zh.c8 camel.jl"),
    kind("fenji_tongxunlu", "staff extension list", "内线分机表", [
        ("姓名", "name", "xm", "name", "person_name"),
        ("分机", "extension", "fj", "int:8000-8999", "-"),
        ("部门", "department", "bm", "enum:财务部|客服部|仓储部|市场部", "-"),
    ], "zh.c8 title.jl"),
]  # fmt: skip

NO_PI: list[Kind] = [
    kind("yanhua_kucun", "fireworks stock", "烟花仓库库存", [
        ("SKU", "sku", "sku", "sku", "-"),
        ("产品名称", "product", "cpmc", "product", "-"),
        ("级别", "grade", "jb", "enum:C级|D级", "-"),
        ("库存(箱)", "stock_cases", "kc", "int:0-400", "-"),
        ("批号", "batch_no", "ph", "code:LY2026:5", "-"),
        ("供货单位", "supplier", "ghdw", "company", "-"),
        ("供货单位代码", "supplier_uscc", "dm", "uscc", "cn_uscc"),
        ("仓库电话", "warehouse_phone", "ckdh", "store_phone", "-"),
    ], "zh.x.S snake.pq.O"),
    kind("baoxiang_shiyong", "room usage", "包厢使用日报", [
        ("日期", "date", "rq", "date:-30:0", "-"),
        ("门店", "store", "md", "store", "-"),
        ("包厢", "room", "bx", "enum:梅|兰|竹|菊", "-"),
        ("开台时间", "start_time", "ktsj", "dt:-30:0", "-"),
        ("时长(h)", "hours", "sc", "int:1-8", "-"),
        ("金额", "amount", "je", "num:40-600", "-"),
        ("服务员工号", "waiter_no", "fwy", "code:FW:3", "-"),
        ("订单号", "order_no", "ddh", "order_phone", "-"),
    ], "zh.c8 snake.jl"),
    kind("shuizhi_rizhi", "aquarium water log", "展缸水质巡检记录", [
        ("缸号", "tank", "gh", "code:TK-:2", "-"),
        ("巡检时间", "checked_at", "xjsj", "dt:-14:0", "-"),
        ("水温(℃)", "temp_c", "sw", "num:18-27", "-"),
        ("pH", "ph", "ph", "num:7.8-8.4", "-"),
        ("盐度(‰)", "salinity", "yd", "num:30-35", "-"),
        ("氨氮(mg/L)", "ammonia", "ad", "num:0-0.5", "-"),
        ("巡检员工号", "inspector_no", "xjy", "code:AQ:3", "-"),
        ("设备序列号", "device_serial", "sbxlh", "serial", "-"),
    ], "zh.x.S snake.c8.O"),
    kind("hongbei_shengchan", "bakery production", "中央工厂烘焙生产计划", [
        ("日期", "date", "rq", "date:-10:3", "-"),
        ("门店", "store", "md", "store", "-"),
        ("品名", "item", "pm", "cake", "-"),
        ("计划数量", "planned", "jhsl", "int:10-200", "-"),
        ("实际数量", "made", "sjsl", "int:8-200", "-"),
        ("损耗", "waste", "sh", "int:0-12", "-"),
        ("批号", "batch", "ph", "code:HB:6", "-"),
        ("师傅工号", "baker_no", "sfgh", "code:BK:3", "-"),
    ], "zh.c8 zh.x.S"),
    kind("kafei_xiaoshou", "coffee store sales", "store daily sales", [
        ("门店", "store", "md", "store", "-"),
        ("日期", "date", "rq", "date:-30:0", "-"),
        ("杯量", "cups", "bl", "int:80-1600", "-"),
        ("GMV", "gmv", "gmv", "amount_text", "-"),
        ("热销SKU", "top_sku", "rxsku", "sku", "-"),
        ("员工人数", "staff_count", "ygrs", "int:3-18", "-"),
        ("门店电话", "store_phone", "mddh", "store_phone", "-"),
        ("门店坐标", "store_coords", "mdzb", "site_coords", "-"),
    ], "snake.c8 zh.x@retail_book"),
    kind("guolu_dushu", "heat station readings", "换热站运行参数", [
        ("换热站", "station", "hrz", "enum:一号站|滨河站|南湖站", "-"),
        ("时间", "time", "sj", "dt:-10:0", "-"),
        ("一次供水温度", "supply_temp", "gswd", "num:70-110", "-"),
        ("回水温度", "return_temp", "hswd", "num:35-55", "-"),
        ("压力(MPa)", "pressure", "yl", "num:0.3-1.2", "-"),
        ("流量(t/h)", "flow", "ll", "num:20-300", "-"),
        ("设备编号", "device_no", "sbbh", "serial", "-"),
        ("值班电话", "duty_phone", "zbdh", "store_phone", "-"),
    ], "zh.c8.O caps.t8"),
    kind("icp_yuming", "ICP domain list", "备案域名清单", [
        ("域名", "domain", "ym", "domain", "-"),
        ("备案号", "icp_no", "bah", "code:苏ICP备2025:5", "-"),
        ("主办单位", "sponsor", "zbdw", "company", "-"),
        ("统一社会信用代码", "uscc", "xydm", "uscc", "cn_uscc"),
        ("服务器IP", "server_ip", "ip", "server_ip", "-"),
        ("到期日", "expires", "dqr", "date:30:900", "-"),
    ], "zh.x@it_book snake.c8"),
    kind("xiaofeiquan_pici", "voucher batches", "消费券批次核销汇总", [
        ("批次", "batch", "pc", "enum:第一批|第二批|第三批", "-"),
        ("面额", "face_value", "me", "enum:20|50|100", "-"),
        ("发放张数", "issued", "ffzs", "int:1000-90000", "-"),
        ("核销张数", "redeemed", "hxzs", "int:100-80000", "-"),
        ("核销金额", "redeemed_amount", "hxje", "amount_text", "-"),
        ("拉动消费(万)", "spend_wan", "ldxf", "num:10-900", "-"),
    ], "zh.c8 snake.jl"),
    kind("jiliangji_jiaozhun", "dosimeter calibration", "剂量计刻度校准记录", [
        ("剂量计编号", "dosimeter_no", "jljbh", "code:TLD-:6", "-"),
        ("校准日期", "calibrated_on", "jzrq", "date:-300:0", "-"),
        ("校准因子", "factor", "jzyz", "num:0.9-1.1", "-"),
        ("本底(μSv)", "background", "bd", "num:0.05-0.3", "-"),
        ("校准单位", "lab", "jzdw", "company", "-"),
        ("结论", "result", "jl", "enum:合格|合格|复校", "-"),
    ], "zh.x.T py.c8"),
    kind("chuguan_kucun", "cord-blood tank inventory", "液氮罐位库存", [
        ("罐号", "tank_no", "gh", "code:LN2-:2", "-"),
        ("提篮", "basket", "tl", "int:1-12", "-"),
        ("已用位", "used", "yyw", "int:0-120", "-"),
        ("空位", "free", "kw", "int:0-120", "-"),
        ("液位(cm)", "level_cm", "yw", "num:20-60", "-"),
        ("最近补液", "refilled_on", "zjby", "date:-20:0", "-"),
    ], "zh.c8 snake.pq"),
    kind("chonglangban", "surfboard inventory", "surfboard inventory", [
        ("板号", "board_no", "bh", "code:SB-:3", "-"),
        ("尺寸", "size", "cc", "enum:7'0|8'0|9'0|6'2", "-"),
        ("品牌", "brand", "pp", "enum:Torq|NSP|Softech|Firewire", "-"),
        ("状态", "state", "zt", "enum:可用|维修|报废", "-"),
        ("采购价", "cost", "cgj", "int:1800-9000", "-"),
    ], "title.c8 zh.jl"),
    kind("huanxin_huizong", "trade-in summary", "以旧换新分品类汇总", [
        ("品类", "category", "pl", "enum:空调|冰箱|洗衣机|电视|热水器", "-"),
        ("申请件数", "applications", "sqjs", "int:20-4000", "-"),
        ("发放金额", "paid_out", "ffje", "amount_text", "-"),
        ("退回件数", "returned", "thjs", "int:0-200", "-"),
        ("经办机构", "agency", "jbjg", "company", "-"),
    ], "zh.x.S caps.c8"),
]  # fmt: skip
