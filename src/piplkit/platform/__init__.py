"""Platform: what the faces share: users, tokens and sessions (``auth``) and the one
interface-neutral service layer (``service``) that the CLI, REST API and web UI all call."""
