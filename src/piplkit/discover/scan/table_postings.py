"""The unit a worker is posted to or builds for, in a register of persons (issue 11, set 21).

A security company's guard roster names the client site each guard is posted to (派驻单位:
市第一人民医院, 万达广场（城南店）), a building site's roster the subcontractor each worker
belongs to (参建单位), a dispatch agency's roster the client company a worker is placed with
(``client_company``, ``assigned_client``). Like the host company of labour dispatch (用工单位, a
header word of ``employer`` already), that is where the person works: ``employer`` (the
conventions' 工作单位 row; set 21's choices 5, 6 and 8). The units are often no companies by name
(a school, a hospital, a plaza), so the employer profile's loose shape decides, and only in a
roster of workers: another column shows the table records persons, another holds their post or
pay (``job_title``, ``income``), and none names their employer already. A list of client sites
is no one's; a screening agency's report names the candidate's last employer and, under
``client_company``, the company that ordered the check (set 8): the other party.
"""

from __future__ import annotations

from piplkit.discover.scan.analysis import clean
from piplkit.discover.scan.columns import ColumnStats, Decision
from piplkit.discover.scan.header_words import contains
from piplkit.discover.scan.hints import key_of, normalise_header
from piplkit.discover.scan.own_names import own_name_decision
from piplkit.discover.scan.profiles import ProfileTable
from piplkit.discover.scan.region_values import regions_only
from piplkit.discover.scan.table_context import records_persons
from piplkit.discover.scan.tables import Row

#: Header words of the unit a person is posted to, placed with or builds for.
POSTING_WORDS = ("派驻单位", "驻勤单位", "派驻公司", "派驻项目单位", "驻点单位", "参建单位",
                 "分包单位", "劳务分包单位", "paizhudanwei", "canjiandanwei", "clientcompany",
                 "assignedclient", "assignedcompany", "assignedsite", "postedto",
                 "placementcompany")  # fmt: skip
#: Types of a worker's post or pay: a column of one makes a register of persons a roster.
WORKER_TYPES = frozenset({"job_title", "income"})
#: Share of the non-empty values that must fit the employer profile.
_SHARE = 0.8


def apply_posting_rules(
    rows: list[Row], stats: list[ColumnStats], decisions: list[Decision], profiles: ProfileTable
) -> None:
    """Type as ``employer``, in place, an untyped column of posted-to units in a register of
    persons (module docstring)."""
    profile = profiles.get("employer")
    if profile is None:
        return
    for i, d in enumerate(decisions):
        if d.pi_type is not None:
            continue
        key = key_of(stats[i].name)
        if not any(contains(key, normalise_header(w)) for w in POSTING_WORDS):
            continue
        if not _roster(decisions, i) or regions_only(rows, i, profiles):
            continue
        values = [v for row in rows if (v := clean(row[i])) and not profiles.is_null(v)]
        if values and sum(1 for v in values if profile.fits(v)) >= _SHARE * len(values):
            decisions[i] = own_name_decision(d, stats[i], "employer")


def _roster(decisions: list[Decision], index: int) -> bool:
    """Whether the table is a roster of workers that names no employer but in column
    ``index`` (module docstring)."""
    others = [d.pi_type for i, d in enumerate(decisions) if i != index]
    return (
        records_persons(decisions, skip=index)
        and any(t in WORKER_TYPES for t in others)
        and "employer" not in others
    )
