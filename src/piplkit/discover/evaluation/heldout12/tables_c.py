"""Set 12's tables without PI (equipment, sites, schedules, stock, goods, booths, incidents),
its narrow lookups and its two wide ERP/CRM exports, where most columns are business fields and
many look like PI (station coordinates, modem IMEIs, a company's plates and VINs, 400 numbers,
switchboards, phone-shaped show numbers, full-width counts)."""

from __future__ import annotations

from piplkit.discover.evaluation.heldout12.kit import Domain

CHARGERS = Domain("charger_status", "充电桩运行状态", (
    ("桩编号|pile_no|桩号", "pile", "-"),
    ("所属站点|station|哪个站", "street", "-"),
    ("额定功率(kW)|rated_kw|功率", "kw", "-"),
    ("故障状态|fault_state|坏没坏", "fault", "-"),
    ("通信模块IMEI|modem_imei|模块串号", "modem_imei", "-"),
    ("站点纬度|site_lat|纬度", "site_lat", "-"),
    ("站点经度|site_lng|经度", "site_lng", "-"),
    ("固件版本|firmware|版本", "version", "-"),
    ("设备序列号|device_serial|序列号", "serial", "-"),
    ("今日电量(kWh)|kwh_today|今天充了多少度", "num:0:900", "-"),
    ("客服热线|service_hotline|客服电话", "hotline", "-"),
))  # fmt: skip

SORT_SITES = Domain("sorting_sites", "垃圾分类点位", (
    ("点位编码|point_code|点位号", "batch", "-"),
    ("所属街道|subdistrict|哪个街道", "district", "-"),
    ("点位名称|point_name|点位", "street", "-"),
    ("桶型|bin_type|啥桶", "bin_type", "-"),
    ("容量(L)|capacity_l|多大", "one:120,240,660", "-"),
    ("点位坐标|point_geo|在哪", "site_geo", "-"),
    ("清运时间|collect_time|几点收", "time", "-"),
    ("运行状态|status|正常吗", "status", "-"),
    ("运维单位|operator|谁管", "company", "-"),
    ("运维电话|operator_phone|管理电话", "switchboard", "-"),
    ("本月满溢次数|overflow_count|满了几次", "qty_fw", "-"),
))  # fmt: skip

SHOWTIMES = Domain("cinema_showtimes", "影院排片", (
    ("场次号|show_no|场次", "order_phone", "-"),
    ("影片|film|片名", "film", "-"),
    ("影厅|hall|哪个厅", "hall", "-"),
    ("开映时间|start_time|几点开始", "dt", "-"),
    ("票价|price|多少钱", "price", "-"),
    ("已售座位|seats_sold|卖了几张", "qty", "-"),
    ("上座率|occupancy|坐满没", "pct", "-"),
    ("版本|version|几D", "one:2D,3D,IMAX 3D,杜比视界", "-"),
    ("排片日期|schedule_date|哪天", "date_xl/date", "-"),
))  # fmt: skip

DEALER_STOCK = Domain("usedcar_stock", "二手车库存", (
    ("库存编号|stock_no|库存号", "order", "-"),
    ("车型|model|啥车", "car_model", "-"),
    ("车架号|vin|VIN码", "co_vin", "-"),
    ("原车牌|former_plate|车牌", "co_plate", "-"),
    ("里程(km)|mileage|跑了多少", "km", "-"),
    ("标价(元)|list_price|卖多少", "big_amount", "-"),
    ("状态|status|卖了没", "one:在售,已定,已售,整备中", "-"),
    ("展厅|showroom|哪个展厅", "warehouse", "-"),
    ("入库日期|stock_in_date|哪天进的", "date_xl/date/date_cn/date", "-"),
    ("整备费用|prep_cost|整备花了多少", "amount_text", "-"),
))  # fmt: skip

GOODS_FILING = Domain("goods_filing", "跨境商品备案", (
    ("商品货号|sku|货号", "sku", "-"),
    ("条形码|ean13|条码", "ean", "-"),
    ("HS编码|hs_code|税号", "hs", "-"),
    ("商品名称|goods_name|品名", "product", "-"),
    ("规格型号|spec_json|规格", "json_attr", "-"),
    ("原产国|origin_country|哪国产的", "one:日本,澳大利亚,德国,美国,韩国,新西兰", "-"),
    ("净重(kg)|net_weight|多重", "kg", "-"),
    ("申报单价|unit_price|单价", "price", "-"),
    ("币制|currency|币种", "currency", "-"),
    ("备案号|filing_no|备案编号", "ticket", "-"),
    ("仓库|warehouse|哪个仓", "warehouse", "-"),
))  # fmt: skip

BOOTHS = Domain("expo_booths", "展位分配", (
    ("展位号|booth_no|展位", "booth", "-"),
    ("参展商|exhibitor|哪家", "company", "-"),
    ("统一社会信用代码|uscc|信用代码", "uscc", "cn_uscc"),
    ("面积(㎡)|area_sqm|多大", "one:9,18,36,54,72", "-"),
    ("展位费|booth_fee|多少钱", "big_amount", "-"),
    ("公司总机|switchboard|公司电话", "switchboard", "-"),
    ("服务热线|hotline|热线", "hotline", "-"),
    ("参展人数|staff_count|来几个人", "int:2:40", "-"),
    ("付款状态|pay_status|付了没", "pay_status", "-"),
    ("展馆|hall|哪个馆", "one:1号馆,2号馆,3号馆,N1馆", "-"),
))  # fmt: skip

GRID_EVENTS = Domain("grid_events", "网格巡查事件", (
    ("事件编号|event_no|事件号", "seq_code", "-"),
    ("事件类型|event_type|啥事", "event", "-"),
    ("发生位置|location|在哪", "street", "-"),
    ("所属区县|district|哪个区", "district", "-"),
    ("上报时间|reported_at|几点报的", "dt", "-"),
    ("处置状态|status|处理没", "status", "-"),
    ("处置部门|dept|谁处理", "one:城管局,街道办,住建局,生态环境局,交警大队", "-"),
    ("事件坐标|event_geo|坐标", "site_geo", "-"),
    ("照片数|photo_count|几张照片", "int:0:6", "-"),
    ("备注|remark|说明", "remark", "-"),
))  # fmt: skip

GATE_DEVICES = Domain("gate_devices", "门禁设备清单", (
    ("设备序列号|serial_no|序列号", "serial", "-"),
    ("安装位置|location|装在哪", "gate", "-"),
    ("设备IP|device_ip|IP", "dev_ip", "-"),
    ("设备MAC|device_mac|MAC", "dev_mac", "-"),
    ("固件版本|firmware|版本", "version", "-"),
    ("运行状态|state|好的吗", "fault", "-"),
    ("安装日期|installed|哪天装的", "date_cn/date", "-"),
    ("厂商|vendor_name|哪家的", "company", "-"),
    ("保修期(月)|warranty_months|保几个月", "int:12:60", "-"),
))  # fmt: skip

REGIONS = Domain("lookup_region", "行政区划对照", (
    ("区划代码|region_code|代码", "region_code", "-"),
    ("区划名称|region_name|名称", "region_name", "-"),
))  # fmt: skip

MEMBER_PHONE = Domain("lookup_member_phone", "会员手机对照", (
    ("会员编号|member_no|会员号", "member_no", "-"),
    ("手机号|mobile|手机", "mobile/mobile_int/mobile_masked/mobile", "cn_mobile"),
))  # fmt: skip

EXTENSIONS = Domain("lookup_extension", "员工分机表", (
    ("姓名|name|名字", "name", "person_name"),
    ("分机号|extension|分机", "ext", "-"),
    ("部门|department|哪个部门", "dept", "-"),
))  # fmt: skip

STATUS_DICT = Domain("lookup_status", "状态字典", (
    ("状态码|status_code|码", "status_code", "-"),
    ("状态名称|status_name|啥状态", "status", "-"),
    ("是否启用|enabled|用不用", "yn", "-"),
))  # fmt: skip

ERP_FIELDS = (
    ("单据编号|doc_no|单号", "order", "-"),
    ("单据日期|doc_date|日期", "date_xl/date", "-"),
    ("客户名称|customer_name|客户", "company", "-"),
    ("客户信用代码|customer_uscc|信用代码", "uscc", "cn_uscc"),
    ("收货联系人|consignee|收货人", "name", "person_name"),
    ("联系人手机|consignee_mobile|收货电话", "mobile/mobile_int", "cn_mobile"),
    ("收货地址|ship_to|送到哪", "address", "-"),
    ("销售部门|sales_dept|部门", "dept", "-"),
    ("业务员|salesperson|业务员", "name_q", "person_name"),
    ("仓库|warehouse|哪个仓", "warehouse", "-"),
    ("物料编码|material_code|料号", "sku", "-"),
    ("物料名称|material_name|品名", "product", "-"),
    ("规格|spec|规格", "json_attr", "-"),
    ("单位|uom|单位", "unit", "-"),
    ("数量|quantity|数量", "qty", "-"),
    ("单价|unit_price|单价", "price", "-"),
    ("金额|amount|金额", "amount", "-"),
    ("税率|tax_rate|税率", "one:13%,9%,6%,0%", "-"),
    ("税额|tax_amount|税额", "amount", "-"),
    ("价税合计|total_with_tax|合计", "amount_text", "-"),
    ("币别|currency|币别", "currency", "-"),
    ("汇率|fx_rate|汇率", "rate", "-"),
    ("批号|lot_no|批号", "batch", "-"),
    ("生产日期|mfg_date|生产日期", "date", "-"),
    ("有效期至|expiry|有效期", "date", "-"),
    ("条码|barcode|条码", "ean", "-"),
    ("发货状态|ship_status|发了没", "status", "-"),
    ("开票状态|invoice_status|开票没", "one:未开票,已开票,部分开票", "-"),
    ("收款状态|receipt_status|收款没", "pay_status", "-"),
    ("结算方式|settlement|怎么付", "pay_method", "-"),
    ("运输方式|transport|怎么运", "one:快递,物流专线,自提,整车", "-"),
    ("承运商|carrier|哪家物流", "one:顺丰,德邦,京东物流,中通快运", "-"),
    ("运单号|waybill_no|运单", "order_phone", "-"),
    ("运费|freight|运费", "amount", "-"),
    ("重量(kg)|weight_kg|多重", "kg", "-"),
    ("体积(m³)|volume_m3|多大", "num:0:12", "-"),
    ("箱数|cartons|几箱", "qty_fw", "-"),
    ("项目号|project_no|项目", "ticket", "-"),
    ("合同号|contract_no|合同", "loan_no", "-"),
    ("审核人|approver|谁审的", "one:admin,系统,财务审核,主管审批", "-"),
    ("审核状态|approval_status|审了没", "one:已审核,未审核,驳回", "-"),
    ("制单时间|created_at|几点做的单", "dt", "-"),
    ("备注|remark|备注", "remark", "-"),
    ("行号|line_no|行", "int:1:20", "-"),
)

ERP_ORDERS = Domain("erp_outbound", "ERP销售出库单", ERP_FIELDS)

CRM_FIELDS = (
    ("客户编号|account_no|客户号", "member_no", "-"),
    ("客户名称|account_name_co|客户", "company", "-"),
    ("统一社会信用代码|uscc|信用代码", "uscc", "cn_uscc"),
    ("所属行业|industry|行业", "one:制造业,零售,医疗,教育,物流,餐饮", "-"),
    ("客户等级|tier|等级", "one:A,B,C,D", "-"),
    ("客户来源|lead_source|从哪来的", "channel", "-"),
    ("员工规模|headcount|多少人", "staff", "-"),
    ("年营业额(万元)|annual_revenue|一年流水", "big_amount", "-"),
    ("注册资本|registered_capital|注册资本", "big_amount", "-"),
    ("所在省份|province|省", "province", "-"),
    ("所在城市|city|城市", "city", "-"),
    ("公司地址|company_address|公司在哪", "street", "-"),
    ("公司电话|company_phone|总机", "switchboard", "-"),
    ("客服热线|hotline|热线", "hotline", "-"),
    ("官网|website|网站", "one:www.example.cn,www.demo-tech.com,www.sample.com.cn", "-"),
    ("联系人|contact_person|联系人", "name", "person_name"),
    ("联系人职务|contact_title|职务", "job", "job_title"),
    ("联系人手机|contact_mobile|手机", "mobile/mobile_masked/mobile_messy/mobile", "cn_mobile"),
    ("联系人邮箱|contact_email|邮箱", "email", "email"),
    ("联系人微信|contact_wechat|微信", "wechat", "wechat_id"),
    ("负责销售|owner|谁跟的", "name_q", "person_name"),
    ("商机阶段|stage|到哪一步了", "one:初步接洽,需求确认,方案报价,谈判,赢单,输单", "-"),
    ("预计成交金额|expected_amount|能签多少", "big_amount", "-"),
    ("预计成交日期|expected_close|哪天签", "date", "-"),
    ("赢率|win_rate|把握", "pct", "-"),
    ("竞争对手|competitor|对手", "company", "-"),
    ("最近跟进时间|last_activity|上次联系", "dt", "-"),
    ("跟进方式|activity_type|怎么联系的", "one:电话,拜访,微信,邮件,会议", "-"),
    ("下次跟进|next_step|下次", "date", "-"),
    ("合同编号|contract_no|合同", "loan_no", "-"),
    ("合同金额|contract_amount|合同多少钱", "amount_text", "-"),
    ("回款金额|received|回了多少", "amount", "-"),
    ("发票抬头|invoice_title|抬头", "company", "-"),
    ("开户行|bank_name|开户行", "one:工商银行西湖支行,招商银行滨江支行,建设银行余杭支行", "-"),
    ("对公账号|corporate_account|对公账户", "card_no", "-"),
    ("信用额度|credit_limit|额度", "big_amount", "-"),
    ("账期(天)|payment_terms|账期", "one:30,45,60,90", "-"),
    ("是否重点客户|key_account|重点吗", "yesno", "-"),
    ("创建人|created_by|谁建的", "one:admin,crm_sync,导入", "-"),
    ("创建时间|created_at|建档时间", "dt", "-"),
    ("标签|tags|标签", "one:老客户;续约,新客户,沉睡客户,高潜", "-"),
    ("备注|remark|备注", "remark", "-"),
)

CRM_ACCOUNTS = Domain("crm_accounts", "CRM客户档案", CRM_FIELDS)

DOMAINS_C = (CHARGERS, SORT_SITES, SHOWTIMES, DEALER_STOCK, GOODS_FILING, BOOTHS, GRID_EVENTS,
             GATE_DEVICES, REGIONS, MEMBER_PHONE, EXTENSIONS, STATUS_DICT, ERP_ORDERS,
             CRM_ACCOUNTS)  # fmt: skip
