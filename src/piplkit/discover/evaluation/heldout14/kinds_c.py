"""Set 14's report kinds with PI, part three: water, wellness, relief, retail, banking."""

from __future__ import annotations

from piplkit.discover.evaluation.heldout14.kinds import Kind, c

C = c
KINDS_C: list[Kind] = [
    Kind(
        "boat_rental",
        "景区游船租赁登记",
        "boat_rental",
        (
            C("船号;船只编号;Boat", "code:YC-:3"),
            C("租船人;登记人;Renter", "name", "person_name"),
            C("证件号码;身份证/护照;ID/Passport", "passport", "passport"),
            C("军官证号(优待);军人证件;Military ID", "military_id", "military_id"),
            C("国籍;Nationality", "nationality", "nationality"),
            C("手机;Tel", "mobile_plus", "cn_mobile"),
            C("押金(元);Deposit", "num:100-500"),
            C("租用时长(h);Hours", "int:1-4"),
            C("码头;Pier", "pick:东码头/西码头/湖心岛"),
        ),
    ),
    Kind(
        "yoga_studio",
        "瑜伽馆体测档案",
        "yoga",
        (
            C("会员;会员姓名;学员", "name", "person_name"),
            C("年龄;岁数", "age", "age"),
            C("体脂率;体脂(%)", "bodyfat", "body_measurement"),
            C("身高;身高(cm)", "height", "body_measurement"),
            C("伤病史;运动损伤", "diagnosis", "health_record"),
            C("微信;微信号", "wechat", "wechat_id"),
            C("卡种;会籍", "pick:季卡/年卡/次卡20次"),
            C("私教课时;剩余私教", "int:0-30"),
            # Adjudicated 2026-12-07: a staff member named by an appellation (written ``None``) is
            # ``person_name`` by the gold conventions table's staff-appellation row (set 3's
            # convention 3); docs/evaluation.md, "Adjudication of set choices".
            C("老师;授课老师", "pick:Lily/周老师/Sunny", "person_name"),
        ),
    ),
    Kind(
        "flood_relief",
        "防汛转移安置人员名册",
        "flood_relief",
        (
            C("安置点;集中安置点;azd|pinyin_initials", "pick:镇中心小学/文化礼堂/村委会"),
            C("姓名;被转移人员", "name", "person_name"),
            C("身份证号;身份证号码", "rid", "cn_resident_id"),
            C("年龄;岁", "age", "age"),
            C("原住址;家庭住址", "address", "address"),
            C("联系电话;电话", "landline", "cn_landline"),
            C("是否孤寡老人;特殊群体", "yn"),
            C("物资发放;领取物资", "pick:棉被2床/矿泉水1箱/方便面1箱"),
            C("转移时间;转移日期", "datetime"),
        ),
        p_ages=(5, 90),
    ),
    Kind(
        "toy_shop_online",
        "玩具商城会员导出",
        "toy_store",
        (
            C("member_no;yz_会员卡号|vendor;MemberNo", "code:TM:8"),
            C("nick_name;昵称;NickName", "username", "account_name"),
            C("tm_member.login_pwd|vendor;登录密码;Password", "password", "password"),
            C("reg_ip;注册IP;RegIP", "ipv4", "ipv4"),
            C("last_ipv6;最近IPv6;LastIPv6", "ipv6", "ipv6"),
            C("browse_log;浏览记录;BrowseLog", "browse", "browsing_history"),
            C("receiver_tel;收货电话;ReceiverTel", "mobile", "cn_mobile"),
            C("points;积分;Points", "int:0-9000"),
            C("fav_sku;常购SKU;FavSku", "sku"),
            C("attrs;偏好;Attrs", "json_attrs"),
        ),
    ),
    Kind(
        "bank_teller",
        "柜面业务流水登记簿",
        "bank_teller",
        (
            C("T24_流水号|vendor;交易流水;Serial No", "order"),
            C("客户名称;户名;Account Holder", "name", "person_name"),
            C("证件号码;证件号;ID", "rid_masked", "cn_resident_id"),
            C("T24_卡号|vendor;账号;Card", "bank_card", "bank_card"),
            C("交易明细;近期交易;Transactions", "txn", "transaction_record"),
            C("交易后余额;余额;Balance", "balance", "account_balance"),
            C("交易金额;金额;Amount", "num:100-50000"),
            C("业务类型;交易类型;Type", "pick:存款/取款/转账/挂失"),
            C("柜员号;柜员;Teller", "code:G:4"),
            C("网点;营业网点;Branch", "store"),
        ),
    ),
    Kind(
        "lifeguard_cert",
        "救生员资格证复训名单",
        "lifeguard",
        (
            C("姓名;学员姓名;NAME", "name", "person_name"),
            C("身份证号;身份证;SFZH|pinyin_initials", "rid", "cn_resident_id"),
            C("证件照;照片;PHOTO", "photo", "face_image"),
            C("出生日期;DOB", "birth_cn", "birth_date"),
            C("手机;联系电话（必填）;TEL", "mobile", "cn_mobile"),
            C("原证书编号;证书号;CERT", "code:JSY:8"),
            C("游泳测试(秒);200米用时;SWIM_S", "int:150-300"),
            C("复训场馆;场馆;VENUE", "store"),
        ),
        p_ages=(18, 45),
    ),
]
