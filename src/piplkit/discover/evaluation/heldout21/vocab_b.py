"""Set 21's vocabularies, second half: agents, pawn shops, rentals, tickets, visas, foreign
staff, customs declarations, internet cafes, unions, charities, e-signing, sports watches, and
the code tables its lookups list."""

# ruff: noqa: E501 - one line a column (or a vocabulary), as the export lays it out

from __future__ import annotations

VOCAB_B: dict[str, tuple[str, ...]] = {
    # insurance agents
    "agent_rank": ("A1", "A2", "A3", "B1", "B2", "C1"),
    "agent_title": ("业务员", "业务主任", "高级业务主任", "业务经理", "高级业务经理", "区域总监"),
    "branch": ("城东营业部", "城西营业部", "高新营业部", "开发区营业部", "滨江营业部"),
    "agent_credit": ("正常", "正常", "正常", "有逾期记录（已结清）", "当前逾期", "无信贷记录"),
    "agent_status": ("在职", "在职", "在职", "考核期", "已解约"),
    # pawn and gold
    "pawn_type": ("黄金回收", "黄金回收", "民品典当", "机动车典当", "房产典当"),
    "pawn_item": ("足金手镯 32.15g", "足金项链 18.60g", "Au750戒指 4.32g", "劳力士116610LN手表",
                  "奥迪A4L 2021款", "住宅（89.5㎡）", "足金金条 100g", "铂金PT950手链 12.1g"),
    "purity": ("足金999", "足金9999", "Au750", "PT950", "—"),
    "pawn_status": ("已回收", "在当", "已赎当", "续当", "绝当"),
    # car rental
    "rental_store": ("虹桥机场店", "首都机场T3店", "广州南站店", "杭州东站店", "成都双流店", "深圳北站店"),
    "car_model": ("大众朗逸", "丰田凯美瑞", "别克GL8", "比亚迪秦PLUS", "特斯拉Model 3", "本田CR-V"),
    "licence_class": ("C1", "C1", "C2", "B2", "A1"),
    "violation": ("无", "无", "无", "无", "2026-10-12 超速20%以下 罚款200元 记3分",
                  "2026-11-03 违停 罚款150元", "2026-09-28 闯红灯 罚款200元 记6分"),
    "rental_status": ("已完成", "已完成", "租赁中", "已取消", "待取车"),
    "rental_channel": ("APP", "小程序", "携程", "飞猪", "门店"),
    # tickets and museums
    "show": ("2026巡回演唱会-上海站", "音乐剧《剧院魅影》中文版", "话剧《茶馆》", "草莓音乐节（广州）",
             "脱口秀专场"),
    "venue": ("梅赛德斯-奔驰文化中心", "上海大剧院", "国家体育场", "广州体育馆", "深圳湾体育中心"),
    "ticket_tier": ("看台380", "看台680", "内场1280", "VIP1880", "学生票180"),
    "ticket_status": ("已出票", "已出票", "已检票", "已退票", "待出票"),
    "museum_slot": ("09:00-10:30", "10:30-12:00", "13:00-14:30", "14:30-16:00", "16:00-17:00"),
    "museum_channel": ("微信小程序", "官网", "电话预约", "现场补录", "旅行社团队"),
    "verify": ("已核验", "已核验", "未到馆", "已取消"),
    "gate_no": ("东1号闸", "东2号闸", "西1号闸", "团队通道"),
    # visas and foreign staff
    "visa_country": ("日本", "美国", "英国", "申根（法国）", "澳大利亚", "新西兰", "加拿大", "韩国"),
    "visa_type": ("旅游签证", "商务签证", "探亲签证", "留学签证", "多次往返"),
    "visa_progress": ("材料审核中", "已递签", "已出签", "拒签", "待补材料"),
    "birthplace": ("北京", "上海", "广东", "浙江", "江苏", "四川", "湖北", "山东"),
    "passport_issuer": ("北京", "上海", "广东", "浙江", "四川"),
    "permit_class": ("A类", "B类", "B类", "C类"),
    "cn_visa": ("Z字签证", "工作类居留许可", "R字签证", "S1", "永久居留"),
    "dept": ("研发中心", "市场部", "财务部", "供应链", "国际业务部", "质量部", "人力资源部"),
    "foreign_job": ("研发总监", "软件工程师", "外籍教师", "市场经理", "首席财务官", "质量工程师",
                    "产品经理"),
    "occupation": ("教师", "工程师", "会计", "医生", "护士", "公务员", "销售经理", "程序员", "个体经营",
                   "退休", "设计师", "律师", "司机", "厨师"),
    "foreign_edu": ("本科", "硕士研究生", "博士研究生", "Bachelor", "Master", "PhD"),
    # cross-border customs
    "xb_platform": ("天猫国际", "京东国际", "考拉海购", "抖音全球购", "唯品国际"),
    "xb_goods": ("爱他美婴儿配方奶粉3段 800g", "雅诗兰黛特润修护精华 50ml", "Swisse钙维生素D 150片",
                 "SK-II护肤精华露 230ml", "花王纸尿裤L 54片", "Blackmores深海鱼油 400粒"),
    "hs_code": ("1901101000", "3304990099", "2106909090", "9619001100", "1504200000"),
    "pay_company": ("支付宝（中国）网络技术有限公司", "财付通支付科技有限公司", "网银在线（北京）科技有限公司"),
    "declare_status": ("放行", "放行", "放行", "查验", "退单", "申报中"),
    "doc_type_code": ("1", "1", "1"),
    # internet cafe
    "machine": ("A001", "A017", "A023", "B105", "B112", "VIP03", "C208"),
    "cafe_urls": ("www.bilibili.com/video/BV1x", "tieba.baidu.com/f?kw=lol", "www.douyu.com/9999",
                  "lol.qq.com/act/", "www.zhihu.com/question/5621", "steamcommunity.com/app/730",
                  "www.taobao.com/search?q=键盘", "weibo.com/u/5867"),
    "cafe_place": ("极速网咖（人民路店）", "网鱼网咖（万达店）", "星际电竞馆", "大众网吧"),
    # unions
    "member_class": ("职工", "职工", "农民工", "新就业形态劳动者", "劳务派遣工"),
    "hukou_type": ("非农业户口", "农业户口", "居民户口"),
    "membership": ("正常", "正常", "正常", "转出", "保留会籍"),
    "hardship": ("否", "否", "否", "否", "是"),
    # charity
    "charity_project": ("免费午餐", "春蕾计划", "抗洪救灾", "乡村儿童图书角", "困境老人助餐", "大病救助"),
    "donor_type": ("个人", "个人", "个人", "个人（月捐）", "个人（一起捐）"),
    "union_post": ("职员", "车间主任", "技术员", "会计", "工程师", "班组长", "驾驶员", "保洁员", "仓管员", "销售代表"),
    "donor_msg": ("希望孩子们吃饱饭", "一点心意，愿平安", "为家乡加油！", "每月定捐，坚持下去",
                  "替我妈妈捐的", "匿名就好，不用开票", "祝早日康复"),
    "invoice": ("已开票", "未开票", "无需开票"),
    # e-signing
    "contract_subject": ("劳动合同（2027版）", "房屋租赁合同", "保密协议", "借款合同", "采购框架协议",
                         "入职确认书"),
    "envelope_status": ("completed", "completed", "sent", "delivered", "declined", "voided"),
    "auth_way": ("刷脸认证", "运营商三要素", "银行卡四要素", "刷脸认证", "邮箱验证"),
    # sports watches
    "activity": ("Running", "Running", "Cycling", "Walking", "Treadmill Running", "Pool Swim", "Hiking"),
    "activity_zh": ("户外跑步", "户外跑步", "户外骑行", "健走", "跑步机", "泳池游泳", "徒步"),
    "watch": ("Forerunner 265", "fenix 7", "HUAWEI WATCH GT 4", "华为手环9", "Keep手环B4", "Apple Watch S9"),
    # code tables of the lookups (code, name)
    "lk_trade": ("6-29-01-01 钢筋工", "6-29-01-02 架子工", "6-29-01-03 混凝土工", "6-29-02-01 木工",
                 "6-29-03-01 电焊工", "6-29-04-01 砌筑工", "6-29-05-02 抹灰工", "4-02-02-01 保安员",
                 "4-09-02-03 快递员"),
    "lk_ethnic": ("01 汉族", "02 蒙古族", "03 回族", "04 藏族", "05 维吾尔族", "06 苗族", "07 彝族",
                  "08 壮族", "09 布依族", "10 朝鲜族", "11 满族", "12 侗族"),
    "lk_doc": ("1 居民身份证", "2 护照", "3 港澳居民来往内地通行证", "4 台湾居民来往大陆通行证",
               "5 外国人永久居留身份证", "6 军官证", "9 其他"),
    "lk_country": ("USA 美国", "KOR 韩国", "JPN 日本", "GBR 英国", "DEU 德国", "FRA 法国", "RUS 俄罗斯",
                   "SGP 新加坡", "CAN 加拿大", "AUS 澳大利亚"),
    "lk_correction": ("01 管制", "02 缓刑", "03 假释", "04 暂予监外执行"),
    "lk_religion": ("00 无宗教信仰", "10 佛教", "20 道教", "30 伊斯兰教", "40 天主教", "50 基督教", "99 其他"),
    "lk_blood": ("1 A型", "2 B型", "3 O型", "4 AB型", "5 不详"),
    "lk_rank": ("A1 业务员", "A2 业务主任", "A3 高级业务主任", "B1 业务经理", "B2 高级业务经理", "C1 区域总监"),
    "lk_station": ("WJ001 望京东站", "ZGC02 中关村站", "XJH03 徐家汇站", "WJC04 五角场站", "THB05 天河北站"),
}  # fmt: skip
