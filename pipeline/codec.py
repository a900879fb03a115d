"""Frozen dataclasses to JSON-ready data and back, driven by their type hints.

Used for cached analyses: :func:`to_data` is :func:`dataclasses.asdict` with tuples as
lists; :func:`from_data` rebuilds the dataclass and checks every field against its
annotation, so a damaged or tampered record raises :class:`TypeError` or
:class:`ValueError` (a cache miss) instead of producing a half-valid object.
"""

from __future__ import annotations

import dataclasses
import types
import typing
from collections.abc import Callable
from functools import cache
from typing import Any, Literal, TypeVar, Union

T = TypeVar("T")


def to_data(value: Any) -> Any:
    """JSON-ready data: dataclasses as dicts, tuples as lists."""
    kind = type(value)
    if kind in _PLAIN:
        return value
    names = _field_names(kind)
    if names is not None:
        return {name: to_data(getattr(value, name)) for name in names}
    if isinstance(value, (tuple, list)):
        return [to_data(item) for item in value]
    if isinstance(value, dict):
        return {str(key): to_data(item) for key, item in value.items()}
    return value


_PLAIN = frozenset({str, int, float, bool, type(None)})


_FIELDS: dict[type, tuple[str, ...] | None] = {}


def _field_names(kind: type) -> tuple[str, ...] | None:
    """The fields of a dataclass type, in order; None for any other type."""
    try:
        return _FIELDS[kind]
    except KeyError:
        names = None
        if dataclasses.is_dataclass(kind):
            names = tuple(f.name for f in dataclasses.fields(kind))
        _FIELDS[kind] = names
        return names


def from_data(kind: type[T], data: Any) -> T:
    """The ``kind`` dataclass that :func:`to_data` turned into ``data``."""
    return typing.cast(T, _decoder(typing.cast(Any, kind))(data))


@cache
def _hints(kind: type) -> dict[str, Any]:
    return typing.get_type_hints(kind)


Decoder = Callable[[Any], Any]


@cache
def _decoder(hint: Any) -> Decoder:
    """A function that rebuilds (and checks) data of type ``hint``; made once per type, so
    that a cached analysis of thousands of values is not read through ``typing`` again
    for each of them."""
    origin = typing.get_origin(hint)
    if origin in (Union, types.UnionType):
        return _union(hint)
    if origin is Literal:
        allowed = typing.get_args(hint)

        def literal(data: Any) -> Any:
            if data not in allowed:
                raise ValueError(f"{data!r} is not one of {allowed}")
            return data

        return literal
    if origin is tuple:
        return _tuple(hint)
    if origin is dict:
        return _dict(hint)
    if isinstance(hint, type) and dataclasses.is_dataclass(hint):
        return _dataclass(hint)
    if hint is Any:
        return _any
    if hint is float:
        return _float
    if hint in (str, int, bool):
        return _scalar(hint)
    if hint is type(None):
        return _none

    def unknown(data: Any) -> Any:
        raise TypeError(f"cannot rebuild a value of type {hint!r}")

    return unknown


def _union(hint: Any) -> Decoder:
    options = typing.get_args(hint)
    nullable = type(None) in options
    kinds = [option for option in options if option is not type(None)]

    def union(data: Any) -> Any:
        if data is None and nullable:
            return None
        problems = []
        for kind in kinds:
            try:
                return _decoder(kind)(data)
            except (TypeError, ValueError) as exc:
                problems.append(str(exc))
        raise TypeError("; ".join(problems) or f"no type fits {data!r}")

    return union


def _tuple(hint: Any) -> Decoder:
    args = typing.get_args(hint)
    if len(args) == 2 and args[1] is Ellipsis:
        item_kind = args[0]

        def repeated(data: Any) -> Any:
            if not isinstance(data, list):
                raise TypeError(f"expected a list, got {type(data).__name__}")
            decode = _decoder(item_kind)
            return tuple([decode(item) for item in data])

        return repeated

    def fixed(data: Any) -> Any:
        if not isinstance(data, list):
            raise TypeError(f"expected a list, got {type(data).__name__}")
        if len(args) != len(data):
            raise ValueError(f"expected {len(args)} items, got {len(data)}")
        return tuple(_decoder(arg)(item) for arg, item in zip(args, data, strict=True))

    return fixed


def _dict(hint: Any) -> Decoder:
    key_hint, value_hint = typing.get_args(hint)

    def mapping(data: Any) -> Any:
        if not isinstance(data, dict):
            raise TypeError(f"expected an object, got {type(data).__name__}")
        key, value = _decoder(key_hint), _decoder(value_hint)
        return {key(k): value(item) for k, item in data.items()}

    return mapping


def _dataclass(hint: type) -> Decoder:
    names = frozenset(f.name for f in dataclasses.fields(hint) if f.init)
    fields: dict[str, Decoder] = {}  # filled on first use: a type may refer to itself

    def build(data: Any) -> Any:
        if not isinstance(data, dict):
            raise TypeError(f"expected an object for {hint.__name__}")
        if not names.issuperset(data):
            raise ValueError(f"{hint.__name__} has no field {sorted(set(data) - names)}")
        if not fields:
            fields.update((name, _decoder(kind)) for name, kind in _hints(hint).items())
        return hint(**{name: fields[name](item) for name, item in data.items()})

    return build


def _any(data: Any) -> Any:
    return data


def _float(data: Any) -> Any:
    if isinstance(data, bool) or not isinstance(data, (int, float)):
        raise TypeError(f"expected a number, got {data!r}")
    return float(data)


def _scalar(hint: type) -> Decoder:
    def scalar(data: Any) -> Any:
        if not isinstance(data, hint) or (hint is int and isinstance(data, bool)):
            raise TypeError(f"expected {hint.__name__}, got {data!r}")
        return data

    return scalar


def _none(data: Any) -> Any:
    if data is not None:
        raise TypeError(f"expected null, got {data!r}")
    return None
