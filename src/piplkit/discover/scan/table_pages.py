"""Table rule for the page a user opened, in an app's or a site's event export (issue 11, set 17).

A bare ``url`` or 链接 names no person: a shop's product links and a campaign's landing pages
are the business's own (set 6's Landing Page, set 9's landing_url are ``None``). An analytics
export (神策, GrowingIO, a data warehouse's event table) records one user's events a row, with
the device that sent them; there the page URL of each event is where that user went, their
``browsing_history`` (set 17's ``$url`` and 页面地址 beside ``$device_id``; the catalogue's
访问页面). The rule asks for both: a URL or page header over web addresses, and a device
identifier the values prove in another column.
"""

from __future__ import annotations

from piplkit.discover.scan.analysis import values_share
from piplkit.discover.scan.columns import ColumnStats, Decision
from piplkit.discover.scan.hints import key_of, normalise_header
from piplkit.discover.scan.own_names import own_name_decision
from piplkit.discover.scan.profiles import ProfileTable
from piplkit.discover.scan.table_context import FIRM
from piplkit.discover.scan.tables import Row

#: Headers (normalised, after a leading ``$`` of an analytics tool's preset properties) that
#: name a page or a link without saying whose.
_PAGE_HEADERS = frozenset(
    normalise_header(w)
    for w in ("url", "uri", "link", "href", "page", "pagelink", "pagepath", "currenturl",
              "current_url", "screen_url", "页面", "页面地址", "页面链接", "页面url", "页面路径",
              "链接", "网址", "链接地址", "当前页面", "访问地址")
)  # fmt: skip
#: Identifiers of the device that sent an event.
_DEVICE_TYPES = frozenset({"device_id", "imei", "mac_address"})
#: Share of a column's values that must be web addresses with a path.
_SHARE = 0.8


def apply_page_rules(
    rows: list[Row], stats: list[ColumnStats], decisions: list[Decision], profiles: ProfileTable
) -> None:
    """Decide again, in place, a page-URL column of a table of a device's events."""
    if not any(
        d.pi_type in _DEVICE_TYPES and d.evidence is not None and d.evidence.values in FIRM
        for d in decisions
    ):
        return
    profile = profiles.get("browsing_history")
    if profile is None:
        return
    for i, d in enumerate(decisions):
        if d.pi_type is not None or key_of(stats[i].name.lstrip("$")).text not in _PAGE_HEADERS:
            continue
        if values_share(rows, i, profiles, profile.is_strong, _SHARE):
            decisions[i] = own_name_decision(d, stats[i], "browsing_history")
