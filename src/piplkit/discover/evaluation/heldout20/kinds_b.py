"""Set 20's Chinese consumer-internet back offices (kinds 15-28): each column is
``export;workbook;copy;legacy;gen;gold`` (see :mod:`heldout20.kinds`). The export writes the
back office's own Chinese headers; the workbook the operator's download (marks, hints, two-level
headers); the copy the data team's snake_case table; the legacy file the older or partner
system's pinyin or upper-case initials.
"""

# ruff: noqa: E501  (one line per column: the kind tables read as the exports they imitate)

from __future__ import annotations

from piplkit.discover.evaluation.heldout20.kinds import Kind

GAME = Kind("game_realname", "game", "实名认证与防沉迷名单", (
    "账号ID;账号ID;account_id;^zhid;digits:10;-",
    "角色名;角色名称;role_name;^jsm;nick_cn;account_name",
    "QQ号;绑定QQ;bind_qq;QQ;qq;qq_number",
    "实名姓名;姓名;real_name;^xm;name_masked,name,name,name_masked;person_name",
    "身份证号;身份证号码;id_card_no;^sfzh;rid_masked,rid,rid,rid;cn_resident_id",
    "出生日期;出生日期;birthday;^csrq;birth;birth_date",
    "年龄;年龄;age;^nl;age;age",
    "认证状态;认证状态;verify_status;^rzzt;pick:已认证|认证中|认证失败;-",
    "今日在线时长(分钟);今日在线(分钟);online_minutes_today;^jrzx;int:0:180;-",
    "本月充值(元);本月充值;recharge_month;^byzc;num:0:648;-",
    "钻石余额;钻石余额;diamond_balance;^zsye;int:0:5000;account_balance",
    "最近登录IP;登录IP;last_login_ip;^dlip;ipv4;ipv4",
    "设备标识;设备号;device_id;^sbh;oaid;device_id",
    "监护人姓名;监护人;guardian_name;^jhr;name_q;person_name",
    "监护人手机;监护人电话;guardian_mobile;^jhrsj;mobile_q;cn_mobile",
    "人脸核验照片;人脸照片;face_verify_image;^rlzp;face_path;face_image",
), p_ages=(9, 40), q_ages=(30, 55))

ANCHORS = Kind("live_anchor_settlement", "live_streaming", "主播月度结算单", (
    "主播UID;主播ID;anchor_uid;ZBUID;digits:9;-",
    "主播昵称;昵称;nickname;ZBNC;nick_cn;account_name",
    "真实姓名;实名;real_name;~姓名;name;person_name",
    "身份证号;身份证;id_card;SFZ;rid,rid,rid,rid_fw;cn_resident_id",
    "手机号;手机;mobile;SJH;mobile;cn_mobile",
    "所属公会;公会;guild_name;GH;pick:星耀传媒|炫舞公会|无公会|乐娱文化;-",
    "开播时长(小时);直播时长;live_hours;ZBSC;num:10:220;-",
    "礼物流水(音浪);流水;gift_flow;LS;int:1000:900000;-",
    "分成比例;分成;share_ratio;FC;pick:50%|55%|60%|70%;-",
    "本月应结收入(元);应结金额;settle_income;YJSR;commission;income",
    "结算银行卡;银行卡号;bank_card_no;YHK;bank_card,bank_card_masked,bank_card,bank_card_tab;bank_card",
    "开户行;开户银行;bank_name;KHH;pick:招商银行|中国工商银行|中国建设银行;-",
    "粉丝数;粉丝;fans;FS;int:100:500000;-",
    "人脸认证照;认证照片;face_auth_url;RLRZ;face_url;face_image",
), sheets=("11月", "12月"))

XHS = Kind("xhs_kol_list", "kol_marketing", "小红书达人资源表", (
    "小红书号;小红书号;xhs_id;XHSH;handle;account_name",
    "博主昵称;昵称;nickname;NC;nick_cn;account_name",
    "粉丝量(万);粉丝数;fans_wan;FSL;num:0.5:120;-",
    "内容类目;类目;category;LM;pick:美妆|母婴|穿搭|美食|家居;-",
    "图文报价(元);图文报价;post_price;TWBJ;int:500:50000;-",
    "视频报价(元);视频报价;video_price;SPBJ;int:800:80000;-",
    "合作联系人;联系人;contact_name;~联系人;name;person_name",
    "联系微信;微信;wechat;WX;wxid;wechat_id",
    "联系电话;手机;phone;DH;mobile;cn_mobile",
    "寄样地址;收货地址;sample_address;~地址;address;address",
    "所在城市;城市;city;CS;city;-",
    "性别;性别;gender;XB;sex_cn;gender",
    "MCN机构;签约机构;mcn;JG;company;employer",
))

DATING = Kind("dating_members", "dating", "会员资料导出", (
    "UID;用户ID;uid;UID;digits:9;-",
    "昵称;昵称;nickname;NC;nick_cn;account_name",
    "性别;性别;gender;XB;sex_cn,sex_cn,sex_code,sex_cn;gender",
    "出生日期;生日;birthday;CSRQ;birth,birth_cn,birth,birth_compact;birth_date",
    "身高;身高(cm);height;SG;height_cm,height,height,height_cm;body_measurement",
    "学历;学历;education;XL;degree;education",
    "月收入;月收入;monthly_income;YSR;income_band;income",
    "职业;职业;occupation;ZY;job_title;job_title",
    "婚姻状况;婚史;marital_status;HS;marital;marital_status",
    "购房情况;房产;house_status;FC;house;real_estate",
    "性取向;性取向;sexual_orientation;XQX;orientation;sexual_orientation",
    "头像;头像URL;avatar_url;TX;face_url;face_image",
    "最近登录位置;定位;last_location;DW;geo_pair;geo_coordinates",
    "好友列表;好友;friend_list;HY;friends;contacts",
    "会员等级;VIP等级;vip_level;VIP;pick:普通|黄金VIP|钻石VIP;-",
    "注册时间;注册时间;register_time;ZCSJ;dt;-",
    "所在城市;城市;city;CS;city;-",
    "实名认证;实名;real_name_verified;SMRZ;pick:已认证|未认证;-",
), p_ages=(22, 45))

BIKES = Kind("bike_trips", "micromobility", "骑行订单明细", (
    "订单编号;订单号;order_id;DDBH;digits:16;-",
    "用户手机号;手机号;user_mobile;~手机;mobile_masked,mobile,mobile,mobile_tail;cn_mobile",
    "用户ID;用户ID;user_id;YHID;digits:10;-",
    "车辆编号;车辆编号;bike_no;CLBH;digits:10;-",
    "开锁时间;开锁时间;unlock_time;KSSJ;dt;-",
    "开锁位置;开锁坐标;unlock_location;%kaisuoweizhi;geo_pair;geo_coordinates",
    "还车位置;还车坐标;lock_location;%huancheweizhi;geo_pair;geo_coordinates",
    "骑行轨迹;轨迹;ride_track;%qixingguiji;track;trajectory",
    "骑行时长(分钟);时长;ride_minutes;SC;int:2:75;-",
    "骑行距离(km);距离;distance_km;JL;num:0.3:12;-",
    "订单金额(元);金额;fee;JE;num:1.5:12;-",
    "支付方式;支付;pay_channel;ZF;pick:骑行卡|支付宝|微信支付|余额;-",
    "骑行卡类型;会员卡;ride_card;HYK;pick:无|月卡|季卡;-",
))

CARPARK = Kind("carpark_records", "parking", "停车场进出记录", (
    "记录ID;记录号;record_id;JLID;seq:P:200001;-",
    "车牌号码;车牌号;plate_no;~车牌;plate;license_plate",
    "车牌颜色;车牌颜色;plate_color;CPYS;pick:蓝|绿|黄;-",
    "入场时间;入场时间;in_time;RCSJ;dt;-",
    "出场时间;出场时间;out_time;CCSJ;dt;-",
    "入口;入口通道;in_gate;RK;pick:东门入口|B2入口|南门入口;-",
    "出口;出口通道;out_gate;CK;pick:东门出口|B2出口|南门出口;-",
    "停车时长(分);停车时长;park_minutes;TCSC;int:5:900;-",
    "应收金额;应收(元);amount_due;YS;num:0:120;-",
    "实收金额;实收(元);amount_paid;SS;num:0:120;-",
    "支付方式;支付方式;pay_type;ZFFS;pick:微信|支付宝|ETC无感支付|现金|月卡;-",
    "车辆类型;车辆类型;vehicle_type;CLLX;pick:临时车|月租车|VIP车;-",
    "月租车主;车主姓名;owner_name;~车主;name,name_mr,name,name;person_name",
    "车主电话;车主手机;owner_phone;~电话;mobile;cn_mobile",
    "入场抓拍图;入场图片;in_snapshot_url;RCZP;snapshot_url;-",
))

ETC = Kind("etc_transactions", "etc", "ETC通行交易明细", (
    "交易流水号;流水号;trans_id;LSH;digits:20;-",
    "ETC卡号;卡号;etc_card_no;ETCKH;digits:20;-",
    "OBU号;OBU编号;obu_id;OBU;hex:16;-",
    "车牌号;车牌;plate;~车牌;plate;license_plate",
    "车辆识别代号;VIN码;vin;CJH;vin;vin",
    "持卡人;车主姓名;card_holder;~车主;name;person_name",
    "绑定银行卡;扣款银行卡;bound_card;YHK;bank_card_masked,bank_card,bank_card,bank_card;bank_card",
    "入口收费站;入口站;entry_station;RKZ;pick:广州北|深圳机场|虎门|萧山|昌平西;-",
    "出口收费站;出口站;exit_station;CKZ;pick:黄田|嘉兴|龙泉|东港|南沙;-",
    "入口时间;入站时间;entry_time;RKSJ;dt;-",
    "出口时间;出站时间;exit_time;CKSJ;dt;-",
    "通行路径;门架路径;gantry_path;MJLJ;gantries;trajectory",
    "车型;车型;vehicle_class;CX;pick:一型客车|二型客车|一型货车;-",
    "交易金额(元);通行费;toll;TXF;num:5:300;-",
    "卡内余额;余额;card_balance;YE;balance;account_balance",
), opaque=2)

GAS = Kind("gas_station_members", "fuel_retail", "加油站会员档案", (
    "会员卡号;卡号;member_card_no;HYKH;digits:16;-",
    "会员姓名;姓名;member_name;~姓名;name;person_name",
    "手机号码;手机号*;mobile;SJHM;mobile,mobile,mobile_int,mobile;cn_mobile",
    "身份证号;身份证号码;id_no;SFZH;rid,rid,rid,rid_spaced;cn_resident_id",
    "生日;出生日期;birthday;SR;birth_cn,birth,birth,birth_slash;birth_date",
    "车牌号;常用车牌;plate_no;CPH;plate;license_plate",
    "卡余额(元);账户余额;card_balance;KYE;balance;account_balance",
    "积分;当前积分;points;JF;int:0:20000;-",
    "会员等级;等级;member_level;DJ;pick:普卡|银卡|金卡|钻石卡;-",
    "开卡油站;开卡站;open_station;KKZ;pick:城北加油站|滨江加油站|机场路加油站;-",
    "开卡日期;开卡时间;open_date;KKRQ;date;-",
    "常用油品;油品;fuel_grade;YP;pick:92#|95#|0#;-",
    "近期加油记录;消费记录;recent_fuel;XFJL;fuel_history;transaction_record",
))

XIANYU = Kind("xianyu_trades", "second_hand", "闲置交易订单", (
    "订单号;订单编号;order_id;DDH;digits:19;-",
    "宝贝标题;商品标题;item_title;BBBT;pick:九成新iPhone13 128G|宜家书桌 自提|儿童自行车 16寸|考研资料全套|索尼降噪耳机;-",
    "成交价(元);成交金额;deal_price;CJJ;num:10:4000;-",
    "买家昵称;买家会员名;buyer_nick;MJNC;handle;account_name",
    "卖家昵称;卖家会员名;seller_nick;MAIJNC;handle;account_name",
    "卖家芝麻信用;芝麻信用;seller_sesame;ZMXY;sesame;credit_record",
    "收货人;收货人-姓名;receiver_name;SHR;name,name_starred,name,name;person_name",
    "收货手机;收货人-手机;receiver_mobile;SHSJ;mobile_masked,mobile,mobile,mobile;cn_mobile",
    "收货地址;收货人-地址;receiver_address;SHDZ;address;address",
    "买家留言;买家留言;buyer_message;MJLY;message;communication_record",
    "交易状态;状态;trade_status;ZT;pick:交易成功|待发货|已退款|交易关闭;-",
    "发货方式;发货方式;ship_type;FHFS;pick:快递|自提|同城跑腿;-",
    "物流单号;运单号;waybill_no;WLDH;waybill;-",
    "下单时间;创建时间;created_at;XDSJ;dt;-",
))

JIAZHENG = Kind("jiazheng_workers", "home_services", "家政服务人员档案", (
    "服务者ID;阿姨编号;worker_id;^fwzid;seq:A:6001;-",
    "姓名;阿姨姓名;worker_name;~阿姨;name;person_name",
    "身份证号;身份证号（18位）;id_card_no;^sfzh;rid;cn_resident_id",
    "手机号;联系电话;mobile;^sjh;mobile,mobile,mobile,mobile_tab;cn_mobile",
    "工种;服务类型;service_type;^gz;trade;job_title",
    "籍贯;籍贯;native_place;^jg;pick:四川|湖南|安徽|河南|江西;-",
    "学历;文化程度;education;^whcd;degree;education",
    "从业年限;从业年限(年);years_in_trade;^cynx;int:1:20;-",
    "体检结果;健康证/体检;health_check;^tjjg;exam;health_record",
    "无犯罪记录;无犯罪记录证明;criminal_check;^wfzjl;criminal;criminal_record",
    "驾驶证号;驾驶证号(司机必填);driver_license_no;^jszh;dl;driver_license",
    "人脸特征值;人脸特征;face_feature;^rltz;feature;biometric",
    "证件照;头像;photo_url;^zjz;face_url;face_image",
    "服务评分;评分;rating;^pf;num:3.5:5;-",
    "本月接单;本月订单数;orders_month;^jds;int:0:60;-",
    "结算卡号;工资卡号;settle_card;^jskh;bank_card;bank_card",
    "紧急联系人;紧急联系人_姓名;emergency_name;^jjlxr;name_q;person_name",
    "紧急联系人电话;紧急联系人_电话;emergency_phone;^jjdh;mobile_q;cn_mobile",
), p_ages=(25, 58), sheets=("11月", "12月"))

TUANZHANG = Kind("group_leaders", "group_buying", "社区团购团长列表", (
    "团长ID;团长编号;leader_id;TZID;digits:8;-",
    "团长姓名;团长;leader_name;~团长;name;person_name",
    "手机号;手机号码;mobile;SJH;mobile;cn_mobile",
    "微信号;微信;wechat_id;WXH;wxid;wechat_id",
    "身份证号;身份证;id_card;SFZ;rid,rid_apos,rid,rid;cn_resident_id",
    "自提点名称;自提点;pickup_point_name;ZTD;pick:阳光花园便利店|幸福里驿站|翠苑生鲜;-",
    "自提点地址;提货地址;pickup_address;THDZ;shop_address;-",
    "所属网格仓;网格仓;hub;WGC;pick:城东仓|城西仓|高新仓;-",
    "本月佣金(元);佣金;commission;YJ;commission;income",
    "提现账户;提现银行卡;withdraw_card;TXYHK;bank_card,bank_card,bank_card,bank_card_tab;bank_card",
    "本月GMV(元);销售额;gmv;XSE;num:1000:90000;-",
    "团员数;社群人数;members;TYS;int:30:500;-",
    "状态;状态;status;ZT;pick:正常|冻结|清退;-",
    "入驻时间;入驻日期;join_date;RZSJ;date;-",
))

LOTTERY = Kind("campaign_winners", "campaign", "活动中奖名单", (
    "中奖记录ID;序号;win_id;ZJID;seq::1;-",
    "活动名称;活动;campaign;HD;pick:双12幸运大转盘|新年集卡|门店开业抽奖;-",
    "奖品;奖品名称;prize;JP;pick:iPhone 16|100元话费|电饭煲|周边抱枕|免单券;-",
    "中奖人昵称;微信昵称;winner_nick;NC;nick_cn;account_name",
    "OpenID;openid;openid;OPENID;openid;wechat_id",
    "姓名;领奖人姓名;winner_name;XM;name_masked,name,name,name_starred;person_name",
    "手机号;领奖人手机;winner_mobile;SJH;mobile_masked,mobile,mobile,mobile_masked;cn_mobile",
    "身份证号;身份证号(代扣个税用);winner_id_no;SFZH;rid_masked,rid,rid,rid;cn_resident_id",
    "收货地址;邮寄地址;shipping_address;YJDZ;address;address",
    "中奖时间;中奖时间;win_time;ZJSJ;dt;-",
    "发放状态;发放状态;delivery_status;FFZT;pick:已发放|待填写地址|已过期;-",
    "快递单号;快递单号;waybill_no;KDDH;waybill;-",
    "奖品价值(元);价值;prize_value;JZ;num:5:8000;-",
))

CDR = Kind("cdr_voice", "telecom_cdr", "语音通话详单", (
    "主叫号码;主叫;calling_number;ZJHM;mobile,mobile,mobile_int,mobile;cn_mobile",
    "被叫号码;被叫;called_number;BJHM;mobile_q;cn_mobile",
    "开始时间;通话开始时间;start_time;KSSJ;dt;-",
    "通话时长(秒);时长;duration_s;THSC;int:3:3600;-",
    "呼叫类型;呼叫类型;call_type;HJLX;pick:主叫|被叫|呼转;-",
    "漫游类型;漫游;roam_type;MYLX;pick:本地|省内漫游|国内漫游;-",
    "IMSI;IMSI;imsi;IMSI;imsi;imsi",
    "IMEI;终端IMEI;imei;IMEI;imei;imei",
    "LAC;位置区;lac;LAC;int:10000:65000;-",
    "CI;小区号;ci;CI;int:1000:268000;-",
    "基站经纬度;基站位置;cell_lnglat;JZWZ;geo_pair;geo_coordinates",
    "通话费用(元);费用;charge;FY;num:0:6;-",
), q_ages=(18, 80), opaque=2)

BROADBAND = Kind("broadband_orders", "broadband", "宽带装机工单", (
    "工单号;工单编号;order_no;GDH;digits:14;-",
    "客户姓名;用户姓名;customer_name;KHXM;name,name,name,name_mr;person_name",
    "证件号码;证件号;cert_no;ZJHM;rid;cn_resident_id",
    "联系电话;联系电话(必填);contact_phone;LXDH;mobile,mobile,mobile,mobiles_two;cn_mobile",
    "装机地址;装机地址;install_address;ZJDZ;address_room;address",
    "军人证件号;军官证号(军人优惠);military_cert;JRZJ;military_some;military_id",
    "套餐名称;套餐;package;TC;pick:500M融合套餐|1000M全屋WiFi|300M单宽带;-",
    "宽带账号;PPPoE账号;pppoe_account;KDZH;digits:10:ad;account_name",
    "宽带密码;初始密码;pppoe_password;KDMM;pwd;password",
    "光猫MAC;光猫MAC地址;onu_mac;GMMAC;mac,mac_dash,mac,mac;mac_address",
    "光猫SN;光猫序列号;onu_sn;GMSN;hex:12;-",
    "预约上门时间;预约时间;appointment_time;YYSJ;dt;-",
    "装维人员;装维工程师;installer_name;ZWRY;staff;person_name",
    "装维电话;工程师电话;installer_mobile;ZWDH;mobile_q;cn_mobile",
    "工单状态;状态;status;GDZT;pick:已竣工|待上门|施工中|已撤单;-",
))

KINDS_B = (GAME, ANCHORS, XHS, DATING, BIKES, CARPARK, ETC, GAS, XIANYU, JIAZHENG, TUANZHANG,
           LOTTERY, CDR, BROADBAND)  # fmt: skip
