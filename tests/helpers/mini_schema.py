"""A small JSON Schema checker for the keywords docs/export-schema.json uses (no dependency).

Enough to prove that real exports satisfy the published schema: type, const, enum, pattern,
minLength/maxLength, minimum/maximum, required, properties, additionalProperties, items,
maxItems, uniqueItems, anyOf.
"""

from __future__ import annotations

import re
from typing import Any

TYPES = {
    "object": dict, "array": list, "string": str, "boolean": bool, "null": type(None),
}


def type_ok(value: Any, name: str) -> bool:
    if name == "integer":
        return isinstance(value, int) and not isinstance(value, bool)
    if name == "number":
        return isinstance(value, int | float) and not isinstance(value, bool)
    return isinstance(value, TYPES[name])


def problems(value: Any, schema: dict[str, Any], where: str = "$") -> list[str]:
    """Every way ``value`` breaks ``schema`` (empty when it conforms)."""
    found: list[str] = []
    if "anyOf" in schema:
        if all(problems(value, option, where) for option in schema["anyOf"]):
            found.append(f"{where}: matches no anyOf option")
        return found
    if "type" in schema and not type_ok(value, schema["type"]):
        return [f"{where}: not {schema['type']}"]
    if "const" in schema and value != schema["const"]:
        found.append(f"{where}: not the constant")
    if "enum" in schema and value not in schema["enum"]:
        found.append(f"{where}: not in enum")
    if isinstance(value, str):
        if "pattern" in schema and not re.search(schema["pattern"], value):
            found.append(f"{where}: does not match pattern")
        if len(value) > schema.get("maxLength", len(value)):
            found.append(f"{where}: too long")
        if len(value) < schema.get("minLength", 0):
            found.append(f"{where}: too short")
    if type_ok(value, "number"):
        if "minimum" in schema and value < schema["minimum"]:
            found.append(f"{where}: below minimum")
        if "maximum" in schema and value > schema["maximum"]:
            found.append(f"{where}: above maximum")
    if isinstance(value, dict):
        for key in schema.get("required", []):
            if key not in value:
                found.append(f"{where}.{key}: missing")
        properties = schema.get("properties", {})
        for key, item in value.items():
            if key in properties:
                found += problems(item, properties[key], f"{where}.{key}")
            elif schema.get("additionalProperties") is False:
                found.append(f"{where}.{key}: not allowed")
    if isinstance(value, list):
        if len(value) > schema.get("maxItems", len(value)):
            found.append(f"{where}: too many items")
        if schema.get("uniqueItems") and len({repr(v) for v in value}) != len(value):
            found.append(f"{where}: items repeat")
        if "items" in schema:
            for index, item in enumerate(value):
                found += problems(item, schema["items"], f"{where}[{index}]")
    return found
