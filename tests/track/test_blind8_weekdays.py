"""heldout8's relative weekdays (issue 16, branch fix16m): 本周X and 上周X name a day of the
document's week or of the week before, whatever weekday the document is dated; a weekly
issue's span "2025年11月17日—11月21日" (the month written again) ends on its last day."""

from __future__ import annotations

import datetime as dt

from piplkit.track.weekdays import range_end, weekday_date

#: a Thursday
THU = dt.date(2025, 10, 16)


def test_this_and_last_weeks_days() -> None:
    assert weekday_date("本周一，某市网信办约谈两家平台。", THU) == "2025-10-13"
    assert weekday_date("上周三，某省通信管理局通报6款App。", THU) == "2025-10-08"
    assert weekday_date("上周五，法院审结一起案件。", THU) == "2025-10-10"


def test_control_a_bare_weekday_is_the_latest_such_day() -> None:
    assert weekday_date("周二，某局发布指引。", THU) == "2025-10-14"
    assert weekday_date("The CAC on Friday fined an app.", THU) == "2025-10-10"
    assert weekday_date("every Monday", THU) is None


def test_a_span_with_its_month_written_again() -> None:
    assert range_end("2025年10月13日—10月17日 整理：编辑部") == dt.date(2025, 10, 17)
    assert range_end("2025年9月29日至10月3日") == dt.date(2025, 10, 3)
    # control: the span without the month again, and an English span
    assert range_end("2025年10月13日—17日") == dt.date(2025, 10, 17)
    assert range_end("(13–17 October 2025)") == dt.date(2025, 10, 17)
