"""The recognizer registry: which recognizer handles which PI type id.

Recognizers register themselves with :func:`register` when their module is imported;
:func:`default_registry` imports the bundled recognizer modules and returns the shared registry.
Third parties can register more types the same way before building a detector.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable, Iterable
from typing import TypeVar

from piplkit.discover.detect.recognizer import Recognizer

#: Bundled type ids and the module of ``piplkit.discover.detect.recognizers`` that defines each.
# Modules
#: are imported only when their type is asked for, so that a detector for identifiers alone never
#: loads the name/address model.
BUILTIN_MODULES: dict[str, str] = {
    "cn_resident_id": "resident_id",
    "cn_mobile": "mobile",
    "cn_landline": "landline",
    "bank_card": "bank_card",
    "email": "email",
    "ipv4": "ip_address",
    "ipv6": "ip_address",
    "passport": "passport",
    "license_plate": "license_plate",
    "hk_macau_permit": "hk_macau_permit",
    "cn_uscc": "uscc",
    "imei": "imei",
    "mac_address": "mac_address",
    "vin": "vin",
    "geo_coordinates": "geo_coordinates",
    "taiwan_permit": "taiwan_permit",
    "foreign_permanent_resident_id": "foreign_permanent_resident_id",
    "military_id": "military_id",
    "device_id": "device_id",
    "qq_number": "qq_number",
    "wechat_id": "wechat_id",
    "birth_date": "birth_date",
    "password": "password",
    "person_name": "person_name",
    "address": "address",
}

#: Types that are not found by a pattern but by the trained name/address model.
MODEL_TYPES = frozenset({"person_name", "address"})


class Registry:
    """Maps type ids to recognizer factories."""

    def __init__(self, lazy_modules: dict[str, str] | None = None) -> None:
        self._factories: dict[str, Callable[[], Recognizer]] = {}
        self._lazy = dict(lazy_modules or {})
        #: Types added or removed after start-up (custom types); caches of detectors built
        #: for "every type" key on it so that they never serve a stale set.
        self.version = 0

    def add(
        self, type_id: str, factory: Callable[[], Recognizer], *, replace: bool = False
    ) -> None:
        """Register ``factory`` for ``type_id``; ``replace`` allows re-registering a type added
        this way (custom types loaded again), never a bundled one."""
        if type_id in self._factories and not replace:
            raise ValueError(f"a recognizer for {type_id!r} is already registered")
        if replace and type_id in self._lazy:
            raise ValueError(f"{type_id!r} is a bundled type and cannot be replaced")
        if type_id not in self._lazy:
            self.version += 1
        self._factories[type_id] = factory

    def remove(self, type_id: str) -> None:
        """Forget a type added with :meth:`add` (bundled types cannot be removed)."""
        if type_id in self._lazy:
            raise ValueError(f"{type_id!r} is a bundled type and cannot be removed")
        if self._factories.pop(type_id, None) is not None:
            self.version += 1

    @property
    def type_ids(self) -> tuple[str, ...]:
        return tuple(dict.fromkeys([*self._lazy, *self._factories]))

    def check(self, types: Iterable[str] | None = None) -> list[str]:
        """``types`` without duplicates (all registered types when ``None``); a ``KeyError``
        naming the unknown ones and listing the known ones otherwise."""
        wanted = list(self.type_ids) if types is None else list(dict.fromkeys(types))
        unknown = [t for t in wanted if t not in self._factories and t not in self._lazy]
        if unknown:
            known = ", ".join(sorted(self.type_ids))
            raise KeyError(f"unknown PI type id(s) {', '.join(unknown)}; known: {known}")
        return wanted

    def build(self, types: Iterable[str] | None = None) -> list[Recognizer]:
        """Instantiate the recognizers for ``types`` (all registered types when ``None``)."""
        wanted = self.check(types)
        for type_id in wanted:
            if type_id not in self._factories:
                importlib.import_module(f"piplkit.discover.detect.recognizers.{self._lazy[type_id]}")
        return [self._factories[t]() for t in wanted]


_DEFAULT = Registry(BUILTIN_MODULES)


R = TypeVar("R", bound=type[Recognizer])


def register(cls: R) -> R:
    """Class decorator: register ``cls`` in the default registry under ``cls.type_id``."""
    _DEFAULT.add(cls.type_id, cls)
    return cls


def default_registry() -> Registry:
    """The registry of every bundled recognizer (loaded on first use)."""
    return _DEFAULT
