"""Set 17's report kinds, part A: a Taobao seller's order report, a WeCom contacts export, a
Kingdee-style payroll sheet, an ATS candidate list, a hospital HIS outpatient log, a LIS
lab-result export, a bank's credit-card application list and an insurer's policy list.

Each row is ``(gold, generators, vendor CSV, workbook, data-team copy, older system)`` (see
:mod:`heldout17.kinds`); ``-`` is not PI."""

# ruff: noqa: E501 - a kind is read as one line a column, as the export lays its columns out

from __future__ import annotations

from piplkit.discover.evaluation.heldout17.kinds import Kind

TAOBAO = Kind(
    "电商订单(淘宝卖家)",
    ("ExportOrderList202612071015", "淘宝订单报表_2026-12-07", "ods_tb_trade_20261207", "聚水潭_订单导入"),
    "订单报表", (
        ("-", "order_tab,order_no,order_no,order_no", "订单编号", "订单编号", "tid", "线上订单号"),
        ("account_name", "account", "买家会员名", "买家会员名", "buyer_nick", "买家昵称"),
        ("-", "amount", "买家应付货款", "买家应付货款", "total_fee", "应付金额"),
        ("-", "num:0:12", "买家应付邮费", "买家应付邮费", "post_fee", ""),
        ("-", "amount", "买家实际支付金额", "实付款(元)", "payment", "实付"),
        ("-", "pick:买家已付款，等待卖家发货|卖家已发货，等待买家确认|交易成功|交易关闭,"
              "pick:买家已付款，等待卖家发货|交易成功|交易关闭,"
              "pick:WAIT_SELLER_SEND_GOODS|WAIT_BUYER_CONFIRM_GOODS|TRADE_FINISHED|TRADE_CLOSED,"
              "pick:待发货|已发货|已完成|已关闭", "订单状态", "订单状态", "status", "状态"),
        ("communication_record", "buyer_msg", "买家留言", "买家留言", "buyer_message", ""),
        ("person_name", "name,name,name_masked,name", "收货人姓名", "收货人-姓名", "receiver_name", "收件人"),
        ("address", "address", "收货地址 ", "收货人-地址", "receiver_address", "收件地址"),
        ("-", "pick:快递|EMS|平邮|无需物流", "运送方式", "", "shipping_type", ""),
        ("cn_mobile", "mobile_tab,mobile_int,mobile_masked,mobile", "联系手机", "收货人-手机", "receiver_mobile", "手机|c"),
        ("-", "ts", "订单创建时间", "订单创建时间", "created", "下单时间"),
        ("-", "ts", "订单付款时间 ", "", "pay_time", "付款时间"),
        ("-", "product", "宝贝标题 ", "宝贝标题", "title", "商品名称"),
        ("-", "waybill", "物流单号 ", "物流单号", "", "快递单号"),
        ("-", "pick:顺丰速运|中通快递|圆通速递|韵达快递|极兔速递", "物流公司", "物流公司", "", "快递公司"),
        ("-", "remark", "订单备注", "", "seller_memo", "备注"),
        ("-", "qty", "宝贝总数量", "宝贝总数量", "num", "数量"),
        ("-", "shop", "店铺名称", "", "", "店铺"),
        ("-", "company", "发票抬头", "发票-抬头", "", ""),
        ("cn_uscc", "uscc", "纳税人识别号", "发票-税号", "", ""),
    ), sheet="订单报表", groups=("订单信息", "收货信息"))

WECOM = Kind(
    "企业微信通讯录", ("通讯录导出_20261207", "成员列表_行政部", "dim_wecom_member", "oa_user_sync"),
    "企业微信通讯录", (
        ("person_name", "name", "姓名", "姓名 Name", "name", "xm|pi"),
        ("account_name", "account", "帐号", "账号 UserID", "userid", "zh|pi"),
        ("person_name", "name_pinyin", "别名", "英文名 English Name", "alias", ""),
        ("job_title", "job", "职务", "职务 Title", "position", "zw|pi"),
        ("-", "dept", "部门", "部门 Department", "department", "bm|pi"),
        ("gender", "gender,gender,gender_12,gender", "性别", "性别 Gender", "gender", "xb|pi"),
        ("cn_mobile", "mobile,mobile_plus,mobile,mobile_int", "手机", "手机 Mobile", "mobile", "sjh|pi"),
        ("cn_landline", "landline", "座机", "座机 Tel.", "telephone", ""),
        ("email", "email", "个人邮箱", "邮箱 Email", "email", "yx|pi"),
        ("-", "emp_no", "工号", "工号 Emp No.", "", "gh|pi"),
        ("-", "pick:已激活|未激活|已禁用", "状态", "状态 Status", "status", "zt|pi"),
        ("address", "address", "地址", "", "address", ""),
        ("wechat_id", "wechat", "", "微信号 WeChat", "", "wxh|pi"),
        ("-", "date", "入职日期", "入职日期 Hire Date", "hire_date", "rzrq|pi"),
        ("face_image", "face", "", "", "avatar_mediaid", ""),
    ), sheet="成员列表")

PAYROLL = Kind(
    "工资表(金蝶)", ("工资发放明细_202611", "2026年11月工资表", "dws_payroll_month", "银行代发_202611"),
    "2026年11月工资发放表", (
        ("-", "seq", "序号", "序号", "", "序号"),
        ("-", "emp_no", "职员代码", "工号", "emp_code", ""),
        ("person_name", "name", "职员姓名", "姓名", "emp_name", "户名"),
        ("-", "dept", "部门名称", "部门", "dept_name", ""),
        ("cn_resident_id", "rid,rid_apos,rid,rid", "身份证号码", "身份证号", "id_no", "证件号码"),
        ("bank_card", "bank_card", "工资卡号", "银行卡号", "bank_account", "收款账号"),
        ("-", "pick:中国工商银行|中国建设银行|招商银行|中国农业银行", "开户银行", "开户行", "", "收款行"),
        ("income", "income", "基本工资", "基本工资", "base_salary", ""),
        ("income", "num:0:3000", "岗位工资", "岗位工资", "post_salary", ""),
        ("income", "num:0:8000", "绩效工资", "绩效奖金", "bonus", ""),
        ("-", "num:0:900", "养老保险(个人)", "养老(个人)", "pension_personal", ""),
        ("-", "num:0:300", "医疗保险(个人)", "医疗(个人)", "medical_personal", ""),
        ("-", "num:0:1200", "住房公积金(个人)", "公积金(个人)", "hpf_personal", ""),
        ("-", "num:0:2500", "代扣个税", "个人所得税", "iit", ""),
        ("income", "income", "实发工资", "实发工资", "net_pay", "金额"),
        ("social_security_card", "sscard", "社会保障号码", "", "si_no", ""),
        ("-", "pick:工资|代发工资|11月工资", "", "", "", "用途"),
    ), sheet="工资表", groups=("人员信息", "工资明细"))

ATS = Kind(
    "招聘ATS候选人", ("候选人列表_20261207", "人才库导出", "ats_candidate_snapshot", "简历汇总"),
    "候选人列表", (
        ("-", "user_id", "候选人ID", "编号", "candidate_id", ""),
        ("person_name", "name,name,name,name_mr", "姓名", "候选人姓名", "candidate_name", "姓名"),
        ("gender", "gender", "性别", "性别", "gender", "性别"),
        ("age", "age,age_text,age,age", "年龄", "年龄", "age", "年龄"),
        ("cn_mobile", "mobile,mobile_int,mobile,mobile_spaced", "手机号", "手机号*", "phone", "电话"),
        ("email", "email", "邮箱", "邮箱*", "email", "邮件"),
        ("-", "pick:Java开发工程师|产品经理|财务主管|销售代表|UI设计师", "应聘职位", "应聘职位", "job_title_applied", "岗位"),
        ("education", "education", "最高学历", "学历", "degree", "学历"),
        ("education", "school", "毕业院校", "毕业学校", "school", "学校"),
        ("education", "major", "专业", "专业", "major", ""),
        ("-", "pick:1年|3年|5年|8年|10年以上|应届生", "工作年限", "工作年限", "work_years", "工龄"),
        ("employer", "employer", "当前公司", "目前公司", "current_company", "现单位"),
        ("job_title", "job", "当前职位", "目前职位", "current_title", ""),
        ("income", "income_year", "目前年薪", "", "current_salary", ""),
        ("income", "salary_exp", "期望薪资", "期望薪资", "expected_salary", "期望薪资"),
        ("-", "pick:BOSS直聘|猎聘|前程无忧|内推|官网", "简历来源", "来源渠道", "source", ""),
        ("-", "pick:初筛|一面|二面|HR面|Offer|淘汰", "当前阶段", "招聘阶段", "stage", "状态"),
        ("-", "ts", "投递时间", "投递时间", "applied_at", ""),
        ("wechat_id", "wechat", "微信号", "", "wechat", "微信"),
        ("qq_number", "qq", "", "QQ", "", "QQ号"),
        ("criminal_record", "criminal", "背调结果", "", "bg_check", ""),
    ), sheet="候选人", groups=("候选人", "应聘信息"))

HIS = Kind(
    "医院HIS门诊日志", ("门诊日志_内科_20261207", "门诊工作量及日志", "ods_his_outpatient", "慢病随访上报"),
    "门诊日志（内科）", (
        ("-", "date", "就诊日期", "就诊日期", "visit_date", "就诊时间"),
        ("-", "int:1000000:9999999", "门诊号", "门诊号", "op_no", ""),
        ("person_name", "name,name,name_masked,name", "患者姓名", "姓名", "patient_name", "患者"),
        ("gender", "gender,gender,gender_12,gender", "性别", "性别", "sex_code", "性别"),
        ("age", "age_text,age,age,age", "年龄", "年龄(岁)", "age", "年龄"),
        ("birth_date", "birth,birth_xl,birth,birth_slash", "出生日期", "出生日期", "birth_date", ""),
        ("cn_resident_id", "rid,rid,rid_masked,rid", "身份证号", "身份证号", "id_card_no", "身份证"),
        ("cn_mobile", "mobile", "联系电话", "联系电话", "contact_tel", "电话"),
        ("address", "address", "现住址", "住址", "home_addr", "住址"),
        ("-", "pick:心血管内科|消化内科|呼吸内科|内分泌科|普通内科", "科室", "科室", "dept_name", ""),
        ("person_name", "staff", "接诊医生", "医生", "doctor_name", "随访医生"),
        ("health_record", "health", "初步诊断", "诊断", "diag_name", "诊断"),
        ("body_measurement", "temp", "体温(℃)", "体温", "temperature", ""),
        ("body_measurement", "bp", "血压(mmHg)", "血压", "bp", "血压"),
        ("health_record", "allergy", "过敏史", "过敏史", "allergy_hist", ""),
        ("-", "pick:城镇职工医保|城乡居民医保|自费|商业保险", "费别", "费别", "fee_type", ""),
        ("social_security_card", "sscard", "医保卡号", "", "si_card_no", ""),
        ("-", "num:5:50", "挂号费", "", "reg_fee", ""),
    ), p_ages=(18, 88), sheet="门诊日志")

LIS = Kind(
    "检验科LIS结果", ("LIS_检验结果_20261207", "检验报告汇总", "lis_result_export", "体检中心回传"),
    "检验结果汇总", (
        ("-", "int:100:9999", "标本号", "标本号", "specimen_no", ""),
        ("-", "int:10000000000:10999999999", "条码号", "条码", "barcode", "条码号"),
        ("person_name", "name,name_starred,name,name", "病人姓名", "姓名", "patient_name", "姓名"),
        ("gender", "gender", "性别", "性别", "sex", "性别"),
        ("age", "age_text", "年龄", "年龄", "age", ""),
        ("-", "int:100000:999999", "病历号", "病历号", "mrn", ""),
        ("-", "pick:门诊|住院|体检", "病人类型", "类型", "patient_type", ""),
        ("-", "int:1:60", "床号", "", "bed_no", ""),
        ("health_record", "lab", "检验结果", "结果", "result_text", "检验结果"),
        ("-", "pick:7-40 U/L|3.9-6.1 mmol/L|4.0-6.0 %|3.5-9.5 10^9/L", "参考范围", "参考值", "ref_range", ""),
        ("genetic_data", "genetic", "基因检测结论", "", "pgx_result", "基因型"),
        ("person_name", "staff", "送检医生", "申请医生", "req_doctor", ""),
        ("person_name", "staff", "审核者", "审核人", "auditor", ""),
        ("-", "ts", "审核时间", "报告时间", "audit_time", "报告日期"),
        ("cn_resident_id", "rid", "", "", "", "身份证号"),
        ("cn_mobile", "mobile", "", "", "", "手机"),
    ), p_ages=(18, 85), sheet="结果")

CARD_APPLY = Kind(
    "银行信用卡进件", ("信用卡进件清单_1207", "进件明细表", "ods_ccard_apply", "外包催办名单"),
    "信用卡进件明细", (
        ("-", "int:2026120700001:2026120799999", "申请编号", "申请编号", "apply_no", ""),
        ("person_name", "name,name,name,name_masked", "申请人姓名", "申请人", "applicant_name", "客户姓名"),
        ("-", "pick:身份证|居民身份证|身份证", "证件类型", "", "cert_type", ""),
        ("cn_resident_id", "rid,rid,rid_masked,rid_masked", "证件号码", "证件号码", "cert_no", "证件号"),
        ("foreign_permanent_resident_id", "fprid", "永居证号码", "", "prc_perm_id", ""),
        ("cn_mobile", "mobile,mobile,mobile,mobile_masked", "手机号码", "手机号码", "mobile_no", "联系方式"),
        ("employer", "employer", "单位名称", "工作单位", "company_name", ""),
        ("job_title", "job", "职务", "职务", "position", ""),
        ("income", "income_year", "年收入", "年收入(万元)", "annual_income", ""),
        ("marital_status", "marital", "婚姻状况", "婚姻", "marital_status", ""),
        ("education", "education", "学历", "学历", "edu_level", ""),
        ("address", "address", "住宅地址", "住宅地址", "home_address", "地址"),
        ("real_estate", "property_cert", "房产证号", "", "house_cert_no", ""),
        ("credit_record", "credit", "人行征信结论", "征信", "pboc_result", ""),
        ("-", "int:5000:100000", "核定额度", "审批额度", "approved_limit", ""),
        ("-", "pick:审批中|已通过|已拒绝|待补件", "审批状态", "状态", "status", "进度"),
        ("-", "emp_no", "推广员编号", "推广员", "promoter_id", ""),
        ("person_name", "name_q", "紧急联系人姓名", "紧急联系人_姓名", "emerg_name", ""),
        ("cn_mobile", "mobile_q", "紧急联系人手机", "紧急联系人_电话", "emerg_mobile", ""),
        ("family_relationship", "relation", "与申请人关系", "紧急联系人_关系", "emerg_relation", ""),
        ("hk_macau_permit", "hk_permit", "", "", "", "港澳通行证"),
    ), sheet="进件明细")

POLICY = Kind(
    "保险保单清单", ("保单清单_20261207", "个险新单明细", "dwd_policy_insured", "续期催缴"),
    "个险新单清单", (
        ("-", "int:880000000000:889999999999", "保单号", "保单号", "policy_no", "保单号码"),
        ("-", "pick:少儿重疾险|百万医疗险|意外险|终身寿险|教育金", "险种名称", "险种", "product_name", "产品"),
        ("person_name", "name_q", "投保人姓名", "投保人-姓名", "holder_name", "投保人"),
        ("cn_resident_id", "rid_q", "投保人证件号", "投保人-证件号", "holder_id_no", ""),
        ("cn_mobile", "mobile_q,mobile_q,mobile_q,mobile_q", "投保人手机", "投保人-手机", "holder_mobile", "联系电话"),
        ("person_name", "name", "被保险人姓名", "被保人-姓名", "insured_name", "被保人"),
        ("cn_resident_id", "rid,rid,rid,rid_fw", "被保险人身份证号", "被保人-身份证号（18位）", "insured_id_no", "被保人证件"),
        ("birth_date", "birth,birth_cn,birth,birth", "被保险人出生日期", "被保人-出生日期", "insured_birth", ""),
        ("family_relationship", "pick:本人|配偶|子女|子女|父母", "与投保人关系", "被保人-关系", "relation_to_holder", ""),
        ("health_record", "health_decl", "健康告知", "健康告知", "health_notice", ""),
        ("-", "amount", "首期保费", "保费", "premium", "应缴保费"),
        ("-", "int:100000:3000000", "基本保额", "保额", "sum_insured", ""),
        ("-", "date", "生效日期", "生效日", "effective_date", "应缴日"),
        ("person_name", "staff", "业务员", "代理人", "agent_name", "业务员"),
        ("bank_card", "bank_card,card_masked,bank_card,card_masked", "缴费账号", "续期扣款卡号", "pay_account", "扣款账号"),
    ), p_ages=(0, 60), q_ages=(26, 55), sheet="新单", groups=("投保人", "被保人及保单"))

KINDS_A = (TAOBAO, WECOM, PAYROLL, ATS, HIS, LIS, CARD_APPLY, POLICY)
