"""Ingest: files, folders, archives and stdin -> :class:`~marsad.document.Document` objects.

The reader is the pipeline's first step: it provides ``raw``, ``text`` and the
metadata (``title``, ``published``, ``url``, ``source``, ``lang``, ``origin``).
Rejected inputs come out as :class:`IngestError` items in the same stream, so a
batch never stops on one bad line, file or archive member.

>>> for item in read_documents(["data/news", "-"], published="2024-12-09"):  # doctest: +SKIP
...     if isinstance(item, IngestError):
...         print(item)            # data/news/a.jsonl:17: malformed JSON: ...
...     else:
...         process(item)
"""

from marsad.ingest.decode import DecodeError, decode_bytes
from marsad.ingest.errors import IngestError
from marsad.ingest.readers import read_documents

__all__ = ["DecodeError", "IngestError", "decode_bytes", "read_documents"]
