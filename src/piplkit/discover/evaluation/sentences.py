"""Fill carrier templates with generated values and record exact gold spans."""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping, Sequence
from pathlib import Path

from piplkit.discover.evaluation.model import Record, Span
from piplkit.discover.evaluation.values import ValueFactory

_SLOT = re.compile(r"\{([a-z0-9_:|]+)\}")


class TemplateError(ValueError):
    """A carrier template names a slot the generator cannot fill."""


def slots_of(template: str) -> list[str]:
    return _SLOT.findall(template)


def check_templates(templates: Sequence[str], where: str) -> None:
    """Fail early, naming the template, if any slot is unknown."""
    known = ValueFactory.known_slots()
    for i, template in enumerate(templates, 1):
        for slot in slots_of(template):
            for option in slot.split("|"):
                if option.partition(":")[0] not in known:
                    raise TemplateError(f"{where}, template {i}: unknown slot {{{option}}}")


def fill(template: str, factory: ValueFactory) -> tuple[str, list[Span], list[Span]]:
    """The filled text, its PI spans and its hard-negative spans."""
    parts: list[str] = []
    spans: list[Span] = []
    negatives: list[Span] = []
    pos = 0
    length = 0
    for m in _SLOT.finditer(template):
        literal = template[pos : m.start()]
        parts.append(literal)
        length += len(literal)
        value = factory.draw(m.group(1))
        span_end = length + len(value.text)
        if value.type is not None:
            spans.append(Span(length, span_end, value.type, value.variant))
        else:
            negatives.append(Span(length, span_end, value.kind or "", value.variant))
        parts.append(value.text)
        length = span_end
        pos = m.end()
    parts.append(template[pos:])
    return "".join(parts), spans, negatives


def generate_records(
    carriers: Mapping[str, Sequence[str]],
    count: int,
    factory: ValueFactory,
    prefix: str,
) -> Iterator[Record]:
    """``count`` records cycling through every carrier of every domain in turn.

    Cycling (rather than sampling) keeps each carrier's share equal, so per-type counts follow
    from how the carriers were written and stay stable across seeds.
    """
    flat = [(domain, i, t) for domain, ts in carriers.items() for i, t in enumerate(ts)]
    if not flat:
        return
    for n in range(count):
        domain, index, template = flat[n % len(flat)]
        text, spans, negatives = fill(template, factory)
        yield Record(
            id=f"{prefix}{n + 1:06d}",
            domain=domain,
            carrier=index,
            text=text,
            spans=tuple(spans),
            negatives=tuple(negatives),
        )


def load_carriers(path: Path) -> dict[str, list[str]]:
    """Read carriers from a UTF-8 text file: one template a line, ``domain<TAB>template`` or bare.

    Blank lines and lines starting with ``#`` are skipped. This is how held-out carriers (sentences
    not shipped with piplkit) are plugged into the same generator.
    """
    out: dict[str, list[str]] = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        domain, sep, template = line.partition("\t")
        if not sep:
            domain, template = "custom", line
        out.setdefault(domain.strip() or "custom", []).append(template.strip())
    for domain, templates in out.items():
        check_templates(templates, f"{path} ({domain})")
    return out
