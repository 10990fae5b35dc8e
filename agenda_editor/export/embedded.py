"""A file embedded in a PDF as ReportLab writes it (``/EmbeddedFiles``), so that the document
needs no second pass through another PDF library to carry its meeting.

The file is an ordinary embedded file of the document and its associated file (``/AF``, PDF 2.0
and PDF/A-3) with the relationship ``/Source``: the data it was made from. Its stream is
compressed here, once, with a fast zlib level: the JSON of a large meeting is several
megabytes.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import zlib
from dataclasses import dataclass
from typing import Any

from reportlab.pdfbase.pdfdoc import PDFArray, PDFDictionary, PDFName, PDFStream, PDFString, PDFText

__all__ = ["EmbeddedFile", "embed"]

#: zlib's level for the embedded file: level 6 would take four times as long for a quarter
#: less (huge meeting: 5.5 MB of JSON, 31 ms to 1.0 MB against 140 ms to 0.7 MB).
LEVEL = 1


@dataclass(frozen=True)
class EmbeddedFile:
    """What to embed: the file's name, its bytes, a description and a MIME type."""

    name: str
    data: bytes
    description: str
    mime_type: str


def _mime_name(mime_type: str) -> str:
    """The MIME type as a PDF name: its slash written ``#2F`` (ReportLab's ``PDFName`` keeps it
    as it is, which would end the name)."""
    return "/" + mime_type.replace("/", "#2F")


def embed(doc: Any, file: EmbeddedFile, modified: dt.datetime | None = None) -> None:
    """Add ``file`` to ReportLab's PDF document ``doc`` (a canvas's ``_doc``), before it is
    saved."""
    when = (modified or dt.datetime.now(dt.UTC)).strftime("D:%Y%m%d%H%M%SZ")
    params = PDFDictionary(
        {
            "Size": len(file.data),
            "ModDate": PDFString(when),
            "CheckSum": PDFText(hashlib.md5(file.data, usedforsecurity=False).digest()),
        }
    )
    stream = PDFStream(
        PDFDictionary(
            {
                "Type": PDFName("EmbeddedFile"),
                "Subtype": _mime_name(file.mime_type),
                "Params": params,
                "Filter": PDFName("FlateDecode"),  # set: ReportLab does not compress it again
            }
        ),
        content=zlib.compress(file.data, LEVEL),
    )
    spec = doc.Reference(
        PDFDictionary(
            {
                "Type": PDFName("Filespec"),
                "F": PDFString(file.name),
                "UF": PDFString(file.name),
                "Desc": PDFString(file.description),
                "EF": PDFDictionary({"F": stream}),
                "AFRelationship": PDFName("Source"),
            }
        )
    )
    catalog = doc.Catalog
    catalog.Names = PDFDictionary(
        {"EmbeddedFiles": PDFDictionary({"Names": PDFArray([PDFString(file.name), spec])})}
    )
    # ReportLab's catalog writes the keys it lists: /AF is not one of them.
    catalog.__NoDefault__ = [*type(catalog).__NoDefault__, "AF"]
    catalog.AF = PDFArray([spec])
