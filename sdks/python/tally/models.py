"""The API's types, generated from its OpenAPI document.

    from tally.models import CreatorView
"""

from ._models import *  # noqa: F401,F403
from ._models import __all__  # noqa: F401
