"""One descriptor per register entity: the single model the CLI, the REST API and the web UI
render, datasette-style.

Before, each entity's fields were listed once per face (the web form's fields and how posted
strings become input, the web list page's columns, the CLI table's columns, the API's URL
segments), so adding a field meant editing four modules that could drift apart. A descriptor
says it once, in interface-neutral terms:

- the input schema and repository (validation stays the register's pydantic model, which also
  says which fields are required);
- the form fields in order, each with its label key in the zh/en catalogues, its widget kind,
  and where a select's options come from (an enumeration, or the names
  of another entity);
- the list columns: the JSON keys of the compact view the CLI prints as a table, and the
  labelled cells of the web list page;
- one serializer, the JSON shape the API returns and ``--format json`` prints.

Faces translate label keys and lay out widgets; nothing here imports an interface.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any, Literal

from sqlalchemy.orm import Session

from piplkit.assess.law.languages import Lang
from piplkit.map.register.enums import (
    Grade,
    LegalBasis,
    RecipientRole,
    SensitiveCategory,
    Sensitivity,
    SeparateConsent,
    TransferMechanism,
    TransferPurpose,
)
from piplkit.map.register.labels import label
from piplkit.map.register.repository import REPOSITORIES, Repository

#: How a field is entered: a one-line text box, a text area, a select, a number, a date, a group
#: of checkboxes, a yes/no choice, or a dataset's column editor.
Widget = Literal["text", "textarea", "select", "number", "date", "checkboxes", "yesno", "columns"]

#: How a posted field becomes input: one value (blank means unset), a list (checkboxes, or text
#: separated by half- or full-width commas), a yes/no flag, or the column editor's rows.
Posted = Literal["scalar", "list", "flag", "columns"]

#: A list-page cell, from the stored row and the reader's language.
Cell = Callable[[Any, Lang], Any]


@dataclass(frozen=True)
class FieldSpec:
    """One input field of an entity, as its form shows it."""

    name: str
    #: Key of the label in the interface catalogues (zh and en).
    label: str
    widget: Widget = "text"
    #: Key of a help text in the catalogues (under the form's field; the CLI option's help
    #: is the label and this text, ``faces/cli/register_add.py``).
    help: str | None = None
    #: A select's or checkbox group's options are this enumeration's members.
    choices: type[StrEnum] | None = None
    #: ... or the names of this entity's rows (a descriptor key).
    refers: str | None = None
    #: A text box holding a comma-separated list.
    many: bool = False
    #: The CLI's option name (without ``--``) when not the field's name with dashes; list
    #: options take one value each and are repeated, so their names are singular.
    option: str | None = None
    #: The CLI upper-cases the value (country codes typed in lower case).
    upper: bool = False

    @property
    def flag(self) -> str:
        """The CLI option: ``--`` and the option name."""
        return "--" + (self.option or self.name.replace("_", "-"))

    @property
    def posted(self) -> Posted:
        if self.widget == "columns":
            return "columns"
        if self.widget == "yesno":
            return "flag"
        if self.many or self.widget == "checkboxes":
            return "list"
        return "scalar"

    def options(self, session: Session, lang: Lang) -> list[tuple[str, str]]:
        """(value, label) pairs: enumeration members labelled in ``lang``, or the referred
        entity's names (a single select starts with an empty choice, "not set")."""
        if self.choices is not None:
            return [(m.value, label(m, self.choices, lang)) for m in self.choices]
        if self.refers is None:
            return []
        names = [o.name for o in DESCRIPTORS[self.refers].repo.list(session)]
        pairs = [(n, n) for n in names]
        return pairs if self.widget == "checkboxes" else [("", "—"), *pairs]


@dataclass(frozen=True)
class ColumnSpec:
    """One column of an entity's list page: its header's label key and how a row fills it."""

    label: str
    cell: Cell


@dataclass(frozen=True)
class EntityDescriptor:
    """Everything the faces need to know about one register entity."""

    #: Key in :data:`~piplkit.map.register.repository.REPOSITORIES`.
    key: str
    #: Plural URL segment (``/api/v1/<segment>``, ``/<segment>/new``), also the catalogue
    #: prefix of its page titles (``<segment>.title``, ``.new``, ``.edit``).
    segment: str
    repo: Repository[Any, Any]
    #: JSON keys of the compact list (the CLI's table; ``--format json`` gives every field).
    summary: tuple[str, ...]
    #: Form fields in display order; empty when the entity's form lives elsewhere.
    form: tuple[FieldSpec, ...] = ()
    #: Fields ``register <entity> add`` takes besides the form's (all of them, for an entity
    #: whose form lives elsewhere).
    extra: tuple[FieldSpec, ...] = ()
    #: Web list page columns; empty when the page lives elsewhere.
    table: tuple[ColumnSpec, ...] = ()
    #: Whether the entity has a detail page (``/<segment>/view``); rows of those that have not
    #: link to their edit form.
    detail: bool = False
    #: Values a new form starts with (the schema's defaults, where a select would otherwise
    #: show its first option).
    defaults: tuple[tuple[str, str], ...] = field(default=())

    @property
    def schema(self) -> Any:
        return self.repo.schema

    @property
    def fields(self) -> tuple[FieldSpec, ...]:
        """Every field the entity's add command takes: the form's, then the extra ones."""
        return (*self.form, *self.extra)

    def default(self, name: str) -> Any:
        """The input schema's default for a field (None when it has none)."""
        info = self.schema.model_fields[name]
        return None if info.is_required() else info.get_default(call_default_factory=True)

    def required(self, name: str) -> bool:
        """Whether the input schema requires the field (forms mark it; the schema enforces it)."""
        return self.schema.model_fields[name].is_required()

    def posted(self, kind: Posted) -> list[str]:
        """Names of the form fields posted as ``kind``, in form order."""
        return [f.name for f in self.form if f.posted == kind]

    def serialize(self, obj: Any) -> dict[str, Any]:
        """The entity's JSON shape: its input schema with references by name."""
        dumped: dict[str, Any] = self.repo.dump(obj).model_dump(mode="json")
        return dumped


# --- cells ------------------------------------------------------------------------------------


def _value(attr: str) -> Cell:
    return lambda obj, lang: "" if (v := getattr(obj, attr)) is None else v


def _ref(attr: str) -> Cell:
    return lambda obj, lang: "" if (r := getattr(obj, attr)) is None else r.name


def _choice(attr: str, enum: type[StrEnum]) -> Cell:
    return lambda obj, lang: label(getattr(obj, attr), enum, lang)


_NAME = ColumnSpec("common.name", _value("name"))
_DESCRIPTION = FieldSpec("description", "common.description", "textarea")
_INDIVIDUALS = "individuals"


def _named(*fields: FieldSpec) -> tuple[FieldSpec, ...]:
    """A form: the required unique name, the fields given, the free description last."""
    return (FieldSpec("name", "common.name"), *fields, _DESCRIPTION)


# --- the entities -----------------------------------------------------------------------------

ORGANISATION = EntityDescriptor(
    "organisation",
    "organisations",
    REPOSITORIES["organisation"],
    summary=("name", "uscc", "country", "ciio", "individuals_processed"),
    # the form (organisation_forms) has sections and record rows of its own
    extra=(
        FieldSpec("name", "common.name"),
        FieldSpec("uscc", "org.uscc", help="org.uscc_help"),
        FieldSpec("country", "recipients.country", help="recipients.country_help"),
        FieldSpec("ciio", "org.ciio", "yesno", help="org.ciio_help"),
        FieldSpec(
            "individuals_processed",
            "org.individuals",
            "number",
            option=_INDIVIDUALS,
        ),
        FieldSpec("contact", "recipients.contact"),
        _DESCRIPTION,
    ),
)

SYSTEM = EntityDescriptor(
    "system",
    "systems",
    REPOSITORIES["system"],
    summary=("name", "organisation", "owner", "location"),
    form=_named(
        FieldSpec("organisation", "common.organisation", "select", refers="organisation"),
        FieldSpec("owner", "systems.owner"),
        FieldSpec("location", "systems.location"),
    ),
    table=(
        _NAME,
        ColumnSpec("common.organisation", _ref("organisation")),
        ColumnSpec("systems.owner", _value("owner")),
        ColumnSpec("systems.location", _value("location")),
        ColumnSpec("systems.datasets", lambda s, lang: len(s.datasets)),
    ),
    detail=True,
)

DATASET = EntityDescriptor(
    "dataset",
    "datasets",
    REPOSITORIES["dataset"],
    summary=("name", "system", "grade", "sensitivity", "rows", "columns"),
    form=(
        FieldSpec("name", "common.name"),
        FieldSpec("system", "datasets.system", "select", refers="system"),
        FieldSpec("grade", "datasets.grade", "select", choices=Grade),
        FieldSpec("sensitivity", "datasets.sensitivity", "select", choices=Sensitivity),
        FieldSpec("source", "datasets.source"),
        FieldSpec("rows", "datasets.rows", "number"),
        _DESCRIPTION,
        FieldSpec("columns", "datasets.columns", "columns"),
    ),
    table=(
        _NAME,
        ColumnSpec("datasets.system", _ref("system")),
        ColumnSpec("datasets.grade", _choice("grade", Grade)),
        ColumnSpec("datasets.sensitivity", _choice("sensitivity", Sensitivity)),
        ColumnSpec("datasets.rows", _value("rows")),
        ColumnSpec("datasets.columns", lambda d, lang: sum(1 for c in d.columns if c.pi_type)),
    ),
    detail=True,
)

ACTIVITY = EntityDescriptor(
    "activity",
    "activities",
    REPOSITORIES["activity"],
    summary=("name", "purpose", "legal_basis", "datasets", "individuals_count"),
    form=_named(
        FieldSpec("organisation", "common.organisation", "select", refers="organisation"),
        FieldSpec("purpose", "activities.purpose", "textarea"),
        FieldSpec(
            "legal_basis",
            "activities.legal_basis",
            "select",
            choices=LegalBasis,
        ),
        FieldSpec(
            "datasets",
            "activities.datasets",
            "checkboxes",
            refers="dataset",
            option="dataset",
        ),
        FieldSpec(
            "pi_categories",
            "activities.pi_categories",
            help="activities.pi_categories_help",
            many=True,
            option="pi-category",
        ),
        FieldSpec(
            "sensitive_categories",
            "activities.sensitive_categories",
            "checkboxes",
            choices=SensitiveCategory,
            option="sensitive-category",
        ),
        FieldSpec(
            "separate_consents",
            "activities.separate_consents",
            "checkboxes",
            choices=SeparateConsent,
            option="separate-consent",
        ),
        FieldSpec(
            "individuals_count",
            "activities.individuals",
            "number",
            option=_INDIVIDUALS,
        ),
        FieldSpec("retention", "activities.retention"),
        FieldSpec("retention_days", "activities.retention_days", "number"),
        FieldSpec(
            "automated_decision_making",
            "activities.automated_decision_making",
            "yesno",
            option="adm",
        ),
    ),
    table=(
        _NAME,
        ColumnSpec("activities.purpose", _value("purpose")),
        ColumnSpec("activities.legal_basis", _choice("legal_basis", LegalBasis)),
        ColumnSpec("activities.retention", _value("retention")),
        ColumnSpec("activities.individuals", _value("individuals_count")),
    ),
)

RECIPIENT = EntityDescriptor(
    "recipient",
    "recipients",
    REPOSITORIES["recipient"],
    summary=("name", "role", "country"),
    form=_named(
        FieldSpec(
            "role",
            "recipients.role",
            "select",
            choices=RecipientRole,
        ),
        FieldSpec(
            "country",
            "recipients.country",
            help="recipients.country_help",
            upper=True,
        ),
        FieldSpec("contact", "recipients.contact"),
    ),
    table=(
        _NAME,
        ColumnSpec("recipients.role", _choice("role", RecipientRole)),
        ColumnSpec("recipients.country", _value("country")),
        ColumnSpec("common.description", _value("description")),
    ),
)

TRANSFER = EntityDescriptor(
    "transfer",
    "transfers",
    REPOSITORIES["transfer"],
    summary=("name", "dataset", "recipient", "purpose", "mechanism", "filing_references"),
    form=_named(
        FieldSpec("dataset", "transfers.dataset", "select", refers="dataset"),
        FieldSpec(
            "recipient",
            "transfers.recipient",
            "select",
            refers="recipient",
        ),
        FieldSpec("activity", "transfers.activity", "select", refers="activity"),
        FieldSpec(
            "purpose",
            "transfers.purpose",
            "select",
            choices=TransferPurpose,
        ),
        FieldSpec("purpose_description", "transfers.purpose_description"),
        FieldSpec(
            "mechanism",
            "transfers.mechanism",
            "select",
            choices=TransferMechanism,
        ),
        FieldSpec(
            "mechanism_effective_on",
            "transfers.effective_on",
            "date",
            option="effective-on",
        ),
        FieldSpec(
            "filing_references",
            "transfers.filings",
            help="transfers.filings_help",
            many=True,
            option="filing-reference",
        ),
        FieldSpec("important_data", "transfers.important_data", "yesno"),
    ),
    table=(
        _NAME,
        ColumnSpec("transfers.dataset", lambda t, lang: t.dataset.name),
        ColumnSpec(
            "transfers.recipient", lambda t, lang: f"{t.recipient.name} ({t.recipient.country})"
        ),
        ColumnSpec("transfers.purpose", _choice("purpose", TransferPurpose)),
        ColumnSpec("transfers.mechanism", _choice("mechanism", TransferMechanism)),
        ColumnSpec("transfers.filings", lambda t, lang: "；".join(t.filing_references or [])),
    ),
    defaults=(("purpose", "other"), ("mechanism", "undecided")),
)

#: Every register entity by its repository key, in the order the API and CLI list them.
DESCRIPTORS: dict[str, EntityDescriptor] = {
    d.key: d for d in (ORGANISATION, SYSTEM, DATASET, ACTIVITY, RECIPIENT, TRANSFER)
}
#: The same, by URL segment.
BY_SEGMENT: dict[str, EntityDescriptor] = {d.segment: d for d in DESCRIPTORS.values()}
