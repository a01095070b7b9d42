"""How a set-15 column's header is spelled in a variant, and the style label it is counted under.

The 繁體 map covers exactly the characters of this set's Chinese headers (made once with OpenCC's
s2t table and written out here, so generating the set needs no converter). Colloquial and full
pinyin spellings are what clerks and legacy systems write for common fields; opaque labels go only
to columns whose values decide the type (identifiers, closed vocabularies) and to non-PI columns,
as the business set's header rules ask."""

from __future__ import annotations

import random

from piplkit.discover.evaluation.heldout6.spec import style_of
from piplkit.discover.evaluation.heldout15.kinds import Col

_S = "万与专业丝书买产亲仓价优会体余储儿关内册写军冲况准减击划别剂剑办务动区医单厂历压厢参发台号后员园围国场声备头学实审导属岗币师帐带库应开张当录征态户抢护报损换数无旧时昵机构柜标检温游点热状现电盐监码种积称税签篮类紧约级纪纬纳纹练组细经结统绩编缴网职联脸药营补装观规视计订认讯记许论设访证识话请读课负财责账货质购贴费资车轨过远迹选邮采银销镜长门间阅队际顶项顾预领频颜额飞饮驶驾骑鸟龄"  # noqa: E501
_T = "萬與專業絲書買產親倉價優會體餘儲兒關內冊寫軍衝況準減擊劃別劑劍辦務動區醫單廠歷壓廂參發臺號後員園圍國場聲備頭學實審導屬崗幣師帳帶庫應開張當錄徵態戶搶護報損換數無舊時暱機構櫃標檢溫遊點熱狀現電鹽監碼種積稱稅籤籃類緊約級紀緯納紋練組細經結統績編繳網職聯臉藥營補裝觀規視計訂認訊記許論設訪證識話請讀課負財責賬貨質購貼費資車軌過遠跡選郵採銀銷鏡長門間閱隊際頂項顧預領頻顏額飛飲駛駕騎鳥齡"  # noqa: E501
TW = str.maketrans(_S, _T)

#: Colloquial spellings clerks use for formal headers.
COLLOQ = {
    "身份证号码": "身份证", "身份证号": "身份证", "公民身份号码": "身份证", "证件号码": "证件号",
    "手机号码": "手机", "手机号": "电话", "联系电话": "电话（必填）", "出生日期": "生日",
    "姓名": "名字", "学员姓名": "孩子名字", "家长姓名": "家长", "家长电话": "家长手机",
    "储值余额": "卡里余额", "储值余额(元)": "卡里还剩(元)", "配送地址": "送到哪",
    "收货人": "收货的人",
    "收货电话": "收货人电话", "下单手机": "客户电话", "量尺地址": "上门地址", "工作单位": "单位",
    "家庭住址": "住哪", "会员卡号": "卡号", "户主": "业主", "客户微信": "微信",
    "消费明细": "消费了啥", "常用球台": "常打的台", "道服尺码": "衣服码数", "蛋糕": "蛋糕款式",
    "写字内容": "蛋糕上写啥", "顾客留言": "客户说", "带级": "几级带",
}  # fmt: skip
#: Full-pinyin spellings of common fields (legacy government and school systems).
PYFULL = {
    "姓名": "xingming", "身份证号码": "shenfenzhenghaoma", "身份证号": "shenfenzhenghao",
    "公民身份号码": "gongminshenfenhaoma", "手机号": "shoujihao", "手机": "shouji",
    "联系电话": "lianxidianhua", "出生日期": "chushengriqi", "性别": "xingbie", "民族": "minzu",
    "学员姓名": "xueyuanxingming", "营员姓名": "yingyuanxingming", "学校": "xuexiao",
    "年级": "nianji", "家长": "jiazhang", "家长手机": "jiazhangshouji",
    "家长邮箱": "jiazhangyouxiang",
    "昵称": "nicheng", "微博": "weibo", "真实姓名": "zhenshixingming", "生日": "shengri",
    "所在城市": "suozaichengshi", "工作单位": "gongzuodanwei", "刀具型号": "daojuxinghao",
}  # fmt: skip
_VENDOR = ("t_user.", "ods_", "F_", "zd_", "mbr_")
_OPAQUE_GENS = frozenset({
    "rid", "rid_q", "rid_fw", "rid_masked", "mobile", "mobile_q", "mobile_masked", "mobile_int",
    "imei", "imsi", "mac", "vin", "bank_card", "bank_card_masked", "email", "email_q", "ethnicity",
    "uscc", "oaid", "ipv4", "ipv6", "passport", "fprid", "hla", "wechat", "plate", "marital",
})  # fmt: skip


def _camel(en: str) -> str:
    head, *rest = en.split("_")
    return head + "".join(w[:1].upper() + w[1:] for w in rest)


def _opaque(pos: int, rng: random.Random) -> str:
    n = pos + 1
    return rng.choice((f"col_{n}", f"字段{n}", f"F{n:02d}", f"field{n}", f"c{n:02d}", f"列{n}"))


def render(
    col: Col, mode: str, opaque: bool, pos: int, rng: random.Random, key: str
) -> tuple[str, str]:
    """The header of ``col`` in a variant's ``mode`` and the style label it is counted under."""
    zh, en, py, gen, gold = col
    if opaque and (gold == "-" or gen in _OPAQUE_GENS) and gen != "seq" and rng.random() < 0.4:
        return _opaque(pos, rng), "opaque"
    if mode == "zh":
        return zh, style_of(zh)
    if mode == "zhc":
        alt = COLLOQ.get(zh)
        return (alt, "zh_colloquial") if alt else (zh, style_of(zh))
    if mode == "tw":
        return zh.translate(TW), style_of(zh)
    if mode == "camel":
        head = _camel(en)
        return head, "camel" if head != en else style_of(head)
    if mode == "caps":
        return en.upper(), "caps"
    if mode == "title":
        head = en.replace("_", " ").title()
        return head, "title"
    if mode == "py":
        return (py, "pinyin_initials") if py and py != en else (en, style_of(en))
    if mode == "pyfull":
        full = PYFULL.get(zh)
        if full:
            return full, "pinyin_full"
        return (py, "pinyin_initials") if py and py != en else (en, style_of(en))
    if mode == "vendor":
        prefix = _VENDOR[sum(map(ord, key)) % len(_VENDOR)]
        return prefix + en, "vendor"
    if mode == "mixed":
        return f"{zh}({en.upper()})", "mixed"
    return en, style_of(en)
