"""A notification server without buttons, for tests: ``python plain_notification_server.py
ADDRESS CALLS_FILE [CLICK_TOKEN]``.

Owns ``org.freedesktop.Notifications`` on the bus at ADDRESS and answers like a minimal server
(capabilities "body" only: no "actions"). Each Notify call is written to CALLS_FILE as one JSON
line (app name, replaces id, summary, body, actions, hints' names, timeout). Runs until killed.

With CLICK_TOKEN it shows buttons ("actions") and "clicks" every notice at once, as a Wayland
server does: ``ActivationToken(id, CLICK_TOKEN)`` then ``ActionInvoked(id, "default")``.
"""

from __future__ import annotations

import json
import sys
from itertools import count

from jeepney import (
    DBusAddress,
    HeaderFields,
    MessageType,
    new_error,
    new_method_return,
    new_signal,
)
from jeepney.bus_messages import message_bus
from jeepney.io.blocking import open_dbus_connection

NAME = "org.freedesktop.Notifications"


PATH = "/org/freedesktop/Notifications"


def main(address: str, calls_file: str, click_token: str = "") -> None:
    connection = open_dbus_connection(bus=address)
    connection.send_and_get_reply(message_bus.RequestName(NAME, 4))  # DO_NOT_QUEUE
    ids = count(1)
    while True:
        message = connection.receive()
        if message.header.message_type != MessageType.method_call:
            continue
        member = message.header.fields.get(HeaderFields.member)
        if member == "GetCapabilities":
            reply = new_method_return(message, "as", (["body", "actions"] if click_token
                                                      else ["body"],))
        elif member == "GetServerInformation":
            reply = new_method_return(message, "ssss", ("plain-fake", "tests", "1.0", "1.2"))
        elif member == "Notify":
            app, replaces, _icon, summary, body, actions, hints, timeout = message.body
            with open(calls_file, "a", encoding="utf-8") as out:
                out.write(json.dumps({"app": app, "replaces": replaces, "summary": summary,
                                      "body": body, "actions": list(actions),
                                      "hints": sorted(hints), "timeout": timeout}) + "\n")
            notification_id = replaces or next(ids)
            reply = new_method_return(message, "u", (notification_id,))
            if click_token:
                connection.send(reply)
                emitter = DBusAddress(PATH, interface=NAME)
                connection.send(new_signal(emitter, "ActivationToken", "us",
                                           (notification_id, click_token)))
                connection.send(new_signal(emitter, "ActionInvoked", "us",
                                           (notification_id, "default")))
                continue
        elif member == "CloseNotification":
            reply = new_method_return(message)
        else:
            reply = new_error(message, "org.freedesktop.DBus.Error.UnknownMethod")
        connection.send(reply)


if __name__ == "__main__":
    main(*sys.argv[1:4])
