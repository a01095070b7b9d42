"""Bad profiles get one clear error naming the field; the CLI always states the as-of date."""

from __future__ import annotations

import contextlib
import json
from importlib import resources
from pathlib import Path

import pytest
import typer
import yaml
from hypothesis import given, settings
from hypothesis import strategies as st
from typer.testing import CliRunner

from piplkit.assess.rules import ProfileError, parse_profile, profile_from_data
from piplkit.faces.cli import assess_cmd

SAMPLES = resources.files("piplkit.discover.samples").joinpath("profiles")
EXAMPLE = SAMPLES.joinpath("example.yaml").read_text("utf-8")


def _app() -> typer.Typer:
    app = typer.Typer()
    assess_cmd.register(app)

    @app.callback()
    def _root() -> None:  # keeps "assess" a sub-command, as in the real app
        pass

    return app


def _data() -> dict:
    return yaml.safe_load(EXAMPLE)


def test_issue_example_parses_as_written() -> None:
    p = parse_profile(EXAMPLE)
    assert p.handler.individuals_processed == 250_000
    assert p.transfers[0].volumes[1].individuals == 50_000


@pytest.mark.parametrize(
    ("mutate", "field", "fragment"),
    [
        (
            lambda d: d["handler"].pop("individuals_processed"),
            "handler.individuals_processed",
            "missing",
        ),
        (lambda d: d["handler"].update(ciio="no"), "handler.ciio", "boolean"),
        (
            lambda d: d["handler"].update(individuals_processed="many"),
            "handler.individuals_processed",
            "integer",
        ),
        (
            lambda d: d["transfers"][0]["volumes"][0].update(individuals=-5),
            "transfers[0].volumes[0].individuals",
            "-5",
        ),
        (
            lambda d: d["transfers"][0].update(purpose="marketing"),
            "transfers[0].purpose",
            "marketing",
        ),
        (
            lambda d: d["transfers"][0]["volumes"][0].update(year=2020),
            "transfers[0].volumes[0].year",
            "before PIPL",
        ),
        (
            lambda d: d["transfers"][0].update(contract_effective_on="2021-01-01"),
            "transfers[0].contract_effective_on",
            "before PIPL",
        ),
        (
            lambda d: d["transfers"][0]["volumes"][0].update(sensitive_individuals=70_000),
            "transfers[0].volumes[0]",
            "cannot exceed",
        ),
        (
            lambda d: d["transfers"][0]["recipient"].update(country="Germany"),
            "transfers[0].recipient.country",
            "Germany",
        ),
        (lambda d: d["handler"].update(ciiio=True), "handler.ciiio", "unknown field"),
    ],
)
def test_bad_profile_names_the_field(mutate, field: str, fragment: str) -> None:
    data = _data()
    mutate(data)
    with pytest.raises(ProfileError) as err:
        profile_from_data(data)
    assert err.value.field == field
    assert fragment in str(err.value)


@settings(max_examples=60, deadline=None)
@given(
    st.recursive(
        st.none() | st.booleans() | st.integers() | st.text(max_size=5),
        lambda inner: (
            st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=8), inner, max_size=3)
        ),
        max_leaves=10,
    )
)
def test_arbitrary_data_gives_profile_error_not_crash(data) -> None:
    with contextlib.suppress(ProfileError):
        profile_from_data(data)


def test_cli_table_states_as_of(tmp_path: Path) -> None:
    f = tmp_path / "p.yaml"
    f.write_text(EXAMPLE, encoding="utf-8")
    res = CliRunner().invoke(_app(), ["assess", str(f), "--as-of", "2024-03-21"])
    assert res.exit_code == 0, res.output
    assert "as of 2024-03-21" in res.output
    assert "security assessment" in res.output


def test_cli_json_shape_and_diff(tmp_path: Path) -> None:
    f = tmp_path / "p.json"
    f.write_text(json.dumps(_data()), encoding="utf-8")
    res = CliRunner().invoke(
        _app(),
        [
            "assess",
            str(f),
            "--as-of",
            "2024-03-22",
            "--format",
            "json",
            "--diff-against",
            "2024-03-21",
        ],
    )
    assert res.exit_code == 0, res.output
    out = json.loads(res.output)
    assert out["as_of"] == "2024-03-22"
    assert {"as_of", "handler", "transfers", "obligations", "unverified"} <= out.keys()
    t = out["transfers"][0]
    assert {"name", "route", "citations", "reasons", "deadlines"} <= t.keys()
    assert t["route"] == "exempt"
    assert out["diff"]["routes_changed"][0]["from"] == "security_assessment"


def test_cli_markdown_with_explain(tmp_path: Path) -> None:
    f = tmp_path / "p.yaml"
    f.write_text(SAMPLES.joinpath("retail_platform.yaml").read_text("utf-8"), encoding="utf-8")
    res = CliRunner().invoke(
        _app(), ["assess", str(f), "--as-of", "2025-12-01", "--format", "md", "--explain"]
    )
    assert res.exit_code == 0, res.output
    assert "**As of:** 2025-12-01" in res.output
    assert "## Rule trace" in res.output and "## Unverified" in res.output


@pytest.mark.parametrize(
    ("args", "fragment"),
    [
        (["--as-of", "2021-10-31"], "--as-of: 2021-10-31 is before PIPL"),
        (["--as-of", "31/12/2024"], "not a date"),
        (["--as-of", "2024-01-01", "--diff-against", "2020-01-01"], "--diff-against"),
    ],
)
def test_cli_bad_dates(tmp_path: Path, args: list[str], fragment: str) -> None:
    f = tmp_path / "p.yaml"
    f.write_text(EXAMPLE, encoding="utf-8")
    res = CliRunner().invoke(_app(), ["assess", str(f), *args])
    assert res.exit_code == 2
    assert fragment in res.output
    assert "Traceback" not in res.output


def test_cli_bad_profile_one_line(tmp_path: Path) -> None:
    f = tmp_path / "p.yaml"
    f.write_text(EXAMPLE.replace("60000", "-60000"), encoding="utf-8")
    res = CliRunner().invoke(_app(), ["assess", str(f)])
    assert res.exit_code == 2
    assert "transfers[0].volumes[0].individuals" in res.output
    assert "Traceback" not in res.output
    g = tmp_path / "broken.yaml"
    g.write_text("handler: [unclosed", encoding="utf-8")
    res = CliRunner().invoke(_app(), ["assess", str(g)])
    assert res.exit_code == 2 and "not valid YAML" in res.output


def test_all_samples_evaluate() -> None:
    from piplkit.assess.rules import evaluate

    for name in ("example.yaml", "retail_platform.yaml", "small_exporter.json"):
        text = SAMPLES.joinpath(name).read_text("utf-8")
        p = parse_profile(text, "json" if name.endswith(".json") else "yaml")
        assert evaluate(p).transfers
