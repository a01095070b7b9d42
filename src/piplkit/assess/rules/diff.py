"""What changes for the same profile between two dates: routes, obligations, due dates."""

from __future__ import annotations

from typing import Any

from piplkit.assess.rules.result import Assessment


def diff(before: Assessment, after: Assessment) -> dict[str, Any]:
    """Differences from ``before`` to ``after`` (usually an earlier and a later as-of date)."""
    routes = []
    for t in after.transfers:
        try:
            old = before.transfer(t.name)
        except KeyError:
            continue
        if old.route != t.route:
            routes.append(
                {"name": t.name, "from": old.route, "to": t.route, "reasons": list(t.reasons)}
            )
    old_ob = {o.id: o for o in before.obligations}
    new_ob = {o.id: o for o in after.obligations}
    changed = [
        {"id": i, "from": old_ob[i].due, "to": new_ob[i].due}
        for i in sorted(old_ob.keys() & new_ob.keys())
        if old_ob[i].due != new_ob[i].due or old_ob[i].citations != new_ob[i].citations
    ]
    before_in = set(before.in_force)
    after_in = set(after.in_force)
    return {
        "from": before.as_of.isoformat(),
        "to": after.as_of.isoformat(),
        "instruments_entered_into_force": sorted(after_in - before_in),
        "instruments_no_longer_in_force": sorted(before_in - after_in),
        "routes_changed": routes,
        "obligations_added": sorted(new_ob.keys() - old_ob.keys()),
        "obligations_removed": sorted(old_ob.keys() - new_ob.keys()),
        "obligations_changed": changed,
    }
