"""Vocabularies of ordinary business data (not PI) for the held-out set: products, drugs,
departments, statuses, channels, carriers … the columns a careless classifier takes for PI."""

from __future__ import annotations

# fmt: off
PRODUCTS = (
    "Apple iPhone 15 Pro Max 256GB 原色钛金属", "华为 Mate 60 Pro 12+512GB 雅川青",
    "小米14 Ultra 16+1TB", "OPPO Find X7 5G手机", "vivo X100 Pro 蓝晶×天玑9300",
    "三只松鼠 每日坚果 750g/30袋", "蒙牛 特仑苏纯牛奶 250ml*16盒",
    "安踏 男子跑步鞋 氮科技 112345566-1", "李宁 羽毛球拍 雷霆80", "美的 变频空调 1.5匹 KFR-35GW",
    "格力 电风扇 落地扇 FD-40X", "九阳 豆浆机 DJ13B-D08D", "优衣库 女装 摇粒绒开衫 459988",
    "海澜之家 男士商务衬衫 长袖", "南极人 纯棉四件套 1.8m床", "良品铺子 猪肉脯 200g",
    "农夫山泉 饮用天然水 550ml*24瓶", "得力 A4复印纸 70g 500张/包",
    "联想 ThinkPad X1 Carbon 2024 i7", "戴森 V12 Detect Slim 无绳吸尘器",
    "索尼 WH-1000XM5 降噪耳机", "欧莱雅 复颜玻尿酸精华 30ml", "花西子 空气蜜粉 散粉 定妆",
    "飞鹤 星飞帆 幼儿配方奶粉 3段 700g", "帮宝适 一级帮 纸尿裤 L码 52片",
    "Kindle Paperwhite 5 16G", "大疆 DJI Mini 4 Pro 无人机",
)
# fmt: on
# fmt: off
PRODUCT_CATEGORIES = (
    "手机通讯/手机", "食品饮料/休闲零食", "家用电器/空调", "服饰内衣/女装", "母婴/奶粉",
    "美妆护肤/精华", "电脑办公/笔记本", "运动户外/跑步鞋",
)
# fmt: on
# fmt: off
BRANDS = (
    "华为", "小米", "Apple", "美的", "格力", "安踏", "李宁", "蒙牛", "伊利", "三只松鼠", "海尔",
)
# fmt: on
# fmt: off
DEVICE_MODELS = (
    "iPhone15,3", "iPhone14,2", "HUAWEI NOH-AN00", "ALN-AL00", "Xiaomi 23127PN0CC", "M2012K11AC",
    "PGT-AN10", "V2309A", "SM-S9180", "Redmi K70", "HONOR ANY-AN00", "OnePlus PJD110", "iPad13,4",
)
# fmt: on
# fmt: off
CAR_MODELS = (
    "比亚迪秦PLUS DM-i", "大众朗逸", "丰田卡罗拉双擎", "特斯拉Model 3", "本田雅阁", "日产轩逸",
    "吉利星瑞", "长安CS75 PLUS", "理想L7", "蔚来ET5", "埃安S", "别克GL8",
)
# fmt: on
#: Generic names, brand names and specifications of everyday prescription and OTC drugs.
# fmt: off
DRUGS = (
    ("阿莫西林胶囊", "阿莫仙", "0.25g*24粒"), ("布洛芬缓释胶囊", "芬必得", "0.3g*20粒"),
    ("二甲双胍片", "格华止", "0.5g*20片"), ("苯磺酸氨氯地平片", "络活喜", "5mg*7片"),
    ("阿托伐他汀钙片", "立普妥", "20mg*7片"), ("头孢克肟分散片", "世福素", "0.1g*6片"),
    ("奥美拉唑肠溶胶囊", "洛赛克", "20mg*14粒"), ("盐酸左西替利嗪片", "优泽", "5mg*6片"),
    ("连花清瘟胶囊", "以岭", "0.35g*24粒"), ("蒙脱石散", "思密达", "3g*10袋"),
    ("硝苯地平控释片", "拜新同", "30mg*7片"), ("复方甘草片", "", "100片"),
    ("氯雷他定片", "开瑞坦", "10mg*6片"), ("甲钴胺片", "弥可保", "0.5mg*20片"),
)
# fmt: on
APPROVAL_PREFIX = ("国药准字H", "国药准字Z", "国药准字J")
# fmt: off
DEPARTMENTS = (
    "内科", "外科", "儿科", "妇产科", "眼科", "耳鼻喉科", "口腔科", "皮肤科", "急诊科",
    "心血管内科", "消化内科", "呼吸内科", "内分泌科", "神经内科", "骨科", "中医科",
)
# fmt: on
# fmt: off
OFFICE_DEPTS = (
    "财务部", "人力资源部", "技术研发中心", "市场部", "销售一部", "销售二部", "行政部", "法务部",
    "采购部", "客户服务部", "品牌中心", "供应链管理部", "总经办", "数据平台组",
)
# fmt: on
# fmt: off
LAB_TESTS = (
    ("谷丙转氨酶", "U/L", "9-50"), ("谷草转氨酶", "U/L", "15-40"), ("肌酐", "μmol/L", "57-97"),
    ("尿酸", "μmol/L", "208-428"), ("葡萄糖", "mmol/L", "3.9-6.1"),
    ("甘油三酯", "mmol/L", "0-1.7"), ("白细胞计数", "10^9/L", "3.5-9.5"),
    ("血红蛋白", "g/L", "130-175"), ("糖化血红蛋白", "%", "4-6"), ("总胆固醇", "mmol/L", "0-5.2"),
)
# fmt: on
SPECIMENS = ("血清", "全血", "尿液", "血浆", "粪便", "咽拭子")
# fmt: off
GENE_TESTS = (
    "耳聋基因检测", "叶酸代谢基因检测", "药物基因组检测", "遗传性乳腺癌BRCA1/2检测",
    "无创产前DNA检测", "儿童天赋基因检测", "祖源分析",
)
# fmt: on
SAMPLE_TYPES = ("外周血", "唾液", "口腔拭子", "干血斑", "组织蜡块")

ORDER_STATUS = ("交易成功", "等待买家付款", "卖家已发货，等待买家确认", "交易关闭", "退款中")
ORDER_STATUS_EN = ("PAID", "SHIPPED", "COMPLETED", "CANCELLED", "REFUNDING", "CREATED")
PAY_CHANNELS = ("支付宝", "微信支付", "银联", "云闪付", "余额支付", "花呗分期")
SALE_CHANNELS = ("携程", "美团", "飞猪", "前台散客", "官网", "协议单位", "去哪儿", "Booking.com")
# fmt: off
COURIERS = (
    "顺丰速运", "中通快递", "圆通速递", "申通快递", "韵达快递", "京东物流", "极兔速递", "EMS",
)
# fmt: on
CONTENTS = ("文件", "衣服", "日用品", "数码配件", "食品", "书籍", "化妆品", "鞋子", "药品", "生鲜")
BRANCH_SUFFIX = ("营业部", "网点", "分拨中心", "服务点")
# fmt: off
BANKS = (
    "中国工商银行", "中国农业银行", "中国银行", "中国建设银行", "交通银行", "招商银行",
    "中国邮政储蓄银行", "兴业银行", "浦发银行", "中信银行", "平安银行", "北京银行",
)
# fmt: on
CHANNELS_BANK = ("手机银行", "网上银行", "ATM", "柜面", "POS", "快捷支付", "银联代付", "批量代发")
CURRENCIES = ("CNY", "人民币", "RMB", "USD", "HKD")
# fmt: off
TELCO_PLANS = (
    "5G畅享套餐129元", "大王卡", "全球通商旅套餐", "5G智享套餐199元", "宽带融合套餐", "天翼云卡",
    "腾讯王卡", "流量王38元档",
)
# fmt: on
TELCO_STATUS = ("正常", "停机", "欠费停机", "预销户", "正常", "正常")
# fmt: off
SMS_SIGNS = (
    "【顺丰速运】", "【招商银行】", "【美团】", "【中国移动】", "【菜鸟驿站】", "【国家反诈中心】",
)
# fmt: on
SMS_STATUS = ("DELIVRD", "UNDELIV", "EXPIRED", "成功", "失败")
ROOM_TYPES = ("高级大床房", "商务双床房", "行政套房", "豪华江景房", "标准间", "亲子房")
MEMBER_LEVELS = ("普卡", "银卡", "金卡", "铂金卡", "钻石卡", "非会员")
LEAD_SOURCES = ("官网表单", "展会", "百度推广", "电话营销", "客户转介绍", "抖音线索", "400来电")
# fmt: off
INDUSTRIES = (
    "制造业", "批发和零售业", "信息传输、软件和信息技术服务业", "金融业", "房地产业", "建筑业",
    "教育", "卫生和社会工作", "交通运输、仓储和邮政业",
)
# fmt: on
# fmt: off
EVENT_NAMES = (
    "app_launch", "page_view", "click_banner", "add_to_cart", "submit_order", "search", "share",
    "video_play", "login", "logout", "pay_success",
)
# fmt: on
CARRIERS = ("中国移动", "中国联通", "中国电信", "中国广电", "unknown")
NET_TYPES = ("WIFI", "4G", "5G", "3G", "unknown")
OS_VERSIONS = ("Android 14", "Android 13", "iOS 17.4.1", "iOS 16.7", "HarmonyOS 4.0", "Android 12")
GYM_PLANS = ("年卡", "季卡", "月卡", "次卡20次", "私教课包", "游泳年卡")
GYM_CLASSES = ("动感单车", "瑜伽", "普拉提", "搏击操", "HIIT燃脂", "杠铃操", "游泳基础班")
RENT_CHANNELS = ("APP", "小程序", "门店", "携程租车", "飞猪")
# fmt: off
JOB_POSTS = (
    "Java开发工程师", "高级产品经理", "财务主管", "新媒体运营", "销售代表", "UI设计师",
    "数据分析师", "行政前台", "门店店长", "算法工程师（推荐方向）",
)
# fmt: on
RESUME_SOURCES = ("BOSS直聘", "猎聘", "前程无忧", "智联招聘", "内推", "拉勾", "LinkedIn")
UTIL_PAY = ("微信", "支付宝", "银行代扣", "营业厅现金", "网上国网", "云闪付")
PROP_STATUS = ("已缴", "未缴", "部分缴纳", "已缴", "减免")
HOUSE_LAYOUTS = ("2室1厅1卫", "3室2厅1卫", "3室2厅2卫", "1室1厅1卫", "4室2厅2卫")
ORIENT = ("南北通透", "朝南", "东南", "朝东", "西南")
SERVER_OS = ("CentOS 7.9", "Ubuntu 22.04 LTS", "Windows Server 2019", "麒麟V10", "统信UOS 20")
IDC = ("北京亦庄IDC-A3", "上海外高桥机房", "阿里云华东2", "腾讯云广州三区", "本地机房3F")
