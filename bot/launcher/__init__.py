"""Starts Testimony's servers: the action server, then Rasa, then the widget demo page, each waited for (with
RASA_REPLICAS above one, that many action servers and Rasa servers, then HAProxy in front: bot.launcher.balancer).

`make run` (`python -m bot.launcher`) and the end-to-end tests (tests/assistant.py) start the assistant with the
same routine, so the tests exercise the servers exactly as they run in use.
"""
from bot.launcher.servers import (LaunchError, LaunchOptions, Server, Servers, free_port, server_environment, start,
                                  start_widget_server)

__all__ = ["LaunchError", "LaunchOptions", "Server", "Servers", "free_port", "server_environment", "start",
           "start_widget_server"]
