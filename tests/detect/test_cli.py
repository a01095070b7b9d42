"""``piplkit detect``: one JSON line out per line in, in order, errors per line, no raw values."""

from __future__ import annotations

import json
from pathlib import Path

from typer.testing import CliRunner

from piplkit.faces.cli.app import build_app

RUNNER = CliRunner()
APP = build_app(("detect_cmd",))
MOBILE = "13812345678"
ID18 = "110105201506010024"  # synthetic, born 2015-06-01: a minor on 2026-11-25


def _run(*args: str, stdin: str | None = None) -> tuple[int, list[dict], str]:
    result = RUNNER.invoke(APP, ["detect", *args], input=stdin)
    lines = [json.loads(x) for x in result.stdout.splitlines() if x.startswith("{")]
    return result.exit_code, lines, result.stderr


def test_text_lines_from_stdin() -> None:
    text = f"联系人：王芳，手机{MOBILE}\n\n身份证号{ID18}\n"
    code, lines, err = _run("-", "--as-of", "2026-11-25", stdin=text)
    assert code == 0
    assert len(lines) == 3  # the empty line too
    assert [f["type"] for f in lines[0]["findings"]] == ["person_name", "cn_mobile"]
    assert lines[1] == {"findings": []}
    [rid] = lines[2]["findings"]
    assert rid["type"] == "cn_resident_id" and rid["minor"] is True and rid["age"] == 11
    assert (rid["start"], rid["end"]) == (4, 22)
    everything = json.dumps(lines, ensure_ascii=False) + err
    assert MOBILE not in everything and ID18 not in everything
    assert "evaluated as of 2026-11-25" in err


def test_jsonl_field_with_bad_lines(tmp_path: Path) -> None:
    source = tmp_path / "in.jsonl"
    source.write_bytes(
        b'{"text": "\\u624b\\u673a13812345678"}\nnot json\n{"other": 1}\n{"text": 5}\n\xff\xfe\n'
    )
    code, lines, err = _run(str(source), "--field", "text")
    assert code == 0
    assert [f["type"] for f in lines[0]["findings"]] == ["cn_mobile"]
    assert [x.get("error", "") for x in lines[1:]] == [
        "line 2: invalid JSON at column 1",
        "line 3: field 'text' is missing",
        "line 4: field 'text' is not a string",
        "line 5: not valid UTF-8",
    ]
    assert "4 unreadable lines" in err


def test_jobs_keep_order_and_results(tmp_path: Path) -> None:
    rows = [f"第{i}行，手机1381234{i:04d}，邮箱u{i}@example.cn" for i in range(700)]
    source = tmp_path / "many.txt"
    source.write_bytes(
        b"\n".join(r.encode("utf-8") if i != 350 else b"\xff" for i, r in enumerate(rows)) + b"\n"
    )
    code1, one, _ = _run(str(source), "--types", "cn_mobile,email")
    code2, many, err = _run(str(source), "--types", "cn_mobile,email", "--jobs", "2")
    assert code1 == code2 == 0
    assert many == one and len(many) == 700
    assert many[350]["error"] == "line 351: not valid UTF-8"
    assert "700 lines" in err


def test_prose_rules_apply_to_lines_unless_cells(tmp_path: Path) -> None:
    """A place that starts an organisation's name is a region in a sentence (under the default
    threshold); with ``--cells`` each line is a value and the sentence rules do not run. Worker
    processes (``--jobs 2``) judge the same way."""
    source = tmp_path / "lines.txt"
    source.write_text("湖北省武汉市人民政府发布通知。\n" * 3, encoding="utf-8")
    args = (str(source), "--types", "address")
    _, prose, _ = _run(*args)
    _, prose_jobs, _ = _run(*args, "--jobs", "2")
    _, cells, _ = _run(*args, "--cells")
    assert prose == prose_jobs == [{"findings": []}] * 3
    assert [[f["type"] for f in line["findings"]] for line in cells] == [["address"]] * 3


def test_unknown_type_is_one_clear_error() -> None:
    code, _, err = _run("-", "--types", "cn_mobile,shoe_size", stdin="x\n")
    assert code != 0 and "shoe_size" in err


def test_the_allocator_setting_is_harmless_to_repeat() -> None:
    """``piplkit detect`` fixes glibc's mmap and trim thresholds (``keep_large_blocks``): setting
    them again, or on a system without glibc, must neither fail nor change what is found."""
    from piplkit.faces.cli.detect_cmd import keep_large_blocks

    keep_large_blocks()
    keep_large_blocks()
    app = build_app(("detect_cmd",))
    result = CliRunner().invoke(app, ["detect", "-"], input="手机13812345678\n")
    assert result.exit_code == 0
    found = json.loads(result.stdout.splitlines()[0])["findings"]
    assert [f["type"] for f in found] == ["cn_mobile"]
