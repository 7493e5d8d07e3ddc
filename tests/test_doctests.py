"""The docstring examples of every module of the package run and give what they show,
so the examples a reader copies stay true."""

from __future__ import annotations

import doctest
import importlib
import pkgutil

import pytest

import marsad

MODULES = sorted(
    m.name for m in pkgutil.walk_packages(marsad.__path__, "marsad.") if not m.ispkg
) + ["marsad"]


@pytest.mark.parametrize("name", MODULES)
def test_docstring_examples(name: str) -> None:
    module = importlib.import_module(name)
    result = doctest.testmod(module, optionflags=doctest.ELLIPSIS, verbose=False)
    assert result.failed == 0, f"{result.failed} of {result.attempted} examples failed in {name}"
