"""Repository writes: validation, references by name, conflicts, audit events, rollback."""

from __future__ import annotations

import itertools

import pytest
from sqlalchemy import select
from tests.register.helpers import populate

from piplkit.map.register import repository as repo
from piplkit.map.register.errors import ConflictError, InvalidInputError, NotFoundError
from piplkit.map.register.models import AuditEvent
from piplkit.map.register.schemas import DatasetIn, RecipientIn, SystemIn, TransferIn, validate
from piplkit.map.register.store import Register


def test_entities_refer_to_each_other_by_name(reg: Register) -> None:
    populate(reg)
    with reg.read() as s:
        transfer = repo.transfers.dump(repo.transfers.get(s, "members to HQ"))
        dataset = repo.datasets.dump(repo.datasets.get(s, "members"))
        activity = repo.activities.dump(repo.activities.get(s, "会员管理"))
    assert (transfer.dataset, transfer.recipient, transfer.activity) == (
        "members",
        "Example GmbH",
        "会员管理",
    )
    assert [c.name for c in dataset.columns] == ["id_no", "mobile", "diagnosis", "city"]
    assert dataset.system == "会员系统"
    assert activity.datasets == ["members"]
    assert [c.value for c in activity.separate_consents] == ["sensitive_pi", "cross_border"]


def test_duplicate_name_is_a_conflict(reg: Register) -> None:
    populate(reg)
    with pytest.raises(ConflictError, match="already exists"), reg.write() as s:
        repo.systems.create(s, SystemIn(name="会员系统"))


def test_unknown_reference_is_not_found(reg: Register) -> None:
    with pytest.raises(NotFoundError, match="no system named 'nope'"), reg.write() as s:
        repo.datasets.create(s, DatasetIn(name="d", system="nope"))
    with reg.read() as s:
        assert repo.datasets.count(s) == 0


def test_referenced_dataset_cannot_be_deleted(reg: Register) -> None:
    populate(reg)
    with pytest.raises(ConflictError, match="used by transfer"), reg.write() as s:
        repo.datasets.delete(s, "members")
    with reg.write() as s:
        repo.transfers.delete(s, "members to HQ")
        repo.datasets.delete(s, "members")
    with reg.read() as s:
        assert repo.datasets.count(s) == 0
        assert repo.activities.dump(repo.activities.get(s, "会员管理")).datasets == []


def test_update_validates_the_merged_entity(reg: Register) -> None:
    populate(reg)
    with (
        pytest.raises(InvalidInputError, match=r"recipient 'Example GmbH'\.country"),
        reg.write() as s,
    ):
        repo.recipients.update(s, "Example GmbH", {"country": "Germany"})
    with reg.write() as s:
        repo.recipients.update(s, "Example GmbH", {"country": "SG", "role": "third_party"})
    with reg.read() as s:
        got = repo.recipients.dump(repo.recipients.get(s, "Example GmbH"))
    assert (got.country, got.role.value) == ("SG", "third_party")


def test_every_change_is_audited_with_actor(reg: Register) -> None:
    populate(reg)
    with reg.write("alice") as s:
        repo.datasets.update(s, "members", {"grade": "important"})
    with reg.write("bob") as s:
        repo.transfers.delete(s, "members to HQ")
    with reg.read() as s:
        events = list(s.scalars(select(AuditEvent).order_by(AuditEvent.id)))
    creates = {(e.entity, e.entity_key) for e in events if e.action == "create"}
    assert ("dataset_column", "members/mobile") in creates
    assert ("transfer", "members to HQ") in creates
    update = next(e for e in events if e.action == "update")
    assert (update.actor, update.entity, update.changes) == (
        "alice",
        "dataset",
        {"grade": ["general", "important"]},
    )
    delete = next(e for e in events if e.action == "delete")
    assert (delete.actor, delete.entity_key) == ("bob", "members to HQ")
    assert delete.changes["recipient"] == "Example GmbH"
    # issue 5 chains the trail: each entry names the hash of the one before it
    assert all(e.hash and e.prev_hash for e in events)
    assert all(b.prev_hash == a.hash for a, b in itertools.pairwise(events))


def test_error_inside_a_write_rolls_everything_back(reg: Register) -> None:
    with pytest.raises(NotFoundError), reg.write() as s:
        repo.recipients.create(s, RecipientIn(name="R", role="third_party", country="US"))
        repo.transfers.create(s, TransferIn(name="T", dataset="missing", recipient="R"))
    with reg.read() as s:
        assert repo.recipients.count(s) == 0
        assert s.scalar(select(AuditEvent.id).limit(1)) is None


def test_pagination(reg: Register) -> None:
    with reg.write() as s:
        for i in range(7):
            repo.systems.create(s, SystemIn(name=f"sys-{i}"))
    with reg.read() as s:
        page = repo.systems.list(s, offset=2, limit=3)
    assert [p.name for p in page] == ["sys-2", "sys-3", "sys-4"]


@pytest.mark.parametrize(
    ("data", "message"),
    [
        ({"name": "x", "role": "owner", "country": "DE"}, "recipient.role"),
        ({"name": "x", "role": "third_party", "country": "de"}, "two-letter ISO"),
        ({"name": "", "role": "third_party", "country": "DE"}, "recipient.name"),
        ({"name": "x", "role": "third_party", "country": "DE", "colour": 1}, "unknown field"),
    ],
)
def test_bad_fields_name_the_field(data: dict[str, object], message: str) -> None:
    with pytest.raises(InvalidInputError, match=message):
        validate(RecipientIn, data, "recipient")
