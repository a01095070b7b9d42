"""Person names and postal addresses, the two free-text PI types.

Names come from Faker zh_CN (plus compound surnames, which Faker rarely produces). Addresses are
built from real province/city/district triples with generated streets and building details, in
the shapes found in forms and chat: full, without province, district-first, rural, and Faker's
own random (not geographically consistent) combinations, estate-only addresses without a road,
and road junctions.
"""

from __future__ import annotations

import random

from faker import Faker

_COMPOUND_SURNAMES = (
    "欧阳",
    "司马",
    "诸葛",
    "上官",
    "东方",
    "皇甫",
    "慕容",
    "令狐",
    "夏侯",
    "尉迟",
)

_URBAN = (
    ("北京市", "北京市", "朝阳区"),
    ("北京市", "北京市", "海淀区"),
    ("上海市", "上海市", "浦东新区"),
    ("上海市", "上海市", "徐汇区"),
    ("天津市", "天津市", "南开区"),
    ("重庆市", "重庆市", "渝中区"),
    ("广东省", "广州市", "天河区"),
    ("广东省", "深圳市", "南山区"),
    ("广东省", "深圳市", "福田区"),
    ("浙江省", "杭州市", "西湖区"),
    ("浙江省", "宁波市", "鄞州区"),
    ("江苏省", "南京市", "鼓楼区"),
    ("江苏省", "苏州市", "姑苏区"),
    ("四川省", "成都市", "武侯区"),
    ("湖北省", "武汉市", "洪山区"),
    ("湖南省", "长沙市", "岳麓区"),
    ("陕西省", "西安市", "雁塔区"),
    ("山东省", "济南市", "历下区"),
    ("山东省", "青岛市", "市南区"),
    ("河南省", "郑州市", "金水区"),
    ("河北省", "石家庄市", "长安区"),
    ("福建省", "福州市", "鼓楼区"),
    ("福建省", "厦门市", "思明区"),
    ("辽宁省", "沈阳市", "和平区"),
    ("辽宁省", "大连市", "中山区"),
    ("吉林省", "长春市", "朝阳区"),
    ("黑龙江省", "哈尔滨市", "南岗区"),
    ("安徽省", "合肥市", "蜀山区"),
    ("江西省", "南昌市", "东湖区"),
    ("云南省", "昆明市", "五华区"),
    ("贵州省", "贵阳市", "云岩区"),
    ("广西壮族自治区", "南宁市", "青秀区"),
    ("山西省", "太原市", "小店区"),
    ("甘肃省", "兰州市", "城关区"),
    ("新疆维吾尔自治区", "乌鲁木齐市", "天山区"),
    ("内蒙古自治区", "呼和浩特市", "新城区"),
    ("海南省", "海口市", "美兰区"),
    ("宁夏回族自治区", "银川市", "兴庆区"),
    ("青海省", "西宁市", "城西区"),
    ("西藏自治区", "拉萨市", "城关区"),
    ("江苏省", "无锡市", "梁溪区"),
    ("浙江省", "温州市", "鹿城区"),
    ("广东省", "佛山市", "顺德区"),
    ("湖北省", "宜昌市", "西陵区"),
    ("四川省", "绵阳市", "涪城区"),
    ("山东省", "烟台市", "芝罘区"),
)
_RURAL = (
    ("河南省", "周口市", "太康县"),
    ("湖南省", "邵阳市", "隆回县"),
    ("四川省", "南充市", "仪陇县"),
    ("安徽省", "阜阳市", "临泉县"),
    ("江西省", "赣州市", "于都县"),
    ("河北省", "保定市", "涞源县"),
    ("山东省", "菏泽市", "曹县"),
    ("广西壮族自治区", "桂林市", "阳朔县"),
    ("云南省", "大理白族自治州", "宾川县"),
    ("甘肃省", "天水市", "秦安县"),
)
_MUNICIPALITIES = {"北京市", "上海市", "天津市", "重庆市"}
_ROAD_WORDS = (
    "建设",
    "人民",
    "解放",
    "中山",
    "文化",
    "和平",
    "新华",
    "光明",
    "长江",
    "黄河",
    "东风",
    "胜利",
    "科技",
    "学府",
    "滨江",
    "湖滨",
    "朝阳",
    "青年",
    "工业",
    "振兴",
)
_ROAD_SUFFIXES = ("路", "路", "街", "大道", "东路", "西路", "南街", "北路", "巷")
_ESTATE_WORDS = (
    "锦绣",
    "阳光",
    "翠苑",
    "华府",
    "金地",
    "碧水",
    "龙湖",
    "世纪",
    "幸福",
    "紫荆",
    "怡景",
    "康城",
    "御景",
    "春华",
    "书香",
)
_ESTATE_SUFFIXES = ("花园", "家园", "小区", "新村", "公寓", "嘉园", "名苑", "华庭")
_TOWN_WORDS = ("城关", "新集", "高桥", "石门", "太平", "龙泉", "长岭", "白沙", "黄土", "清水")
_VILLAGE_WORDS = ("王庄", "李家", "张湾", "大柳树", "前进", "红旗", "后沟", "东营", "杏花", "南坡")


def person_name(rng: random.Random, fake: Faker) -> tuple[str, str]:
    if rng.random() < 0.06:
        return rng.choice(_COMPOUND_SURNAMES) + fake.first_name(), "compound_surname"
    name = fake.name()
    return name, f"len{len(name)}"


def _street(rng: random.Random, fake: Faker) -> str:
    road = fake.street_name() if rng.random() < 0.3 else _road(rng)
    return f"{road}{rng.randint(1, 999)}号"


def _detail(rng: random.Random) -> str:
    shape = rng.randrange(5)
    if shape == 0:
        return ""
    if shape == 1:
        estate = rng.choice(_ESTATE_WORDS) + rng.choice(_ESTATE_SUFFIXES)
        return f"{estate}{rng.randint(1, 30)}栋{rng.randint(1, 4)}单元{rng.randint(101, 2804)}室"
    if shape == 2:
        return f"{rng.randint(1, 20)}号楼{rng.randint(1, 6)}单元{rng.randint(101, 1802)}"
    if shape == 3:
        return f"{rng.randint(1, 40)}弄{rng.randint(1, 60)}号{rng.randint(101, 2402)}室"
    return f"{rng.choice(_ESTATE_WORDS)}大厦{rng.choice('ABCD')}座{rng.randint(2, 35)}楼"


def _road(rng: random.Random) -> str:
    return rng.choice(_ROAD_WORDS) + rng.choice(_ROAD_SUFFIXES)


def address(rng: random.Random, fake: Faker) -> tuple[str, str]:
    variant = rng.choices(
        ("full", "no_province", "district_first", "rural", "random_combo", "estate", "crossing"),
        weights=(0.3, 0.17, 0.13, 0.13, 0.12, 0.1, 0.05),
    )[0]
    if variant == "random_combo":
        text = fake.province() + fake.city() + fake.district() + "区" + _street(rng, fake)
        return text, variant
    if variant == "rural":
        prov, city, county = rng.choice(_RURAL)
        town = rng.choice(_TOWN_WORDS) + rng.choice(("镇", "乡"))
        village = rng.choice(_VILLAGE_WORDS) + "村"
        group = f"{rng.randint(1, 12)}组" if rng.random() < 0.6 else f"{rng.randint(1, 200)}号"
        head = prov + city if rng.random() < 0.6 else city
        return head + county + town + village + group, variant
    prov, city, district = rng.choice(_URBAN)
    if variant == "estate":  # no road: estate name, building, unit, room
        estate = rng.choice(_ESTATE_WORDS) + rng.choice(_ESTATE_SUFFIXES)
        room = f"{rng.randint(1, 30)}栋{rng.randint(1, 4)}单元{rng.randint(101, 2804)}室"
        return (city if rng.random() < 0.5 else "") + district + estate + room, variant
    if variant == "crossing":  # a junction, as in shop and delivery addresses
        corner = rng.choice(("东北角", "西南角", "东侧", "北侧"))
        return city + district + _road(rng) + "与" + _road(rng) + "交叉口" + corner, variant
    tail = district + _street(rng, fake) + _detail(rng)
    if variant == "district_first":
        return tail, variant
    if variant == "no_province" or prov in _MUNICIPALITIES:
        return city + tail, variant
    return prov + city + tail, variant
