"""Vocabularies of personal attributes as Chinese systems store them.

Written for this project from the national code tables they follow (GB/T 3304 ethnic groups in
their official order, GB/T 2261.1/2261.2 sex and marital-status codes, GB/T 4658 education
levels) and from everyday usage in exports; weights are rough population shares so that a
column looks like a real one (mostly 汉族, mostly 无 religion), not a uniform draw.
"""

from __future__ import annotations

#: The 56 ethnic groups in GB/T 3304 order (code = index + 1, written ``01``…``56``).
ETHNIC_GROUPS: tuple[str, ...] = (
    "汉族", "蒙古族", "回族", "藏族", "维吾尔族", "苗族", "彝族", "壮族", "布依族", "朝鲜族",
    "满族", "侗族", "瑶族", "白族", "土家族", "哈尼族", "哈萨克族", "傣族", "黎族", "傈僳族",
    "佤族", "畲族", "高山族", "拉祜族", "水族", "东乡族", "纳西族", "景颇族", "柯尔克孜族", "土族",
    "达斡尔族", "仫佬族", "羌族", "布朗族", "撒拉族", "毛南族", "仡佬族", "锡伯族", "阿昌族",
    "普米族", "塔吉克族", "怒族", "乌孜别克族", "俄罗斯族", "鄂温克族", "德昂族", "保安族",
    "裕固族", "京族", "塔塔尔族", "独龙族", "鄂伦春族", "赫哲族", "门巴族", "珞巴族", "基诺族",
)  # fmt: skip
#: Rough shares (per mille) of the larger groups; every other group gets 1.
ETHNIC_WEIGHTS: dict[str, float] = {
    "汉族": 880, "壮族": 14, "回族": 8, "满族": 7, "维吾尔族": 8, "苗族": 8, "彝族": 7,
    "土家族": 7, "藏族": 5, "蒙古族": 5, "侗族": 2, "布依族": 3, "瑶族": 2, "白族": 2,
    "朝鲜族": 2, "哈尼族": 1.5, "黎族": 1.2, "哈萨克族": 1.2, "傣族": 1,
}  # fmt: skip

RELIGIONS: dict[str, float] = {
    "无": 0.62, "无宗教信仰": 0.12, "佛教": 0.1, "基督教": 0.05, "伊斯兰教": 0.035,
    "道教": 0.03, "天主教": 0.015, "其他": 0.01,
}  # fmt: skip
RELIGIONS_EN: tuple[str, ...] = (
    "none", "buddhism", "christianity", "islam", "taoism", "catholicism", "other",
)  # fmt: skip

#: GB/T 2261.2 marital status: name -> code.
MARITAL_CODES: dict[str, str] = {
    "未婚": "10", "已婚": "20", "初婚": "21", "再婚": "22", "复婚": "23", "丧偶": "30",
    "离婚": "40", "未说明的婚姻状况": "90",
}  # fmt: skip
MARITAL_COMMON: dict[str, float] = {
    "已婚": 0.55, "未婚": 0.3, "离异": 0.08, "丧偶": 0.03, "再婚": 0.02, "离婚": 0.02,
}  # fmt: skip
MARITAL_EN: tuple[str, ...] = ("single", "married", "divorced", "widowed")

#: GB/T 4658-2006 names (with code) and the everyday short forms.
EDUCATION_FORMAL: dict[str, str] = {
    "博士研究生": "11", "硕士研究生": "14", "大学本科": "21", "大学专科": "31",
    "中等专科": "41", "职业高中": "44", "技工学校": "47", "普通高中": "61", "初中": "71",
    "小学": "81", "文盲或半文盲": "90",
}  # fmt: skip
EDUCATION_SHORT: dict[str, float] = {
    "本科": 0.38, "大专": 0.22, "硕士": 0.12, "高中": 0.1, "中专": 0.07, "博士": 0.03,
    "初中": 0.06, "小学": 0.01, "研究生": 0.01,
}  # fmt: skip
DEGREES: tuple[str, ...] = ("学士", "硕士", "博士", "无", "工学学士", "管理学硕士", "医学博士")
MAJORS: tuple[str, ...] = (
    "计算机科学与技术", "软件工程", "会计学", "金融学", "临床医学", "护理学", "法学",
    "汉语言文学", "英语", "机械设计制造及其自动化", "电子信息工程", "土木工程", "市场营销",
    "工商管理", "数学与应用数学", "物流管理", "药学", "电气工程及其自动化", "视觉传达设计",
    "人力资源管理", "国际经济与贸易", "自动化", "通信工程", "学前教育",
)  # fmt: skip
UNIVERSITIES: tuple[str, ...] = (
    "北京大学", "清华大学", "复旦大学", "浙江大学", "武汉大学", "中山大学", "四川大学",
    "南京大学", "华中科技大学", "西安交通大学", "山东大学", "吉林大学", "郑州大学",
    "湖南大学", "厦门大学", "重庆大学", "东北师范大学", "华南理工大学", "江西财经大学",
    "深圳大学", "杭州电子科技大学", "河北工业大学", "广东工业大学", "南昌大学",
    "成都理工大学", "长沙理工大学", "苏州大学", "上海财经大学", "北京交通大学",
    "湖北工业大学", "宁波职业技术学院", "深圳职业技术大学", "广州番禺职业技术学院",
)  # fmt: skip
SCHOOLS_K12: tuple[str, ...] = (
    "实验小学", "第一中学", "第二中学", "外国语学校", "实验中学", "第三小学", "育才小学",
    "师范大学附属中学", "第十五中学", "滨江小学",
)  # fmt: skip

JOB_TITLES: tuple[str, ...] = (
    "软件工程师", "高级软件工程师", "Java开发工程师", "前端开发工程师", "测试工程师",
    "产品经理", "高级产品经理", "项目经理", "UI设计师", "运维工程师", "数据分析师",
    "销售代表", "区域销售经理", "大客户经理", "客户经理", "客服专员", "客服主管",
    "会计", "出纳", "财务经理", "财务总监", "审计专员", "人力资源专员", "招聘主管",
    "HRBP", "行政助理", "前台", "总经理", "副总经理", "部门经理", "总监", "运营专员",
    "新媒体运营", "市场专员", "采购专员", "仓库管理员", "物流专员", "司机", "快递员",
    "店长", "店员", "收银员", "厨师", "服务员", "保安", "保洁员", "电工", "焊工",
    "普工", "质检员", "工艺工程师", "机械工程师", "主治医师", "副主任医师", "主任医师",
    "住院医师", "护士", "主管护师", "护士长", "药剂师", "教师", "一级教师", "高级教师",
    "班主任", "律师", "律师助理", "法务专员", "理财经理", "柜员", "信贷员", "保险代理人",
    "核保员", "理赔专员", "置业顾问", "物业管家",
)  # fmt: skip
JOB_TITLES_EN: tuple[str, ...] = (
    "Software Engineer", "Senior Engineer", "Product Manager", "Sales Manager", "Accountant",
    "HR Specialist", "Operations Manager", "Data Analyst", "Customer Service Rep", "Director",
)  # fmt: skip

#: Country names as written in Chinese forms, with ISO 3166 alpha-3 and numeric codes.
COUNTRIES: tuple[tuple[str, str, str], ...] = (
    ("中国", "CHN", "156"), ("美国", "USA", "840"), ("日本", "JPN", "392"),
    ("韩国", "KOR", "410"), ("英国", "GBR", "826"), ("德国", "DEU", "276"),
    ("法国", "FRA", "250"), ("加拿大", "CAN", "124"), ("澳大利亚", "AUS", "036"),
    ("俄罗斯", "RUS", "643"), ("新加坡", "SGP", "702"), ("马来西亚", "MYS", "458"),
    ("泰国", "THA", "764"), ("越南", "VNM", "704"), ("意大利", "ITA", "380"),
    ("巴西", "BRA", "076"), ("印度", "IND", "356"), ("巴基斯坦", "PAK", "586"),
    ("新西兰", "NZL", "554"), ("西班牙", "ESP", "724"),
)  # fmt: skip

SEXUAL_ORIENTATIONS: dict[str, float] = {
    "异性恋": 0.78, "同性恋": 0.08, "双性恋": 0.07, "泛性恋": 0.015, "无性恋": 0.015,
    "不确定": 0.02, "保密": 0.02,
}  # fmt: skip
SEXUAL_ORIENTATIONS_EN: dict[str, float] = {
    "straight": 0.75, "gay": 0.08, "lesbian": 0.05, "bisexual": 0.07, "queer": 0.02,
    "asexual": 0.01, "prefer not to say": 0.02,
}  # fmt: skip

#: Latin-script names for foreigners' registers (written as on a passport: FAMILY GIVEN).
LATIN_FAMILY: tuple[str, ...] = (
    "SMITH", "JOHNSON", "MUELLER", "SCHMIDT", "TANAKA", "SATO", "KIM", "LEE", "PARK", "NGUYEN",
    "MARTIN", "BERNARD", "ROSSI", "GARCIA", "IVANOV", "KHAN", "SILVA", "BROWN", "WILSON", "TAN",
)  # fmt: skip
LATIN_GIVEN: tuple[str, ...] = (
    "JOHN", "MICHAEL", "ANNA", "MARIA", "DAVID", "SARAH", "HIROSHI", "YUKI", "MINJUN", "JIWOO",
    "THOMAS", "LAURA", "PAUL", "ELENA", "ALEXEI", "AHMED", "LUCAS", "EMMA", "JAMES", "WEI MING",
)  # fmt: skip
