"""Set 8, money and work: microfinance, pawn shop, crypto OTC, lottery, insurance claims,
construction payroll, labour dispatch, headhunting, background checks, village shares,
poverty files, live-stream tips, matchmaking and more."""

from __future__ import annotations

from piplkit.discover.evaluation.heldout6.spec import Table
from piplkit.discover.evaluation.heldout8.cols import t


def tables() -> list[Table]:
    return [
        t("xiaodai_huankuan.csv", "microfinance: repayments", [
            ("借据号", "seq:JJ"), ("借款人", "name"), ("身份证号", "rid_masked"), ("手机号", "mobile_masked"),
            ("贷款金额", "amount"), ("期数", "pick:6|12|24"), ("还款状态", "pick:正常|逾期|M1|已结清", "credit_record"),
            ("逾期天数", "int:0:90", "credit_record"), ("放款卡号", "bank_card_masked"), ("客户经理", "name_q"),
        ], encoding="gb18030"),
        t("microloan_apply.parquet", "microfinance: applications", [
            ("apply_id", "seq:LA"), ("applicant", "name"), ("id_no", "rid"), ("monthly_income", "income"),
            ("employer", "employer"), ("job_title", "job"), ("credit_report", "credit"), ("device_imei", "imei"),
            ("apply_ip", "ipv4"), ("loan_amount", "amount"), ("term_months", "int:3:36"),
        ], fmt="parquet"),
        t("diandang_piao.xlsx", "pawn shop: pawn tickets", [
            ("当票号", "seq:DP"), ("当户姓名", "name"), ("证件号码", "rid_int"), ("联系电话", "mobile"),
            ("当物名称", "pick:金项链|劳力士手表|iPhone 15|翡翠手镯|汽车"), ("估价金额", "amount"), ("当金", "amount"),
            ("月综合费率", "pct"), ("典当期限", "pick:1个月|3个月|6个月"), ("经办人", "name_q"),
        ], fmt="xlsx", sheet="当票登记", title_rows=("典当业务登记簿",)),
        t("otc_kyc.jsonl", "crypto OTC desk: KYC", [
            ("uid", "int:100000:999999"), ("fullName", "name_pinyin"), ("passportNo", "passport"), ("nationality", "nationality"),
            ("dob", "birth"), ("walletAddress", "pick:0x3f5CE5FBFe3E9af3971dD833D26bA9b5C936f0bE|TQn9Y2khEsLJW1ChVWFMSMeRDow5KcbLSE|0x28C6c06298d514Db089934071355E5743bf21d60"),
            ("fundsSource", "pick:工资收入|经营所得|投资收益"), ("selfieUrl", "face"), ("loginIp", "ipv6"), ("email", "email"),
        ], fmt="jsonl"),
        t("caipiao_duijiang.csv", "lottery: prize claims", [
            ("兑奖单号", "seq:CP"), ("中奖人", "name"), ("身份证", "rid"), ("开户行", "pick:工商银行|建设银行|农业银行"),
            ("收款账号", "bank_card"), ("中奖金额", "amount"), ("个税", "amount"), ("彩种", "pick:双色球|大乐透|刮刮乐"),
            ("兑奖日期", "date"),
        ], encoding="gbk"),
        t("claims_health_insurance.xlsx", "health insurance claims", [
            ("赔案号", "seq:PA"), ("被保险人", "name"), ("被保险人证件", "rid"), ("出险经过", "note"),
            ("伤情/诊断", "health"), ("就诊医院", "pick:协和医院|华西医院|瑞金医院"), ("索赔金额", "amount"),
            ("赔付金额", "amount"), ("收款人银行卡", "bank_card"), ("理赔员", "name_q"),
        ], fmt="xlsx", sheet="赔案", groups=(("赔案", 1), ("被保险人", 2), ("事故", 3), ("支付", 4))),
        t("claims_health_insurance.xlsx", "health insurance claims: payees", [
            ("赔案号", "seq:PA"), ("领款人", "name"), ("与被保险人关系", "relation"), ("领款人手机", "mobile"),
            ("支付金额", "amount"), ("支付状态", "pick:已支付|待支付|退票"),
        ], fmt="xlsx", sheet="领款人"),
        t("jianzhu_shimingzhi_gongzi.xlsx", "construction migrant workers' real-name payroll", [
            ("序号", "int:1:60"), ("姓名", "name"), ("身份证号码", "rid_messy"), ("工种", "job"), ("班组", "pick:钢筋班组|木工班组|水电班组"),
            ("出勤天数", "int:10:31"), ("日工资", "num:200:450", "income"), ("应发工资", "income"), ("实发工资", "income"),
            ("工资卡号", "bank_card"), ("本人签字", "pick: "),
        ], fmt="xlsx", sheet="工资表", title_rows=("XX项目农民工工资发放表(2026年11月)",), totals_row=True),
        t("jianzhu_shimingzhi_gongzi.xlsx", "construction site: face attendance", [
            ("工人姓名", "name"), ("考勤时间", "dt"), ("闸机", "pick:1号门|2号门|生活区"), ("抓拍照片", "face"),
            ("人脸特征", "embedding"), ("体温", "num:36:37.4", "body_measurement"),
        ], fmt="xlsx", sheet="考勤"),
        t("laowu_paiqian.csv", "labour dispatch: dispatched workers", [
            ("工号", "seq:LW"), ("姓名", "name"), ("性别", "gender_code"), ("身份证号", "rid"), ("派遣单位", "employer"),
            ("用工单位", "employer"), ("岗位", "job"), ("派遣期限", "pick:1年|2年|6个月"), ("社保缴纳地", "city"),
            ("月工资", "income"),
        ], encoding="utf-8-sig"),
        t("headhunter_candidates.xlsx", "headhunter: candidate pipeline", [
            ("候选人", "name"), ("手机", "mobile_messy"), ("邮箱", "email"), ("现公司", "employer"), ("现职位", "job"),
            ("最高学历", "edu"), ("毕业院校", "school"), ("当前年薪(万)", "num:15:120", "income"), ("期望年薪", "income_band"),
            ("推荐职位", "pick:CFO|研发总监|区域销售经理"), ("职位薪资范围", "pick:60-80万|40-60万|30-45万"), ("顾问", "name_q"),
        ], fmt="xlsx", sheet="人选库"),
        t("bgcheck_reports.csv", "background screening reports", [
            ("report_id", "seq:BG"), ("candidate_name", "name"), ("id_number", "rid"), ("degree_verified", "pick:本科 学信网可查|硕士 学信网可查|大专 学信网可查", "education"),
            ("criminal_check", "crime"), ("credit_check", "credit"), ("last_employer", "employer"), ("client_company", "org"),
            ("completed_at", "dt"),
        ], encoding="utf-8"),
        t("cun_jiti_gufen.xlsx", "village collective shares", [
            ("户主", "name"), ("身份证号", "rid_old"), ("家庭成员", "relation"), ("股份数", "int:1:5"),
            ("2025年分红(元)", "income"), ("开户银行卡", "bank_card"), ("村民小组", "pick:一组|二组|三组"), ("宅基地证号", "realestate"),
        ], fmt="xlsx", sheet="股份台账", p_ages=(18, 85), totals_row=True, title_rows=("XX村股份经济合作社股东名册",)),
        t("jiandanglika_fupin.csv", "poverty alleviation files (建档立卡)", [
            ("户编号", "seq:FP"), ("户主姓名", "name"), ("身份证号码", "rid"), ("家庭人口", "int:1:7"), ("人均纯收入", "income"),
            ("健康状况", "pick:健康|长期慢性病|残疾|大病", "health_record"), ("文化程度", "edu"), ("帮扶责任人", "name_q"),
            ("帮扶人电话", "mobile_q"), ("住址", "address"),
        ], encoding="gbk"),
        t("live_tips.parquet", "live-streaming tips ledger", [
            ("tip_id", "seq:TP"), ("viewer_uid", "int:10000000:99999999"), ("viewer_nick", "username"), ("gift", "pick:火箭|玫瑰|跑车|嘉年华"),
            ("gift_value", "price"), ("diamond_balance", "balance"), ("room_id", "int:1000:9999"), ("tip_time", "dt"), ("viewer_ip", "ipv4"),
        ], fmt="parquet"),
        t("streamer_payout.csv", "live-streaming: streamer payouts", [
            ("主播昵称", "username"), ("真实姓名", "name"), ("身份证号", "rid"), ("结算银行卡", "bank_card"),
            ("本月收益", "income"), ("公会", "org"), ("公会信用代码", "uscc"), ("结算月份", "pick:2026-10|2026-11"),
        ], encoding="utf-8-sig"),
        t("hongniang_huiyuan.xlsx", "matchmaking agency: members", [
            ("会员编号", "seq:HN"), ("姓名", "name"), ("出生年月", "birth_mixed"), ("身高", "height"), ("学历", "edu"),
            ("职业", "job"), ("月收入", "income_band"), ("婚史", "marital"), ("房车情况", "pick:有房无贷|有房有贷|有车|无"),
            ("微信", "wechat"), ("红娘", "name_q"), ("会员等级", "pick:VIP|钻石|普通"),
        ], fmt="xlsx", sheet="会员资料"),
        t("dating_profiles.jsonl", "dating app: profiles", [
            ("userId", "int:1000000:9999999"), ("nickname", "username"), ("gender", "gender_code"), ("age", "age"),
            ("orientation", "sexor"), ("city", "city"), ("height_cm", "height"), ("avatarUrl", "face"),
            ("lastLoginIp", "ipv4"), ("deviceId", "device_id"),
        ], fmt="jsonl", p_ages=(18, 45)),
        t("dating_reports.csv", "dating app: reported messages", [
            ("report_id", "seq:RP"), ("reporter_uid", "int:1000000:9999999"), ("reported_nick", "username"),
            ("message_text", "comm"), ("reason", "pick:骚扰|诈骗|广告|色情"), ("handled", "pick:是|否"), ("created", "dt"),
        ]),
        t("payroll_hotel_group.xlsx", "hotel group payroll", [
            ("员工编号", "seq:HG"), ("姓名", "name"), ("部门", "dept"), ("职务", "job"), ("基本工资", "income"),
            ("绩效", "income"), ("个税", "amount"), ("公积金个人", "amount"), ("实发", "income"), ("工资卡", "bank_card_masked"),
        ], fmt="xlsx", sheet="11月", totals_row=True, groups=(("员工", 4), ("应发", 2), ("扣款", 2), ("实发", 2))),
        t("provident_fund.csv", "housing provident fund statements", [
            ("个人账号", "seq:GJJ"), ("姓名", "name"), ("证件号码", "rid"), ("单位名称", "employer"), ("缴存基数", "income"),
            ("月缴存额", "amount"), ("账户余额", "balance"), ("最近缴存", "date"),
        ], encoding="gbk"),
        t("bnpl_orders.parquet", "buy-now-pay-later orders", [
            ("order_id", "seq:BN"), ("user_name", "name_masked"), ("mobile", "mobile_int"), ("merchant", "org"),
            ("amount", "amount"), ("installments", "int:3:12"), ("credit_limit_status", "credit"), ("bill_details", "txn"),
            ("ordered_at", "dt"),
        ], fmt="parquet"),
        t("crowd_rent_deposit.csv", "rent deposit guarantee", [
            ("合同号", "seq:ZL"), ("租客", "name"), ("租客手机", "mobile"), ("房屋地址", "address"), ("房产证号", "realestate"),
            ("房东", "name_q"), ("房东收款卡", "bank_card_q"), ("押金", "amount"), ("月租金", "amount"),
        ], encoding="utf-8"),
    ]
