"""Marsad (مرصد): Arabic-first, offline news-to-event-data pipeline.

Typical use from Python::

    from marsad import build_pipeline
    from marsad.document import Document

    nlp = build_pipeline()
    doc = nlp(Document(id="d1", raw="فرّ نحو 2000 جندي سوري إلى العراق يوم السبت."))
    doc.to_annotate_record()
"""

from marsad.document import Document

__version__ = "0.1.0"
__all__ = ["Document", "build_pipeline", "__version__"]


def build_pipeline(*args, **kwargs):  # noqa: ANN002, ANN003
    """Build the default pipeline (see :func:`marsad.stages.build_pipeline`)."""
    from marsad.stages import build_pipeline as _build

    return _build(*args, **kwargs)
