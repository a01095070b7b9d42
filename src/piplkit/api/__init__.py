"""The REST API: a thin FastAPI layer over the register, its repositories and the rules engine.

``create_api(register, settings)`` builds the application; ``piplkit serve`` adds the web UI to
it. Authentication is by ``Authorization: Bearer <token>`` (tokens from
``piplkit user token create``).
"""

from piplkit.api.app import create_api
from piplkit.api.settings import Settings

__all__ = ["Settings", "create_api"]
