"""`python -m bot.launcher` (what `make run` runs): starts the assistant, and stops it all on Ctrl-C or SIGTERM.

Settings come from the environment (RASA_PORT, ACTION_PORT, WIDGET_PORT, TESTIMONY_DATA_DIR, RASA_INTERFACE,
ACTION_HOST, RASA_ENABLE_API, LOG_LEVEL, and for the production shape TESTIMONY_ENDPOINTS and RASA_REPLICAS; see
README.md). When a server dies, the launcher says which one and how,
and starts it again; one that keeps dying (three times in five minutes) or cannot start again stops all the
others, so a half-working assistant is never left running.
"""
from __future__ import annotations

import signal
import sys
from types import FrameType
from typing import Optional

from bot.channels.credentials import describe
from bot.launcher.servers import LaunchError, LaunchOptions, Servers, start


def interrupt(signum: int, frame: Optional[FrameType]) -> None:
    """SIGTERM stops the assistant the way Ctrl-C does."""
    raise KeyboardInterrupt


def banner(servers: Servers) -> str:
    options = servers.options
    return f"""
Testimony is running.
  Website widget demo:   http://localhost:{options.widget_port}/
  Talk to it over REST:  first get a session token, then send it as "sender" (see README.md):
                         curl -s -X POST http://localhost:{options.rasa_port}/webhooks/rest/session
  Data (encrypted):      {options.data_dir}
Press Ctrl-C to stop."""


def main() -> int:
    signal.signal(signal.SIGTERM, interrupt)
    try:
        servers = start(LaunchOptions.from_environment())  # refuses an unprotected API before touching anything
    except LaunchError as error:
        print(error, file=sys.stderr)
        return 1
    except KeyboardInterrupt:  # start() has already stopped whatever it started
        print("\nStopped while starting.", file=sys.stderr)
        return 1
    print("Messaging channels:\n" + "\n".join(describe(servers.environment)), file=sys.stderr)
    print(banner(servers), flush=True)
    status = 0
    try:
        stopped = servers.supervise(lambda message: print(message, file=sys.stderr, flush=True))
        print(f"\n{stopped.name} is down; stopping the others.", file=sys.stderr)
        status = 1
    except KeyboardInterrupt:
        pass
    finally:
        signal.signal(signal.SIGINT, signal.SIG_IGN)  # a second Ctrl-C must not leave servers behind
        signal.signal(signal.SIGTERM, signal.SIG_IGN)
        print("\nStopping Testimony...", flush=True)
        servers.stop()
    return status


if __name__ == "__main__":
    sys.exit(main())
