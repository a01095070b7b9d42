"""Every count the web UI shows has thousands separators, in both languages (issue 19, item 10):
labels with a count (``共 12,345 项``), dashboard cards, list cells, a dataset's rows and
matches, the RoPA preview."""

from __future__ import annotations

import re

from tests.api.helpers import Served

from piplkit.map.register import repository as repo
from piplkit.platform.service.i18n import count, translate


def test_labels_format_the_counts_they_are_given() -> None:
    assert translate("en", "common.total", n=12_345) == "12,345 in total"
    assert translate("zh", "common.total", n=12_345) == "共 12,345 项"
    assert translate("en", "alerts.days_late", n=3) == "3 day(s) late"
    assert translate("en", "inc.hours_late", h=1234.5).startswith("1,234.5")
    assert count(True) is True and count("2026") == "2026" and count(1_000_000) == "1,000,000"


def test_pages_show_counts_with_separators(web: Served) -> None:
    with web.reg.write("test") as s:
        repo.datasets.update(s, "members", {"rows": 1_234_567})
    web.sign_in("viewer")
    activities = web.client.get("/activities")
    assert activities.status_code == 200
    assert "120,000" in activities.text and "120000" not in activities.text
    datasets = web.client.get("/datasets")
    assert "1,234,567" in datasets.text and "1234567" not in datasets.text
    dataset = web.client.get("/datasets/view", params={"name": "members"})
    assert dataset.status_code == 200
    assert "1,234,567" in dataset.text and "1234567" not in dataset.text
    ropa = web.client.get("/ropa")
    assert ropa.status_code == 200
    assert "120,000" in ropa.text and not re.search(r">120000<", ropa.text)
