"""The one exception hierarchy: drawn in the docstring, stable codes, the source in messages."""
from __future__ import annotations

import re

import pytest

from intelfile import errors
from intelfile.errors import IntelfileError


def error_classes() -> list[type[IntelfileError]]:
    return [getattr(errors, name) for name in errors.__all__]


def test_all_lists_every_error_class_and_they_derive_from_the_root():
    defined = {name for name, value in vars(errors).items()
               if isinstance(value, type) and issubclass(value, BaseException) and value.__module__ == errors.__name__}
    assert defined == set(errors.__all__)
    assert all(issubclass(cls, IntelfileError) for cls in error_classes())


def test_the_docstring_draws_the_real_tree():
    drawn = {}
    for line in errors.__doc__.splitlines():
        m = re.match(r"^(\s*)(?:[│ ]*[├└]── )?([A-Z][A-Za-z]+)\s{2,}", line)
        if m or line.strip() == "IntelfileError":
            name = m.group(2) if m else "IntelfileError"
            depth = (line.find(name) - 4) // 4
            drawn[name] = depth
    assert set(drawn) == set(errors.__all__)
    parents: list[str] = []
    for name, depth in drawn.items():
        del parents[depth:]
        cls = getattr(errors, name)
        if parents:
            assert cls.__bases__[0] is getattr(errors, parents[-1]), name
        parents.append(name)


def test_codes_are_unique_and_stable_strings():
    codes = [cls.code for cls in error_classes()]
    assert len(codes) == len(set(codes))
    assert all(re.fullmatch(r"[a-z][a-z-]*", c) for c in codes)


def test_errors_carry_their_source():
    exc = errors.EmptyInput("nothing left after cleaning", source="/in/a.txt")
    assert exc.source == "/in/a.txt" and exc.message == "nothing left after cleaning"
    assert str(exc) == "/in/a.txt: nothing left after cleaning"
    assert str(errors.ConfigError("bad value")) == "bad value"
    with pytest.raises(errors.InputError):
        raise errors.TruncatedInput("cut", source="x.gz")
    assert isinstance(errors.SchemaError("newer"), errors.StoreError)
