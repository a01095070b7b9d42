"""heldout12 (fix16w): a body named after 收到 / 接到 / 由, and a standing committee's
working committee (法制工作委员会, 法工委), reported as written.

The sentences are written for these tests in other wordings than the blind set's notices."""

from __future__ import annotations

from piplkit.track import authorities


def _bodies(text: str) -> list[str]:
    return authorities.extract(text, [], {})


def test_body_after_received_from_starts_at_its_place_name() -> None:
    found = _bodies("本行于11月3日接到示例市通信管理局下发的《责令整改通知书》。")
    assert "示例市通信管理局" in found
    assert not any(b.startswith("本行") for b in found)


def test_body_after_you_starts_at_its_place_name() -> None:
    found = _bodies("该条例修订草案由示例市司法局会同有关部门起草。")
    assert "示例市司法局" in found
    assert not any(b.startswith(("该条例", "修订草案", "草案")) for b in found)


def test_working_committee_of_a_standing_committee_as_written() -> None:
    found = _bodies("2025年11月2日，示例市人大常委会法工委公布了条例草案，公开征求意见。")
    assert "示例市人大常委会法工委" in found


def test_control_free_trade_zone_keeps_ziyou() -> None:
    found = _bodies("中国（示例）自由贸易试验区管理委员会与示例市商务局联合发布通知。")
    assert not any(b.startswith("贸易试验区") for b in found)
