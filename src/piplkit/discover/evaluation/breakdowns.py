"""A held-out set's own breakdowns on top of the scorer's: by file layout (title lines, merged
group cells, totals row, and for some sets several sheets), by value variant (masked, messy,
clean), by whether the table holds PI at all (where a set asks), by gold kind, and the list of
non-PI columns reported as PI. Errors are named by file, sheet and header only, never by a cell
value.

Sets 5 to 8 had near copies of this; each now only says how its generators are named
(:data:`SET_5` ... :data:`SET_21`).
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any


@dataclass(frozen=True)
class SetBreakdowns:
    """How one set's breakdowns are tallied and printed."""

    #: The set's name in the printed heading ("Set 5").
    name: str
    #: Generators of messy writings (Excel, full-width, mixed spellings, typed numbers).
    messy: frozenset[str]
    #: How the messy variant is named in the tallies.
    messy_label: str = "messy"
    #: Generators of masked values, by name ...
    masked: frozenset[str] = frozenset()
    #: ... or by the suffix every such generator's name ends with.
    masked_suffix: str | None = None
    #: Generators that write numbers as typed cells of a workbook (a variant of their own).
    typed: frozenset[str] = frozenset()
    #: How the typed variant is named in the tallies.
    typed_label: str = "typed as numbers in a workbook"
    #: Whether a file with several sheets is a layout of its own.
    sheets: bool = False
    #: Whether tables are also tallied by whether they hold PI (``has_pi`` in the manifest).
    table_kind: bool = False
    #: Width of the key column in the printed tallies.
    width: int = 28

    def variant(self, gen: str) -> str:
        if gen in self.masked or (
            self.masked_suffix is not None and gen.endswith(self.masked_suffix)
        ):
            return "masked"
        if gen in self.messy:
            return self.messy_label
        if gen in self.typed:
            return self.typed_label
        return "clean"

    def layout(self, table: dict[str, Any], multi_sheet: set[str]) -> str:
        parts = []
        if table.get("merged_groups"):
            parts.append("merged header cells")
        elif table.get("title_rows"):
            parts.append("title rows")
        if table.get("totals_row"):
            parts.append("totals row")
        if self.sheets and table["file"] in multi_sheet:
            parts.append("several sheets")
        return " + ".join(parts) or "plain"

    @property
    def axes(self) -> tuple[str, ...]:
        kind = ("table kind",) if self.table_kind else ()
        return ("layout", "variant", *kind, "gold kind")

    def breakdowns(
        self, manifest: dict[str, Any], report: dict[str, Any], is_pi: Callable[[str | None], bool]
    ) -> dict[str, Any]:
        """Right/total per axis; the non-PI columns reported as PI."""
        wrong = {(e["file"], e.get("sheet"), e["column"]) for e in report.get("errors", [])
                 if e.get("problem") == "type"}  # fmt: skip
        sheets = Counter(t["file"] for t in manifest["tables"] if t.get("sheet"))
        multi = {f for f, n in sheets.items() if n > 1}
        tallies: dict[str, dict[str, Counter[str]]] = defaultdict(lambda: defaultdict(Counter))
        for table in manifest["tables"]:
            for col in table["columns"]:
                ok = (table["file"], table["sheet"], col["header"]) not in wrong
                keys = {
                    "layout": self.layout(table, multi),
                    "variant": self.variant(col.get("generator", "")),
                    "table kind": "table with PI"
                    if table.get("has_pi", True)
                    else "table without PI",
                    "gold kind": "PI" if is_pi(col["gold"]) else "not PI",
                }
                for axis in self.axes:
                    tallies[axis][keys[axis]]["columns"] += 1
                    tallies[axis][keys[axis]]["right"] += ok
        flagged = [
            {"file": e["file"], "sheet": e.get("sheet"), "column": e["column"],
             "predicted": e["predicted"]}
            for e in report.get("errors", [])
            if "gold" in e and not is_pi(e["gold"]) and is_pi(e.get("predicted"))
        ]  # fmt: skip
        out: dict[str, Any] = {
            axis: {k: dict(v) for k, v in sorted(by.items())} for axis, by in tallies.items()
        }
        out["non_pi_reported_as_pi"] = flagged
        return out

    def format_breakdowns(self, data: dict[str, Any]) -> str:
        lines = ["", f"{self.name} breakdowns (type right / columns):"]
        for axis in self.axes:
            lines.append(f"  by {axis}:")
            for key, c in data.get(axis, {}).items():
                lines.append(f"    {key:<{self.width}} {c['right']:>4} / {c['columns']:<4}")
        flagged = data.get("non_pi_reported_as_pi", [])
        lines.append(f"  non-PI columns reported as PI: {len(flagged)}")
        for e in flagged:
            where = e["file"] + (f" [{e['sheet']}]" if e["sheet"] else "")
            lines.append(f"    {where} [{e['column']}] -> {e['predicted']}")
        return "\n".join(lines)


#: Set 5 (``heldout5``): its masked and messy generators by name.
SET_5 = SetBreakdowns(
    name="Set 5",
    masked=frozenset({"name_masked", "mobile_masked", "rid_masked", "bank_card_masked"}),
    messy=frozenset({"mobile_messy", "rid_messy", "birth_mixed", "mixed_docs"}),
)

_SET_6_MESSY = frozenset({"rid_messy", "mobile_messy", "birth_mixed", "phone_mixed",
                         "rid_mixed_docs", "name_pinyin", "rid_xls", "mobile_int"})  # fmt: skip

#: Set 6 (``heldout6``): every ``*_masked`` generator; files of several sheets; tables without PI.
SET_6 = SetBreakdowns(
    name="Set 6",
    masked_suffix="_masked",
    messy=_SET_6_MESSY,
    messy_label="messy (Excel, full-width, mixed spellings, typed numbers)",
    sheets=True,
    table_kind=True,
    width=58,
)

#: Set 7 (``heldout7``): like set 6, and IDs, phones and QQ numbers typed as workbook numbers.
SET_7 = SetBreakdowns(
    name="Set 7",
    masked_suffix="_masked",
    messy=frozenset({"rid_messy", "mobile_messy", "birth_mixed", "name_pinyin", "disability_no"}),
    messy_label="messy (Excel E+17, full-width, +86, mixed spellings, pinyin)",
    typed=frozenset({"rid_int", "mobile_int", "qq_int"}),
    sheets=True,
    table_kind=True,
    width=62,
)

#: Set 8 (``heldout8``): like set 7; its messy makers and the IDs and phones it types as numbers.
SET_8 = SetBreakdowns(
    name="Set 8",
    masked_suffix="_masked",
    messy=frozenset(
        {"rid_messy", "mobile_messy", "birth_mixed", "name_pinyin", "rid_old", "phone_mixed"}
    ),
    messy_label="messy (full-width, spaced, +86, 15-digit IDs, mixed spellings, pinyin)",
    typed=frozenset({"rid_int", "mobile_int", "mobile_int_q"}),
    sheets=True,
    table_kind=True,
    width=62,
)

#: Set 9 (``heldout9``): like set 8; its messy makers and the IDs and phones it types as numbers.
SET_9 = SetBreakdowns(
    name="Set 9",
    masked_suffix="_masked",
    messy=frozenset(
        {
            "rid_messy",
            "mobile_messy",
            "birth_mixed",
            "name_pinyin",
            "name_mr",
            "rid_old",
            "phone_mixed",
        }
    ),
    messy_label="messy (spaced, full-width, +86, 15-digit IDs, mixed dates, pinyin, 王先生)",
    typed=frozenset({"rid_int", "mobile_int", "mobile_int_q"}),
    sheets=True,
    table_kind=True,
    width=62,
)

#: Set 10 (``heldout10``): like set 9; its messy makers, and the IDs, phones and Excel date
#: serials it types as numbers.
SET_10 = SetBreakdowns(
    name="Set 10",
    masked_suffix="_masked",
    messy=frozenset(
        {
            "rid_messy",
            "mobile_messy",
            "birth_mixed",
            "name_pinyin",
            "name_mr",
            "rid_old",
            "mobiles_two",
            "mobile_tail",
            "name_given",
        }
    ),
    messy_label="messy (spaced, full-width, +86, 15-digit IDs, two phones, 尾号, pinyin, 王先生)",
    typed=frozenset({"rid_int", "mobile_int", "birth_xl"}),
    sheets=True,
    table_kind=True,
    width=62,
)

#: Set 11 (``heldout11``): like set 10; its messy makers, and the IDs, phones and Excel date
#: serials it types as numbers.
SET_11 = SetBreakdowns(
    name="Set 11",
    masked_suffix="_masked",
    messy=frozenset({"rid_fw", "mobile_messy", "mobiles_two", "name_pinyin", "name_mr", "birth"}),
    messy_label="messy (full-width, +86, spaced, two phones, pinyin, 王先生, mixed dates)",
    typed=frozenset({"rid_int", "mobile_int", "birth_xl"}),
    sheets=True,
    table_kind=True,
    width=62,
)

#: Set 12 (``heldout12``): like set 11; its messy makers, and the phones and dates it types as
#: numbers in workbooks, Parquet and JSON Lines.
SET_12 = SetBreakdowns(
    name="Set 12",
    masked_suffix="_masked",
    messy=frozenset(
        {
            "rid_fw",
            "mobile_messy",
            "mobiles_two",
            "name_pinyin",
            "name_mr",
            "birth_mixed",
            "contacts_text",
        }
    ),
    messy_label="messy (full-width, +86, spaced, two phones, pinyin, 王先生, mixed dates)",
    typed=frozenset({"mobile_int", "birth_xl"}),
    sheets=True,
    table_kind=True,
    width=62,
)

#: Set 13 (``heldout13``): like set 12; its messy makers, and the phones and dates it types as
#: numbers in workbooks, Parquet and JSON Lines.
SET_13 = SetBreakdowns(
    name="Set 13",
    masked_suffix="_masked",
    messy=frozenset(
        {"rid_fw", "mobile_messy", "mobiles_two", "name_pinyin", "name_mr", "birth_cn"}
    ),
    messy_label="messy (full-width, +86, spaced, two phones, pinyin, 王先生, 年月日 dates)",
    typed=frozenset({"mobile_int", "birth_xl"}),
    sheets=True,
    table_kind=True,
    width=62,
)

#: Set 14 (``heldout14``): like set 13; its messy makers, and the phones and dates it types as
#: numbers in workbooks, Parquet and JSON Lines.
SET_14 = SetBreakdowns(
    name="Set 14",
    masked_suffix="_masked",
    messy=frozenset(
        {
            "rid_fw",
            "mobile_fw",
            "mobile_plus",
            "mobile_spaced",
            "mobiles_two",
            "name_pinyin",
            "name_mr",
            "birth_cn",
        }
    ),
    messy_label="messy (full-width, +86, spaced, two phones, pinyin, 王先生, 年月日 dates)",
    typed=frozenset({"mobile_int", "birth_xl"}),
    sheets=True,
    table_kind=True,
    width=62,
)

#: Set 15 (``heldout15``): its masked makers (``*_masked``, ``name_starred``), its messy makers,
#: and the phones, order numbers and dates it types as numbers in workbooks, Parquet and JSON Lines.
SET_15 = SetBreakdowns(
    name="Set 15",
    masked_suffix="_masked",
    masked=frozenset({"name_starred"}),
    messy=frozenset(
        {
            "rid_fw",
            "mobile_fw",
            "mobile_plus",
            "mobile_spaced",
            "mobile_trail",
            "mobiles_two",
            "name_pinyin",
            "name_mr",
            "birth_cn",
            "birth_slash",
        }
    ),
    messy_label="messy (full-width, +86, spaced, trailing spaces, two phones, pinyin, 王先生)",
    typed=frozenset({"mobile_int", "birth_xl", "order_phone_int"}),
    sheets=True,
    table_kind=True,
    width=62,
)

#: Set 16 (``heldout16``): its masked makers (``*_masked``, ``name_starred``, ``mobile_tail``),
#: its messy makers, and the phones, order numbers and dates it types as numbers in workbooks,
#: Parquet and JSON Lines.
SET_16 = SetBreakdowns(
    name="Set 16",
    masked_suffix="_masked",
    masked=frozenset({"name_starred", "mobile_tail"}),
    messy=frozenset(
        {
            "rid_fw",
            "mobile_fw",
            "mobile_plus",
            "mobile_spaced",
            "mobile_trail",
            "mobiles_two",
            "name_pinyin",
            "name_mr",
            "birth_cn",
            "birth_slash",
        }
    ),
    messy_label="messy (full-width, +86, spaced, trailing spaces, two phones, pinyin, 王先生)",
    typed=frozenset({"mobile_int", "mobile_q_int", "birth_xl", "ophone_int"}),
    sheets=True,
    table_kind=True,
    width=62,
)

#: Set 17 (``heldout17``): its masked makers (``*_masked``, ``name_starred``, ``mobile_tail``, a
#: card's last four digits), its messy makers (full-width, +86, spaced, tab- or
#: apostrophe-prefixed, trailing spaces, two phones, pinyin, 王先生, dates in other spellings),
#: and the phones, dates and order numbers it types as numbers.
SET_17 = SetBreakdowns(
    name="Set 17",
    masked_suffix="_masked",
    masked=frozenset({"name_starred", "mobile_tail", "card_last4"}),
    messy=frozenset(
        {
            "rid_fw",
            "rid_apos",
            "rid_tab",
            "rid_spaced",
            "mobile_fw",
            "mobile_plus",
            "mobile_e164",
            "mobile_spaced",
            "mobile_trail",
            "mobile_tab",
            "mobiles_two",
            "name_pinyin",
            "name_mr",
            "birth_cn",
            "birth_slash",
            "birth_compact",
        }
    ),
    messy_label="messy (full-width, +86, spaced, tab or ' prefix, two phones, pinyin, 王先生)",
    typed=frozenset({"mobile_int", "birth_xl", "order_phone_int"}),
    sheets=True,
    table_kind=True,
    width=62,
)

#: Set 18 (``heldout18``): its masked makers (``*_masked``, ``name_starred``, ``mobile_tail``, a
#: card's last four digits), its messy makers (full-width, +86, spaced, tab- or
#: apostrophe-prefixed ids and cards, two phones, pinyin, 王先生, dates in other spellings, pay as
#: text), and the phones and birth dates it types as numbers in workbooks.
SET_18 = SetBreakdowns(
    name="Set 18",
    masked_suffix="_masked",
    masked=frozenset({"name_starred", "mobile_tail", "card_last4"}),
    messy=frozenset(
        {
            "rid_fw",
            "rid_apos",
            "rid_tab",
            "rid_spaced",
            "mobile_fw",
            "mobile_plus",
            "mobile_e164",
            "mobile_spaced",
            "mobile_tab",
            "mobiles_two",
            "bank_card_tab",
            "name_pinyin",
            "name_mr",
            "birth_cn",
            "birth_slash",
            "birth_compact",
            "birth_us",
            "salary_text",
        }
    ),
    messy_label="messy (full-width, +86, spaced, tab or ' prefix, two phones, pinyin, 王先生)",
    typed=frozenset({"mobile_int", "birth_xl"}),
    sheets=True,
    table_kind=True,
    width=62,
)

_SET_19_MESSY = frozenset({
    "rid_fw", "rid_apos", "rid_tab", "rid_spaced", "mobile_fw", "mobile_plus", "mobile_spaced",
    "mobile_tab", "mobiles_two", "bank_card_tab", "name_pinyin", "name_mr", "birth_cn",
    "birth_slash", "birth_compact", "text:5000:26000", "tick:openid",
})  # fmt: skip
#: Set 19 (``heldout19``): its masked makers (``*_masked``, ``name_starred``, ``mobile_tail``,
#: ``card_mask6``), its messy makers (full-width, +86, spaced, tab- or apostrophe-prefixed ids,
#: phones and cards, two phones, pinyin, 王先生, dates in other spellings, pay as text, the
#: WeChat Pay bill's backtick-prefixed openid), and
#: the phones and birth dates it types as numbers in workbooks and data copies.
SET_19 = SetBreakdowns(
    name="Set 19",
    masked_suffix="_masked",
    masked=frozenset({"name_starred", "mobile_tail", "card_mask6"}),
    messy=_SET_19_MESSY,
    messy_label="messy (full-width, +86, spaced, tab or ' prefix, two phones, pinyin, 王先生)",
    typed=frozenset({"mobile_int", "birth_xl"}),
    sheets=True,
    table_kind=True,
    width=62,
)

_SET_20_MESSY = frozenset({
    "rid_fw", "rid_apos", "rid_tab", "rid_spaced", "mobile_fw", "mobile_plus", "mobile_e164",
    "mobile_spaced", "mobile_tab", "mobiles_two", "bank_card_tab", "name_pinyin", "name_en",
    "name_mr", "birth_cn", "birth_slash", "birth_compact", "birth_us", "salary_text",
})  # fmt: skip
#: Set 20 (``heldout20``): its masked makers (``*_masked``, ``name_starred``, ``mobile_tail``, a
#: card's last four digits), its messy makers (full-width, +86 with and without a space, spaced,
#: tab- or apostrophe-prefixed ids, phones and cards, two phones, pinyin and Latin names, 王先生,
#: dates in other spellings, pay as text), and the phones it types as numbers.
SET_20 = SetBreakdowns(
    name="Set 20",
    masked_suffix="_masked",
    masked=frozenset({"name_starred", "mobile_tail", "card_last4"}),
    messy=_SET_20_MESSY,
    messy_label="messy (full-width, +86, spaced, tab or ' prefix, two phones, pinyin, 王先生)",
    typed=frozenset({"mobile_int"}),
    sheets=True,
    table_kind=True,
    width=62,
)

_SET_21_MESSY = frozenset({
    "rid_fw", "rid_apos", "rid_tab", "rid_spaced", "rid_mixdoc", "mobile_fw", "mobile_plus",
    "mobile_e164", "mobile_spaced", "mobile_tab", "mobile_trail", "mobiles_two",
    "bank_card_tab", "name_pinyin", "name_en_upper", "name_mr", "birth_cn", "birth_slash",
    "birth_compact", "text:4200:12800", "text:3000:480000", "text:25000:120000",
})  # fmt: skip
#: Set 21 (``heldout21``): its masked makers (``*_masked``, ``name_starred``, ``mobile_tail``,
#: ``card_mask6``), its messy makers (full-width, +86 with and without a space, spaced, tab- or
#: apostrophe-prefixed ids, phones and cards, trailing spaces, two phones, pinyin and Latin
#: names, 王先生, dates in other spellings, pay as text, a document column of mixed documents),
#: and the phones and birth dates it types as numbers in workbooks and data copies.
SET_21 = SetBreakdowns(
    name="Set 21",
    masked_suffix="_masked",
    masked=frozenset({"name_starred", "mobile_tail", "card_mask6"}),
    messy=_SET_21_MESSY,
    messy_label="messy (full-width, +86, spaced, tab or ' prefix, two phones, pinyin, 王先生)",
    typed=frozenset({"mobile_int", "birth_xl"}),
    sheets=True,
    table_kind=True,
    width=62,
)
