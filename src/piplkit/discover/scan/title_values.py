"""Values that show a column under a position word holds no title a person holds (issue 11,
set 9).

Under a header naming a position (``position``, ``post``, 岗位) almost any short text fits the
job-title profile's loose shape, so the values must say what kind of position it is. Two kinds
are no title a person holds: a team's playing positions (前锋, 守门员, 二传; set 9's choice 9
makes a club member's playing position not PI) and the place a volunteer or a steward is posted
at (补给站, 终点, 医疗点, 儿科游戏区). A column judged ``job_title`` by that loose shape alone whose
values are mostly of these kinds is not ``job_title``; a title word (经理, 护士) is never one of
them, so a staff list keeps its titles.
"""

from __future__ import annotations

import re

from piplkit.discover.scan.analysis import values_share
from piplkit.discover.scan.profiles import ProfileTable
from piplkit.discover.scan.tables import Row

#: Playing positions of team sports (football, basketball, volleyball, ice hockey, rugby,
#: baseball), Chinese and English.
_PLAYING = re.compile(
    r"(?:左|右|中|小|大)?(?:前锋|中锋|边锋|后卫|中卫|边卫|前卫|后腰|中场|守门员|门将|二传|主攻|副攻|接应|"
    r"自由人|投手|捕手|游击手|控球后卫|得分后卫|分卫|控卫|外野手|内野手|一垒手|二垒手|三垒手|钩球|支柱|"
    r"锁球|侧翼|接锋|传锋|翼锋|中卫锋|殿卫)"
    # (set 11) an esports team's lanes and roles (上单, 打野, 辅助; top, jungle, support)
    r"|(?:上单|中单|下路|打野|射手|辅助|游走|对抗路|发育路|边路)"
    r"|(?i:top|mid|jungle|jungler|adc|bot|carry|support|supp|offlane|roamer)"
    r"|(?i:goalkeeper|goalie|striker|midfielder|winger|defender|forward|fullback|full back|"
    r"pitcher|catcher|shortstop|setter|libero|hooker|prop|lock|flanker|fly-half|scrum-half)"
)
#: A place one is posted at: ends in a word of a point, a station or an area (补给站, 终点,
#: 医疗点, 儿科游戏区, 服务台, 东门).
_PLACE = re.compile(r"[\u4e00-\u9fffA-Za-z0-9]{0,8}(?:站|点|区|处|台|口|门|场|岗亭)")
#: Share of a column's values that must be playing positions or places.
_SHARE = 0.8


def placed_or_playing(rows: list[Row], index: int, profiles: ProfileTable) -> bool:
    """Whether most values of a column are a team's playing positions or places one is posted
    at, not titles."""
    return values_share(rows, index, profiles, _placed_or_playing_value, _SHARE)


def _placed_or_playing_value(value: str) -> bool:
    return bool(_PLAYING.fullmatch(value) or _PLACE.fullmatch(value))
