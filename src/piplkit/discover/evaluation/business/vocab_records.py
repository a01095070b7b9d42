"""Vocabularies of record-like personal information: health, credit, crime, the web.

Written for this project. Diagnosis names come with ICD-10 categories as hospital systems print
them (``E11.9``); drug lines follow prescription habits (name, strength, frequency). None of
this is taken from a real record.
"""

from __future__ import annotations

#: (diagnosis, ICD-10 code); the last few are childhood illnesses for paediatric rows.
DIAGNOSES: tuple[tuple[str, str], ...] = (
    ("2型糖尿病", "E11.9"), ("原发性高血压", "I10"), ("冠状动脉粥样硬化性心脏病", "I25.1"),
    ("慢性阻塞性肺疾病", "J44.9"), ("社区获得性肺炎", "J18.9"), ("急性上呼吸道感染", "J06.9"),
    ("慢性胃炎", "K29.5"), ("胆囊结石伴慢性胆囊炎", "K80.1"), ("腰椎间盘突出症", "M51.2"),
    ("脑梗死", "I63.9"), ("甲状腺结节", "E04.1"), ("乳腺增生", "N60.2"), ("高脂血症", "E78.5"),
    ("类风湿关节炎", "M06.9"), ("支气管哮喘", "J45.9"), ("抑郁发作", "F32.9"),
    ("广泛性焦虑障碍", "F41.1"), ("慢性乙型病毒性肝炎", "B18.1"), ("肺结核", "A16.2"),
    ("痛风", "M10.9"), ("骨质疏松", "M81.9"), ("子宫平滑肌瘤", "D25.9"),
    ("前列腺增生", "N40"), ("年龄相关性白内障", "H25.9"), ("原发性开角型青光眼", "H40.1"),
    ("过敏性鼻炎", "J30.4"), ("湿疹", "L30.9"), ("急性阑尾炎", "K35.8"), ("肾结石", "N20.0"),
    ("缺铁性贫血", "D50.9"), ("慢性肾脏病3期", "N18.3"), ("心房颤动", "I48.9"),
    ("手足口病", "B08.4"), ("小儿支气管肺炎", "J18.0"), ("龋齿", "K02.9"),
    ("急性胃肠炎", "K52.9"), ("带状疱疹", "B02.9"), ("HIV感染", "B24"),
)  # fmt: skip
#: Sexually transmitted infections as recorded in STD/HIV clinics (ICD-10 in brackets not used).
STD_DIAGNOSES: tuple[str, ...] = (
    "HIV感染", "HIV感染", "艾滋病", "梅毒", "潜伏梅毒", "淋病", "尖锐湿疣", "生殖器疱疹",
    "生殖道沙眼衣原体感染",
)  # fmt: skip
DRUGS: tuple[str, ...] = (
    "盐酸二甲双胍片 0.5g bid", "苯磺酸氨氯地平片 5mg qd", "阿托伐他汀钙片 20mg qn",
    "阿司匹林肠溶片 100mg qd", "硫酸氢氯吡格雷片 75mg qd", "阿莫西林胶囊 0.5g tid",
    "头孢克肟分散片 0.1g bid", "布洛芬缓释胶囊 0.3g bid", "奥美拉唑肠溶胶囊 20mg qd",
    "硝苯地平控释片 30mg qd", "左甲状腺素钠片 50μg qd", "孟鲁司特钠片 10mg qn",
    "沙美特罗替卡松吸入粉雾剂 1吸 bid", "盐酸舍曲林片 50mg qd", "恩替卡韦分散片 0.5mg qd",
    "门冬胰岛素注射液 8U 三餐前", "碳酸钙D3片 1片 qd", "非布司他片 40mg qd",
    "小儿氨酚黄那敏颗粒 1袋 tid", "蒙脱石散 1袋 tid", "氯雷他定片 10mg qd",
)  # fmt: skip
ALLERGIES: tuple[str, ...] = (
    "否认药物过敏史", "否认食物及药物过敏史", "青霉素过敏", "头孢类过敏", "磺胺类药物过敏",
    "海鲜过敏", "花粉过敏", "阿司匹林过敏", "碘造影剂过敏", "芒果过敏", "无",
)  # fmt: skip
HISTORY_PHRASES: tuple[str, ...] = (
    "高血压病史{n}年，规律服药", "糖尿病史{n}年，血糖控制欠佳", "否认高血压、糖尿病史",
    "{n}年前行阑尾切除术", "乙肝病史{n}年", "否认传染病史，否认手术外伤史",
    "冠心病史{n}年，{n}年前行PCI术", "哮喘病史{n}年，季节性发作", "甲状腺功能减退{n}年",
    "剖宫产术后{n}年", "吸烟{n}0年，每日约20支", "慢性胃炎病史{n}年", "既往体健",
    "抑郁症病史{n}年，服用舍曲林", "脑梗死病史{n}年，遗留左侧肢体乏力",
)  # fmt: skip
FAMILY_HISTORY: tuple[str, ...] = (
    "父亲高血压", "母亲糖尿病", "否认家族遗传病史", "父亲肺癌去世", "母亲乳腺癌",
    "兄长冠心病", "家族中无类似疾病",
)  # fmt: skip
CHIEF_COMPLAINTS: tuple[str, ...] = (
    "反复咳嗽咳痰{n}天", "胸闷气短{n}天", "发热{n}天，最高体温39.2℃", "上腹痛{n}小时",
    "头晕头痛{n}天", "腰痛伴右下肢放射痛{n}月", "多饮多尿{n}月", "皮疹伴瘙痒{n}天",
    "右下腹痛{n}小时", "体检发现甲状腺结节{n}月", "心悸{n}天", "视物模糊{n}月",
)  # fmt: skip
LAB_RESULTS: tuple[str, ...] = (
    "空腹血糖 {g} mmol/L", "糖化血红蛋白 {h}%", "总胆固醇 {c} mmol/L", "HBsAg 阳性",
    "HBsAg 阴性", "尿蛋白 +", "白细胞 {w}×10^9/L", "肌酐 {k} μmol/L", "HIV抗体 阴性",
    "CT示右肺下叶斑片影", "B超示胆囊多发结石", "心电图示窦性心律", "血红蛋白 {b} g/L",
)  # fmt: skip
VACCINES: tuple[str, ...] = (
    "乙肝疫苗第3剂", "脊灰灭活疫苗第2剂", "百白破疫苗第4剂", "麻腮风疫苗", "乙脑减毒活疫苗",
    "流感疫苗", "新冠疫苗加强针", "HPV疫苗第1剂", "水痘疫苗第2剂",
)  # fmt: skip
DISABILITY: tuple[str, ...] = ("无", "肢体三级", "视力二级", "听力四级", "智力三级", "无")

#: Credit-report phrases as the PBOC report summary and loan systems word them.
CREDIT_PHRASES: tuple[str, ...] = (
    "近24个月无逾期记录", "近5年内无逾期", "信用卡当前逾期1期，金额{a}元",
    "贷款累计逾期{n}次，最长逾期{d}天", "征信查询次数近6个月{n}次", "存在呆账记录",
    "担保代偿记录1笔", "信用卡近12个月最高逾期M{m}", "无信贷记录（白户）",
    "房贷正常还款中，无逾期", "有{n}笔网贷逾期已结清", "被列为失信被执行人",
    "近2年贷款审批查询{n}次", "贷记卡使用率{p}%", "住房公积金缴存正常",
)  # fmt: skip
FIVE_CLASSES: dict[str, float] = {
    "正常": 0.86,
    "关注": 0.07,
    "次级": 0.03,
    "可疑": 0.02,
    "损失": 0.02,
}
CREDIT_GRADES: tuple[str, ...] = ("AAA", "AA", "A", "BBB", "BB", "B", "CCC", "C")
OVERDUE_STATUS: dict[str, float] = {
    "正常": 0.8, "M1": 0.08, "M2": 0.04, "M3": 0.03, "M3+": 0.03, "核销": 0.02,
}  # fmt: skip

#: Charges (罪名) of the PRC Criminal Law, as used in case records.
CHARGES: tuple[str, ...] = (
    "盗窃罪", "诈骗罪", "危险驾驶罪", "故意伤害罪", "寻衅滋事罪", "开设赌场罪", "抢劫罪",
    "帮助信息网络犯罪活动罪", "非法吸收公众存款罪", "交通肇事罪", "贩卖毒品罪",
    "容留他人吸毒罪", "职务侵占罪", "侵犯公民个人信息罪", "合同诈骗罪", "掩饰、隐瞒犯罪所得罪",
)  # fmt: skip
SENTENCES: tuple[str, ...] = (
    "判处有期徒刑{y}年", "判处有期徒刑{y}年{m}个月", "判处拘役{m}个月，缓刑{y}年",
    "判处有期徒刑{y}年，并处罚金{a}元", "免予刑事处罚", "判处管制{m}个月",
)  # fmt: skip
ADMIN_PENALTIES: tuple[str, ...] = (
    "行政拘留{d}日", "罚款{a}元", "警告", "吸毒行政拘留{d}日", "酒后驾驶罚款并暂扣驾驶证",
)  # fmt: skip

#: Sites and paths of the Chinese web, for browsing histories.
WEB_PAGES: tuple[str, ...] = (
    "https://www.baidu.com/s?wd={q}", "https://m.baidu.com/s?word={q}",
    "https://item.taobao.com/item.htm?id={n}", "https://detail.tmall.com/item.htm?id={n}",
    "https://item.jd.com/{n}.html", "https://www.zhihu.com/question/{n}",
    "https://www.bilibili.com/video/BV1{h}", "https://weibo.com/u/{n}",
    "https://www.douyin.com/video/{n}", "https://mp.weixin.qq.com/s/{h}",
    "https://www.xiaohongshu.com/explore/{h}", "https://news.qq.com/rain/a/{n}",
    "https://www.dianping.com/shop/{h}", "https://so.toutiao.com/search?keyword={q}",
    "https://www.ctrip.com/hotels/{n}.html", "https://zhidao.baidu.com/question/{n}.html",
)  # fmt: skip
SEARCH_TERMS: tuple[str, ...] = (
    "附近的医院", "胃痛怎么办", "二手房价格", "考研分数线", "孕期注意事项", "网贷逾期怎么办",
    "抑郁症症状", "离婚协议书范本", "iPhone 16 价格", "北京到上海高铁", "儿童发烧39度",
    "信用卡分期手续费", "减肥食谱", "装修公司排名", "基金定投", "驾照科目一", "乙肝能治好吗",
    "婚恋网站", "律师咨询", "工作签证办理",
)  # fmt: skip
APP_NAMES: tuple[str, ...] = (
    "微信", "支付宝", "抖音", "淘宝", "美团", "高德地图", "拼多多", "京东", "小红书", "哔哩哔哩",
    "滴滴出行", "网易云音乐", "百度", "快手", "钉钉", "携程旅行", "Keep", "探探", "Soul",
)  # fmt: skip
SMS_TEMPLATES: tuple[str, ...] = (
    "【{b}】您的验证码为{c}，5分钟内有效", "晚上几点回家？", "明天上午十点开会，别迟到",
    "【{b}】您尾号{t}的账户消费{a}元", "收到，谢谢", "快递放门卫了", "妈，我周末回来吃饭",
    "【{b}】您本月账单{a}元，还款日{d}日", "好的，我马上过去", "那个文件发我一下",
)  # fmt: skip
CALL_DIRECTIONS: tuple[str, ...] = ("主叫", "被叫", "呼转")
RELATIONS: tuple[str, ...] = ("配偶", "父亲", "母亲", "子女", "兄弟", "姐妹", "朋友", "同事")
