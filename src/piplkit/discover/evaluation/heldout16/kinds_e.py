# ruff: noqa: E501
"""Set 16's wide ERP/CRM exports (a freight forwarder's booking lines and a trademark agency's
customer CRM, 44 and 42 columns, each in three variants: Chinese CSV, a vendor-prefixed
data-warehouse Parquet, a Title Case workbook) and its narrow lookups of two or three columns."""

from __future__ import annotations

from piplkit.discover.evaluation.heldout6.spec import Table
from piplkit.discover.evaluation.heldout16.kinds import plain

_FORWARDER = (
    "订舱号;booking_no;code:BK:9;-", "客户名称;customer_name;company;-", "客户税号;customer_tax_no;uscc;cn_uscc",
    "联系人;contact_name;name;person_name", "联系人手机;contact_mobile;mobile;cn_mobile",
    "联系人邮箱;contact_email;email;email", "联系人微信;contact_wechat;wechat;wechat_id",
    "业务员;sales_rep;name_q;person_name", "业务员手机;sales_mobile;mobile_q;cn_mobile",
    "起运港;pol;pick:上海|宁波|深圳盐田|青岛;-", "目的港;pod;pick:洛杉矶|鹿特丹|新加坡|汉堡;-",
    "船名;vessel;pick:COSCO PRIDE|MSC ANNA|ONE APUS;-", "航次;voyage;code:V:4;-",
    "柜型;container_type;pick:20GP|40GP|40HQ;-", "柜量;containers;int:1:12;-", "品名;commodity;pick:家具|五金|纺织品|灯具;-",
    "HS编码;hs_code;code:94:8;-", "件数;packages;int:20:2000;-", "毛重(kg);gross_weight;num:500:26000;-",
    "体积(CBM);volume_cbm;num:5:68;-", "贸易条款;incoterm;pick:FOB|CIF|EXW|DDP;-",
    "付款方式;payment_terms;pick:预付|到付|月结;-", "海运费USD;ocean_freight_usd;int:800:6000;-",
    "拖车费;trucking_fee;int:600:2400;-", "报关费;customs_fee;int:150:600;-", "仓储费;storage_fee;int:0:900;-",
    "保险费;insurance_fee;num:0:500;-", "开票状态;invoice_status;pick:未开票|已开票|部分开票;-",
    "发票号;invoice_no;code:0:8;-", "ETD;etd;date:0:30;-", "ETA;eta;date:10:60;-",
    "截关时间;cutoff_time;dt:0:28;-", "订舱日期;booking_date;date:-30:0;-", "业务类型;business_type;pick:整柜|拼箱|空运;-",
    "结算单位;billing_party;company;-", "送货仓库地址;warehouse_address;shop_addr;-", "备注;remark;note;-",
    "审核状态;approval;pick:待审核|已审核|驳回;-", "单证员代码;doc_clerk;code:DC:3;-", "利润;profit;money;-",
    "毛利率;margin;pct;-", "创建时间;created_at;dt:-40:0;-", "更新时间;updated_at;dt:-10:0;-",
    "部门;department;pick:华东一部|华南部|海外部;-",
)  # fmt: skip
_CRM = (
    "客户编号;customer_id;code:C:7;-", "客户名称;account_name;company;-", "纳税人识别号;tax_id;uscc;cn_uscc",
    "联系人姓名;contact_name;name;person_name", "职务;contact_title;job;job_title",
    "手机;contact_mobile;mobile;cn_mobile", "邮箱;contact_email;email;email", "微信;contact_wechat;wechat;wechat_id",
    "客户经理;account_manager;name_q;person_name", "行业;industry;pick:食品|美妆|教育|软件|餐饮;-",
    "人员规模;headcount;staff_count;-", "注册资本(万);registered_capital;int:10:5000;-", "所在城市;city;city;-",
    "公司地址;company_address;shop_addr;-", "公司电话;company_phone;hotline;-", "客户来源;lead_source;pick:百度|展会|转介绍|官网;-",
    "客户等级;tier;pick:A|B|C;-", "跟进状态;stage;pick:初次接触|需求确认|报价|成交;-", "最近跟进;last_contact;date:-60:0;-",
    "下次跟进;next_contact;date:0:30;-", "商标数;trademarks;int:0:80;-", "专利数;patents;int:0:40;-",
    "合同金额;contract_amount;int:2000:90000;-", "已回款;received;int:0:90000;-", "未回款;outstanding;int:0:50000;-",
    "签约日期;signed;date:-400:0;-", "到期日期;expires;date:0:400;-", "服务类型;service;pick:注册|续展|异议|监测;-",
    "官网;website;pick:www.example.cn|www.shop.cn|-;-", "成立日期;founded;date:-7000:-300;-", "年营收(万);revenue;int:50:90000;-",
    "是否上市;listed;pick:是|否;-", "备注;notes;note;-", "创建人工号;created_by;code:E:4;-", "创建时间;created_at;dt:-500:0;-",
    "更新时间;updated_at;dt:-30:0;-", "标签;tags;pick:重点|老客户|潜在|流失风险;-", "商机金额;opportunity;int:0:60000;-",
    "赢单率;win_rate;pct;-", "竞争对手;competitor;company;-", "渠道;channel;pick:直销|代理;-", "商品属性;attrs;json_attr;-",
)  # fmt: skip


def _variants(stem: str, domain: str, cols: tuple[str, ...]) -> list[Table]:
    parts = [c.split(";") for c in cols]
    zh = tuple(f"{z};{g};{gold}" for z, _e, g, gold in parts)
    vendor = tuple(f"@ods_{stem}.{e};{g};{gold}" for _z, e, g, gold in parts)
    title = tuple(f"{e.replace('_', ' ').title()};{g};{gold}" for _z, e, g, gold in parts)
    return [
        plain(f"{stem}_全量导出.csv", domain, zh, encoding="utf-8-sig"),
        plain(f"ods_{stem}.parquet", domain, vendor),
        plain(f"{stem}_Export.xlsx", domain, title, title_rows=("Export of 2026-12-07",)),
    ]


_NARROW = (
    ("member_mobile.csv", "桌游吧", ("会员号;code:BG:6;-", "手机;mobile;cn_mobile")),
    ("ecig_sku_price.csv", "电子烟门店会员", ("SKU;code:EC:7;-", "售价;num:19:69;-")),
    ("store_hotlines.csv", "烟草专卖零售许可", ("门店;pick:好邻居便利店|金叶烟酒商行|惠民超市;-", "热线;hotline;-")),
    ("plate_owner.tsv", "漂流景区", ("车牌;plate;license_plate", "车主;name;person_name")),
    ("teller_names.jsonl", "外币兑换", ("柜员号;code:G:4;-", "柜员姓名;name;person_name")),
    ("ticket_gate_time.csv", "景区索道实名购票", ("票号;ophone;-", "入闸时间;dt:-5:0;-", "闸机;pick:1号闸|2号闸;-")),
    ("pottery_balance.csv", "陶艺工作室", ("学员;name;person_name", "余额;balance;account_balance")),
    ("voice_part_counts.csv", "少儿合唱团", ("声部;pick:高声部|中声部|低声部;-", "人数;int:8:30;-")),
    ("order_status.csv", "相机租赁", ("订单号;ophone;-", "状态;pick:待发货|租赁中|已归还;-")),
    ("id_check_result.csv", "电子烟门店会员", ("身份证号;rid;cn_resident_id", "核验结果;pick:通过|通过|未满18岁拒售;-")),
    ("wechat_nick.parquet", "剧本杀门店", ("微信号;wechat;wechat_id", "昵称;account;account_name")),
)  # fmt: skip


def wide_tables() -> list[Table]:
    """The two wide exports, three variants each."""
    return [
        *_variants("forwarder_booking", "货代私人物品", _FORWARDER),
        *_variants("tm_crm_accounts", "商标代理", _CRM),
    ]


def narrow_tables() -> list[Table]:
    """Lookups of two or three columns."""
    return [plain(f, d, lines, p_ages=(18, 60)) for f, d, lines in _NARROW]
