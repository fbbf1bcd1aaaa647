"""Read and validate one YAML rule or lexicon file, with errors that name its file, line and field."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

from pydantic import ValidationError

from ..errors import RuleFileError


def _line_map(node: Any, path: tuple[Any, ...] = ()) -> Iterator[tuple[tuple[Any, ...], int]]:
    """(location path, 1-based line) for every key and item below the YAML ``node``."""
    import yaml

    if isinstance(node, yaml.MappingNode):
        for key, value in node.value:
            k = key.value
            yield path + (k,), key.start_mark.line + 1
            yield from _line_map(value, path + (k,))
    elif isinstance(node, yaml.SequenceNode):
        for i, item in enumerate(node.value):
            yield path + (i,), item.start_mark.line + 1
            yield from _line_map(item, path + (i,))


_LOADER: Any = None


def _fast_loader() -> Any:
    """libyaml's safe loader when available, refusing a key given twice in one mapping (YAML keeps the
    last silently: a second ``match:`` under one example would replace the first)."""
    global _LOADER
    if _LOADER is None:
        import yaml  # imported here: a warm rule cache never parses YAML

        class UniqueKeyLoader(getattr(yaml, "CSafeLoader", yaml.SafeLoader)):  # type: ignore[misc]
            def construct_mapping(self, node: Any, deep: bool = False) -> Any:
                seen: dict[Any, int] = {}
                for key_node, _value in node.value:
                    key = key_node.value if isinstance(key_node, yaml.ScalarNode) else None
                    if key is not None and key in seen:
                        raise yaml.constructor.ConstructorError(
                            None, None, f"key '{key}' given twice in one mapping (first on line {seen[key]})",
                            key_node.start_mark)
                    if key is not None:
                        seen[key] = key_node.start_mark.line + 1
                return super().construct_mapping(node, deep=deep)

        _LOADER = UniqueKeyLoader
    return _LOADER


def _read_yaml(path: Path) -> tuple[Any, str]:
    """Parse with libyaml when available (the pure-Python parser is ~20x slower);
    line numbers are only worked out when an error needs them."""
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise RuleFileError(path, f"cannot read file ({exc.__class__.__name__})") from None
    import yaml

    try:
        data = yaml.load(text, Loader=_fast_loader())  # noqa: S506 - a safe loader
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        line = mark.line + 1 if mark is not None else None
        problem = getattr(exc, "problem", None) or str(exc).splitlines()[0]
        raise RuleFileError(path, f"invalid YAML: {problem}", line=line) from None
    return data, text


def _lines(text: str) -> dict[tuple[Any, ...], int]:
    import yaml

    node = yaml.compose(text, Loader=_fast_loader())
    return {(): 1, **dict(_line_map(node))} if node is not None else {}


def _validation_error(path: Path, exc: ValidationError, text: str, rule: str | None) -> RuleFileError:
    err = exc.errors()[0]
    lines = _lines(text)
    loc = tuple(p for p in err["loc"] if not (isinstance(p, str) and p[:1].isupper() and "Pattern" in p))
    # Find the deepest location we know a line for.
    line = None
    for n in range(len(loc), -1, -1):
        if loc[:n] in lines:
            line = lines[loc[:n]]
            break
    fld = ".".join(str(p) for p in loc) or None
    msg = err["msg"].removeprefix("Value error, ")
    return RuleFileError(path, msg, line=line, field=fld, rule=rule)


def _validate(model: type, path: Path) -> Any:
    data, text = _read_yaml(path)
    if not isinstance(data, dict):
        raise RuleFileError(path, "expected a mapping at the top level", line=1)
    rule = data.get("id") if isinstance(data.get("id"), str) else None
    try:
        return model.model_validate(data)
    except ValidationError as exc:
        raise _validation_error(path, exc, text, rule) from None
