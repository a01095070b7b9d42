"""The tracker's tables and repository: stored developments, review decisions, accepted events.

Storage sits beside the tracker's pure parsing modules, which never import it (an import-linter
contract checks that). The tables share the register's metadata and migration history
(migration ``0004_track``); :data:`piplkit.map.register.schema.PILLAR_MODELS` names them.
"""
