"""A desktop portal with only the Notification interface, for tests:
``python fake_portal.py ADDRESS CALLS_FILE CLICK_LABEL TOKEN``.

Owns ``org.freedesktop.portal.Desktop`` on the bus at ADDRESS, says it is Notification version
2, writes each ``AddNotification`` (id and the notification's fields, variants unwrapped) to
CALLS_FILE as one JSON line, then "clicks" the button labelled CLICK_LABEL as xdg-desktop-portal
2 does: ``ActionInvoked(id, action, [platform data with the activation token])``. Runs until
killed.
"""

from __future__ import annotations

import json
import sys

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

NAME = "org.freedesktop.portal.Desktop"
PATH = "/org/freedesktop/portal/desktop"
INTERFACE = "org.freedesktop.portal.Notification"


def unwrap(value: object) -> object:
    if isinstance(value, tuple) and len(value) == 2 and isinstance(value[0], str):
        return unwrap(value[1])
    if isinstance(value, dict):
        return {key: unwrap(item) for key, item in value.items()}
    if isinstance(value, list):
        return [unwrap(item) for item in value]
    return value


def main(address: str, calls_file: str, click_label: str, token: str) -> None:
    connection = open_dbus_connection(bus=address)
    connection.send_and_get_reply(message_bus.RequestName(NAME, 4))  # DO_NOT_QUEUE
    emitter = DBusAddress(PATH, interface=INTERFACE)
    while True:
        message = connection.receive()
        if message.header.message_type != MessageType.method_call:
            continue
        member = message.header.fields.get(HeaderFields.member)
        if member == "Get" and tuple(message.body) == (INTERFACE, "version"):
            connection.send(new_method_return(message, "v", (("u", 2),)))
        elif member == "AddNotification":
            notification_id, fields = message.body
            fields = unwrap(fields)
            with open(calls_file, "a", encoding="utf-8") as out:
                out.write(json.dumps({"id": notification_id, **fields}) + "\n")
            connection.send(new_method_return(message))
            action = next((b["action"] for b in fields.get("buttons", [])
                           if b["label"] == click_label), None)
            if action is not None:
                platform_data = ("a{sv}", {"activation-token": ("s", token)})
                connection.send(new_signal(emitter, "ActionInvoked", "ssav",
                                           (notification_id, action, [platform_data])))
        else:
            connection.send(new_error(message, "org.freedesktop.DBus.Error.UnknownMethod"))


if __name__ == "__main__":
    main(*sys.argv[1:5])
