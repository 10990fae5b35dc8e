"""Reading an XLIFF 1.2 translation file back (the counterpart of :mod:`.xliff_writer`).

The parser is defusedxml's: entity declarations (the "billion laughs"), external entities and
network access are refused, so a hostile file cannot blow up memory or read local files. A file
that is not XML, not XLIFF 1.2 or holds more than one ``<file>`` raises
:class:`~agenda_editor.core.exchange.ExchangeError` naming the problem. Inside a unit only the
inline markup the writer uses is read: ``<g>`` with one of our formats, ``<x id="fnN"/>`` and
``<mrk>`` (read as its text); anything else makes a per-unit problem, reported by the merge,
never text or markup in our meeting.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from pathlib import Path

import defusedxml
import defusedxml.ElementTree as SafeET

from agenda_editor.core import markup
from agenda_editor.core.exchange import ExchangeError, NoteMark, Piece
from agenda_editor.core.exchange_merge import IncomingUnit, Translation
from agenda_editor.interchange.xliff_writer import CTYPES, XLIFF_NS

_FORMATS = {ctype: tag for tag, ctype in CTYPES.items()}
_FOOTNOTE_ID = re.compile(r"fn([1-9][0-9]{0,3})")
#: Deeper nesting of inline elements than this is no formatting of ours.
_MAX_DEPTH = 12
#: The largest file read: a meeting of hundreds of items is a few hundred kilobytes.
MAX_BYTES = 50_000_000


class _ContentError(ValueError):
    pass


def _local(tag: object) -> str | None:
    """The XLIFF element name of ``tag``; ``None`` for another namespace (or a comment)."""
    if not isinstance(tag, str):
        return None
    if tag.startswith("{"):
        namespace, _, name = tag[1:].partition("}")
        return name if namespace == XLIFF_NS else None
    return tag


def _pieces(
    element: ET.Element,
    ctypes: dict[str, str],
    formats: frozenset[str] = frozenset(),
    depth: int = 0,
) -> list[Piece]:
    """The content of a source or target. A ``<g>`` without ``ctype`` (some tools drop it in
    the target) has the ``ctype`` of the source's ``<g>`` with the same id, given in ``ctypes``.
    """
    if depth > _MAX_DEPTH:
        raise _ContentError("inline elements are nested too deep")
    out: list[Piece] = []
    if element.text:
        out.append(markup.Run(element.text, formats))
    for child in element:
        name = _local(child.tag)
        if name == "g":
            ctype = child.get("ctype") or ctypes.get(child.get("id", ""), "")
            if ctype not in _FORMATS:
                shown = f'<g ctype="{ctype}">' if ctype else "<g> without a ctype"
                raise _ContentError(
                    f"{shown} is formatting our texts do not have "
                    f"(only {', '.join(CTYPES.values())})"
                )
            out += _pieces(child, ctypes, formats | {_FORMATS[ctype]}, depth + 1)
        elif name == "x":
            match = _FOOTNOTE_ID.fullmatch(child.get("id", ""))
            if match is None:
                raise _ContentError(
                    f'<x id="{child.get("id", "")}"/> is not a footnote place of ours'
                )
            out.append(NoteMark(int(match.group(1))))
        elif name == "mrk":
            out += _pieces(child, ctypes, formats, depth + 1)
        elif name is not None:
            raise _ContentError(f"<{name}> is markup our texts do not allow")
        elif isinstance(child.tag, str):
            raise _ContentError(f"an element of another vocabulary ({child.tag}) is in the text")
        if child.tail:
            out.append(markup.Run(child.tail, formats))
    return out


def _unit(element: ET.Element, position: int) -> IncomingUnit:
    unit_id = element.get("id", "")
    source = target = None
    for child in element:
        if _local(child.tag) == "source":
            source = child
        elif _local(child.tag) == "target":
            target = child
    if not unit_id.strip():
        return IncomingUnit(f"(unit {position})", [], None, problem="the unit has no id")
    if source is None:
        return IncomingUnit(unit_id, [], None, problem="the unit has no <source>")
    try:
        source_pieces = _pieces(source, {})
    except _ContentError as error:
        return IncomingUnit(unit_id, [], None, problem=f"in the source: {error}")
    if target is None:
        return IncomingUnit(unit_id, source_pieces, None)
    state = target.get("state")
    ctypes = {g.get("id", ""): g.get("ctype", "") for g in source.iter() if _local(g.tag) == "g"}
    try:
        target_pieces = _pieces(target, ctypes)
    except _ContentError as error:
        return IncomingUnit(unit_id, source_pieces, None, problem=f"in the translation: {error}")
    return IncomingUnit(unit_id, source_pieces, target_pieces, state)


def read_xliff(data: bytes, name: str = "the file") -> Translation:
    """The translation held in an XLIFF 1.2 document; :class:`ExchangeError` if it is not one."""
    try:
        root = SafeET.fromstring(data, forbid_dtd=False, forbid_entities=True, forbid_external=True)
    except defusedxml.EntitiesForbidden:
        raise ExchangeError("xliff-entities", file=name) from None
    except (defusedxml.ExternalReferenceForbidden, defusedxml.DTDForbidden):
        raise ExchangeError("xliff-external", file=name) from None
    except ET.ParseError as error:
        line, column = error.position
        reason = str(error).split(":")[0].removeprefix("not well-formed (").removesuffix(")")
        raise ExchangeError(
            "xliff-xml", file=name, detail=reason, line=line, column=column + 1
        ) from None
    if _local(root.tag) != "xliff":
        raise ExchangeError("xliff-not-xliff", file=name, root=root.tag)
    version = root.get("version", "")
    if version != "1.2":
        raise ExchangeError("xliff-version", file=name, version=repr(version or "(none)"))
    files = [child for child in root if _local(child.tag) == "file"]
    if len(files) != 1:
        raise ExchangeError("xliff-files", file=name, count=len(files))
    file = files[0]
    target_language = file.get("target-language", "")
    if not target_language.strip():
        raise ExchangeError("xliff-no-target", file=name)
    elements = [element for element in file.iter() if _local(element.tag) == "trans-unit"]
    units = [_unit(element, position) for position, element in enumerate(elements, start=1)]
    return Translation(
        meeting_symbol=file.get("original", ""),
        source_language=file.get("source-language", ""),
        target_language=target_language,
        units=units,
    )


def load_xliff(path: str | Path) -> Translation:
    """:func:`read_xliff` of a file; ``OSError`` when it cannot be read."""
    path = Path(path)
    if path.is_dir():
        raise ExchangeError("xliff-folder", file=path)
    size = path.stat().st_size
    if size > MAX_BYTES:
        raise ExchangeError(
            "xliff-too-big", file=path, size=size // 1_000_000, limit=MAX_BYTES // 1_000_000
        )
    return read_xliff(path.read_bytes(), str(path))
