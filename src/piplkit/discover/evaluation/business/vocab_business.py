"""Vocabularies of ordinary business data: what surrounds personal information in an export.

Written for this project. These fill the columns whose gold type is ``None``; several look
like PI at a glance on purpose (store names with a city, remarks, product titles with a
surname-like first character), as they do in real exports.
"""

from __future__ import annotations

PRODUCTS: tuple[str, ...] = (
    "华为Mate 60 Pro 12+512G 雅丹黑", "小米14 Ultra 16GB+1TB", "Apple iPhone 15 128G 蓝色",
    "美的 变频空调 1.5匹 新一级能效", "格力 云佳 大1匹 挂机", "三只松鼠 坚果礼盒 1.5kg",
    "蒙牛 纯牛奶 250ml*24盒", "农夫山泉 饮用天然水 550ml*24瓶", "安踏 男子跑鞋 42码",
    "李宁 羽毛球拍 单拍", "海尔 10公斤 滚筒洗衣机", "九阳 豆浆机 DJ13B", "苏泊尔 电饭煲 4L",
    "得力 A4 复印纸 70g 5包", "晨光 中性笔 0.5mm 12支", "飞鹤 星飞帆 3段 700g",
    "欧莱雅 男士洗面奶 100ml", "百草味 零食大礼包", "洁柔 抽纸 24包", "五粮液 52度 500ml",
    "茅台 飞天 53度 500ml", "索尼 WH-1000XM5 降噪耳机", "联想 小新Pro14 笔记本电脑",
    "大疆 Mini 4 Pro 无人机", "优衣库 男装 摇粒绒外套 L", "波司登 羽绒服 女 M",
    "周黑鸭 鸭脖 200g", "良品铺子 猪肉脯 100g", "王老吉 凉茶 310ml*12罐",
    "张小泉 家用菜刀", "老干妈 风味豆豉 280g", "黄飞红 麻辣花生 210g",
)  # fmt: skip
CATEGORIES: tuple[str, ...] = (
    "手机通讯", "家用电器", "食品饮料", "运动户外", "办公用品", "母婴用品", "美妆个护",
    "酒类", "数码配件", "服饰鞋包", "生鲜", "日用百货", "图书", "家居家装",
)  # fmt: skip
BRANDS: tuple[str, ...] = (
    "华为", "小米", "美的", "格力", "海尔", "李宁", "安踏", "蒙牛", "伊利", "农夫山泉",
    "联想", "得力", "晨光", "九阳", "苏泊尔", "波司登", "三只松鼠",
)  # fmt: skip
ORDER_STATUS: dict[str, float] = {
    "已完成": 0.55, "已发货": 0.12, "待发货": 0.08, "待付款": 0.05, "已取消": 0.08,
    "退款中": 0.03, "已退款": 0.04, "交易关闭": 0.05,
}  # fmt: skip
PAY_METHODS: tuple[str, ...] = (
    "微信支付",
    "支付宝",
    "银联",
    "信用卡",
    "货到付款",
    "余额支付",
    "云闪付",
)
CHANNELS: tuple[str, ...] = ("APP", "小程序", "H5", "PC", "线下门店", "电话", "抖音直播间", "美团")
LOGISTICS: tuple[str, ...] = (
    "顺丰速运",
    "中通快递",
    "圆通速递",
    "韵达快递",
    "京东物流",
    "EMS",
    "申通快递",
    "极兔速递",
)
WAREHOUSES: tuple[str, ...] = (
    "华东一号仓",
    "华南中心仓",
    "北京大兴仓",
    "成都双流仓",
    "武汉东西湖仓",
    "沈阳前置仓",
)
STORE_CITIES: tuple[str, ...] = (
    "北京",
    "上海",
    "广州",
    "深圳",
    "杭州",
    "成都",
    "武汉",
    "南京",
    "西安",
    "长沙",
)
STORE_SUFFIXES: tuple[str, ...] = (
    "万达店",
    "旗舰店",
    "中心店",
    "天街店",
    "大悦城店",
    "高新店",
    "火车站店",
    "万象城店",
)
REMARKS: tuple[str, ...] = (
    "请尽快发货", "发票抬头开公司", "周末送货", "已电话确认", "客户要求改期", "赠品已发",
    "包装破损已补发", "无", "加急", "放快递柜", "重复下单已取消", "系统自动关闭",
    "到付运费", "已核对", "待财务审核", "按合同执行", "首单优惠", "老客户", "下次合并发货",
)  # fmt: skip
YES_NO: tuple[str, ...] = ("是", "否")
BOOL_EN: tuple[str, ...] = ("true", "false")
FLAGS_01: tuple[str, ...] = ("0", "1")
DEPARTMENTS: tuple[str, ...] = (
    "研发中心", "技术部", "产品部", "销售部", "市场部", "财务部", "人力资源部", "行政部",
    "客服中心", "运营部", "采购部", "仓储物流部", "法务部", "审计部", "质量管理部", "总经办",
)  # fmt: skip
HOSPITAL_DEPTS: tuple[str, ...] = (
    "心血管内科", "呼吸内科", "消化内科", "内分泌科", "神经内科", "普外科", "骨科",
    "妇产科", "儿科", "眼科", "耳鼻喉科", "皮肤科", "急诊科", "肿瘤科", "感染科", "口腔科",
)  # fmt: skip
VISIT_TYPES: tuple[str, ...] = ("门诊", "急诊", "住院", "体检", "复诊")
PAY_CLASSES: tuple[str, ...] = (
    "城镇职工医保",
    "城乡居民医保",
    "自费",
    "商业保险",
    "新农合",
    "公费医疗",
)
INSURANCE_PRODUCTS: tuple[str, ...] = (
    "平安e生保", "尊享e生2024", "好医保·长期医疗", "太平洋安行宝", "国寿福终身寿险",
    "众安百万医疗", "人保车险商业险", "交强险", "少儿平安福", "意外伤害保险",
)  # fmt: skip
CLAIM_STATUS: tuple[str, ...] = (
    "已受理",
    "审核中",
    "已赔付",
    "拒赔",
    "补充材料",
    "已结案",
    "已撤案",
)
LOAN_PRODUCTS: tuple[str, ...] = (
    "个人住房贷款",
    "个人消费贷款",
    "经营贷",
    "车贷",
    "信用卡分期",
    "装修贷",
    "助学贷款",
)
REPAY_METHODS: tuple[str, ...] = ("等额本息", "等额本金", "先息后本", "到期一次还本付息")
ACCOUNT_TYPES: tuple[str, ...] = ("I类户", "II类户", "III类户", "活期储蓄", "定期储蓄", "信用卡")
ACCOUNT_STATUS: tuple[str, ...] = ("正常", "冻结", "销户", "久悬", "止付", "挂失")
BRANCHES: tuple[str, ...] = (
    "北京分行营业部", "上海浦东支行", "深圳南山支行", "杭州西湖支行", "成都高新支行",
    "武汉光谷支行", "广州天河支行", "南京新街口支行", "西安高新支行", "长沙岳麓支行",
)  # fmt: skip
TXN_TYPES: tuple[str, ...] = ("消费", "转账", "取现", "代发工资", "还款", "退款", "利息", "手续费")
CURRENCIES: tuple[str, ...] = ("CNY", "CNY", "CNY", "USD", "HKD")
EMPLOYMENT_TYPES: tuple[str, ...] = ("全职", "兼职", "实习", "劳务派遣", "外包")
EMP_STATUS: tuple[str, ...] = ("在职", "试用期", "离职", "待入职", "停薪留职")
JOB_LEVELS: tuple[str, ...] = ("P4", "P5", "P6", "P7", "M1", "M2", "T3-1", "T3-2", "L5", "L6")
RECRUIT_STAGES: tuple[str, ...] = (
    "简历筛选",
    "一面",
    "二面",
    "HR面",
    "Offer",
    "已入职",
    "不合适",
    "候选人放弃",
)
JOB_SOURCES: tuple[str, ...] = (
    "BOSS直聘",
    "智联招聘",
    "前程无忧",
    "猎聘",
    "内推",
    "校园招聘",
    "官网",
)
APP_VERSIONS: tuple[str, ...] = ("8.0.49", "8.0.50", "3.2.1", "3.3.0", "5.12.4", "10.1.0", "2.9.7")
OS_NAMES: tuple[str, ...] = (
    "Android 14",
    "Android 13",
    "iOS 17.5",
    "iOS 18.1",
    "HarmonyOS 4.2",
    "Android 12",
)
DEVICE_MODELS: tuple[str, ...] = (
    "HUAWEI Mate 60", "Xiaomi 14", "iPhone15,2", "iPhone16,1", "OPPO Reno11", "vivo X100",
    "HONOR Magic6", "Redmi K70", "SM-S9210", "OnePlus 12",
)  # fmt: skip
NETWORKS: tuple[str, ...] = ("WIFI", "4G", "5G", "3G")
CARRIERS: tuple[str, ...] = ("中国移动", "中国联通", "中国电信", "中国广电")
PLANS: tuple[str, ...] = (
    "5G畅享套餐129元",
    "大王卡",
    "全家享199元",
    "4G飞享38元",
    "冰激凌套餐",
    "宽带融合套餐",
)
SUBSCRIBER_STATUS: tuple[str, ...] = ("正常", "停机", "欠费停机", "预销户", "已销户")
CALL_RESULTS: tuple[str, ...] = ("接通", "未接通", "忙", "拒接")
GRADES: tuple[str, ...] = (
    "一年级",
    "二年级",
    "三年级",
    "四年级",
    "五年级",
    "六年级",
    "初一",
    "初二",
    "初三",
    "高一",
    "高二",
)
CLASS_NAMES: tuple[str, ...] = ("1班", "2班", "3班", "4班", "5班", "6班")
COURSES: tuple[str, ...] = ("语文", "数学", "英语", "物理", "化学", "科学", "道德与法治", "体育")
ROOM_TYPES: tuple[str, ...] = (
    "标准大床房",
    "豪华双床房",
    "行政套房",
    "商务大床房",
    "亲子房",
    "家庭房",
)
HOTEL_BRANDS: tuple[str, ...] = (
    "汉庭酒店",
    "全季酒店",
    "如家酒店",
    "亚朵酒店",
    "锦江之星",
    "维也纳酒店",
    "希尔顿欢朋",
)
AIRLINES: tuple[tuple[str, str], ...] = (
    ("CA", "中国国际航空"), ("MU", "中国东方航空"), ("CZ", "中国南方航空"), ("HU", "海南航空"),
    ("3U", "四川航空"), ("ZH", "深圳航空"), ("MF", "厦门航空"), ("9C", "春秋航空"),
)  # fmt: skip
AIRPORTS: tuple[str, ...] = (
    "PEK",
    "PKX",
    "PVG",
    "SHA",
    "CAN",
    "SZX",
    "CTU",
    "TFU",
    "HGH",
    "XIY",
    "WUH",
    "KMG",
)
CABINS: tuple[str, ...] = ("经济舱", "超级经济舱", "公务舱", "头等舱")
TICKET_STATUS: tuple[str, ...] = ("已出票", "已值机", "已登机", "已退票", "已改签")
CAR_MODELS: tuple[str, ...] = (
    "比亚迪 秦PLUS",
    "特斯拉 Model Y",
    "大众 朗逸",
    "丰田 凯美瑞",
    "本田 雅阁",
    "吉利 星越L",
    "理想 L7",
    "小鹏 P7",
    "蔚来 ES6",
    "五菱宏光MINIEV",
)
VEHICLE_COLORS: tuple[str, ...] = ("白色", "黑色", "银色", "灰色", "蓝色", "红色")
RIDE_STATUS: tuple[str, ...] = ("已完成", "已取消", "进行中", "待支付", "司机已接单")
RIDE_TYPES: tuple[str, ...] = ("快车", "专车", "拼车", "顺风车", "出租车", "豪华车")
POST_TYPES: tuple[str, ...] = ("文字", "图片", "视频", "语音", "链接", "表情")
GROUP_NAMES: tuple[str, ...] = (
    "家族群",
    "公司全员群",
    "业主交流群",
    "篮球约战群",
    "三年二班家长群",
    "读书会",
)
APPLICATION_TYPES: tuple[str, ...] = (
    "居住证申领",
    "户口迁移",
    "出入境证件",
    "驾驶证换证",
    "无犯罪记录证明",
    "社保转移",
    "公积金提取",
)
APPROVAL_STATUS: tuple[str, ...] = ("已受理", "审核中", "已办结", "退回补正", "不予受理")
GOV_OFFICES: tuple[str, ...] = (
    "朝阳分局出入境接待大厅",
    "天河区政务服务中心",
    "西湖区行政服务中心",
    "武侯区派出所",
    "浦东新区社区事务受理中心",
)
CASE_TYPES: tuple[str, ...] = ("刑事案件", "治安案件", "交通事故", "民事纠纷")
FEE_ITEMS: tuple[str, ...] = ("物业费", "停车费", "水费", "电费", "燃气费", "公摊费", "装修押金")
REPAIR_ITEMS: tuple[str, ...] = (
    "水管漏水",
    "电梯故障",
    "门禁损坏",
    "灯不亮",
    "下水道堵塞",
    "墙面渗水",
    "噪音投诉",
)
ESTATES: tuple[str, ...] = (
    "锦绣华府",
    "阳光花园",
    "碧桂园·天玺",
    "万科城",
    "保利香槟国际",
    "龙湖春江郦城",
    "绿地新里",
)
PARKING: tuple[str, ...] = ("A区", "B区", "地下一层", "地下二层")
WORKOUT_TYPES: tuple[str, ...] = (
    "跑步",
    "骑行",
    "游泳",
    "力量训练",
    "瑜伽",
    "步行",
    "跳绳",
    "HIIT",
)
DEVICES_WEAR: tuple[str, ...] = (
    "华为 WATCH GT 4",
    "小米手环8",
    "Apple Watch S9",
    "OPPO Watch 4 Pro",
    "Garmin Forerunner 265",
)
MEMBER_LEVELS: tuple[str, ...] = ("普通会员", "银卡会员", "金卡会员", "钻石会员", "黑金会员")
DATING_PLANS: tuple[str, ...] = ("免费", "月度VIP", "季度VIP", "年度SVIP")
EVENTS: tuple[str, ...] = (
    "page_view", "click_buy", "add_cart", "login", "share", "search", "app_start",
)  # fmt: skip
CALL_DIRECTIONS: tuple[str, ...] = ("主叫", "被叫", "呼转")
DOOR_METHODS: tuple[str, ...] = ("人脸识别", "刷卡", "二维码", "密码", "远程开门")
VISA_TYPES: tuple[str, ...] = (
    "Z字签证", "L字签证", "M字签证", "X1字签证", "Q1字签证", "永久居留",
)  # fmt: skip
LENDERS: tuple[str, ...] = (
    "中国工商银行北京分行", "招商银行信用卡中心", "中国建设银行深圳分行", "平安银行",
    "蚂蚁消费金融", "马上消费金融", "微众银行", "中信银行信用卡中心", "杭州银行", "兴业消费金融",
)  # fmt: skip
