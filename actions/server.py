"""`python -m actions.server`: the Rasa SDK action server, bound to this machine and silent about conversations.

rasa_sdk's own error handler answers a failed action with the whole request (the conversation, sender id
included) and logs it with its traceback, and Rasa then logs that answer: a crash would put what a survivor
wrote into two logs. Here a failure is logged by its type only, and the action server listens on 127.0.0.1
unless ACTION_HOST says otherwise, since it has no authentication of its own.
"""
from __future__ import annotations

import argparse
import logging
from typing import List, Optional

from rasa_sdk.endpoint import create_app
from sanic import Sanic, response
from sanic.request import Request
from sanic.response import HTTPResponse

from bot import settings

logger = logging.getLogger(__name__)


def build_app() -> Sanic:
    app = create_app("actions", cors_origins=[])

    async def failed(request: Request, exception: Exception) -> HTTPResponse:
        logger.error("An action failed (%s).", type(exception).__name__)
        return response.json({"error": "the action failed"}, status=500)

    app.error_handler.add(Exception, failed)
    return app


def main(argv: Optional[List[str]] = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    configured = settings.current()
    parser.add_argument("--port", type=int, default=configured.action_port)
    parser.add_argument("--host", default=configured.action_host)
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)-8s %(name)s - %(message)s")
    build_app().run(args.host, args.port, workers=1, access_log=False)


if __name__ == "__main__":
    main()
