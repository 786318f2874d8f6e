"""The JSON of each call to the action server, written by ujson instead of the standard library.

Rasa posts the whole conversation (every event, with each message's parse data) to the action server with every
call, three or so per turn, and aiohttp writes it with `json.dumps`: about 7% of the Rasa server's time in a
profile of ten conversations at once (docs/benchmarks.md). ujson (already installed with Rasa and Sanic) writes
the same JSON value several times faster. `install()` puts `request` in place of Rasa's
`EndpointConfig.request`: a JSON body is written here and handed over as bytes, with the same content type;
anything else is passed through unchanged. Installed wherever Rasa loads this project's components
(bot/components/__init__.py).
"""
from __future__ import annotations

from typing import Any, Optional, Text

import ujson
from rasa.utils.endpoints import EndpointConfig

RASAS_REQUEST = EndpointConfig.request
JSON = "application/json"


def json_bytes(body: Any) -> Optional[bytes]:
    """`body` as UTF-8 JSON, the value `json.dumps` writes; None where ujson cannot write it (an integer beyond 64
    bits, an object it does not know), which is then left to aiohttp as before."""
    try:
        # ASCII with \u escapes, as json.dumps writes it: a lone surrogate (a broken emoji) cannot be UTF-8.
        return ujson.dumps(body, escape_forward_slashes=False).encode("ascii")
    except (OverflowError, TypeError):
        return None


async def request(self: EndpointConfig, method: Text = "post", subpath: Optional[Text] = None,
                  content_type: Optional[Text] = JSON, compress: bool = False, **kwargs: Any) -> Optional[Any]:
    if content_type == JSON and kwargs.get("json") is not None:
        written = json_bytes(kwargs["json"])
        if written is not None:
            del kwargs["json"]
            kwargs["data"] = written
    return await RASAS_REQUEST(self, method, subpath, content_type, compress, **kwargs)


def install() -> None:
    EndpointConfig.request = request  # type: ignore[assignment]
