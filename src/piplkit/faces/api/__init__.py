"""The REST API: a thin FastAPI layer over the register, its repositories and the rules engine.

``create_api(register, settings)`` builds the application; ``piplkit serve`` adds the web UI to
it. Authentication is by ``Authorization: Bearer <token>`` (tokens from
``piplkit user token create``).
"""

from piplkit.faces.api.app import PREFIX, create_api
from piplkit.faces.api.docs_pages import DOCS_PATHS
from piplkit.faces.api.errors import problem
from piplkit.platform.service.settings import Settings

__all__ = ["DOCS_PATHS", "PREFIX", "Settings", "create_api", "problem"]
