"""Events and statements: PLOVER event records with arguments, modality and
attribution (:class:`EventDetector`, stage ``events``) and attributed statements
(:class:`StatementExtractor`, stage ``statements``)."""

from marsad.events.detector import EventDetector
from marsad.events.statements import StatementExtractor

__all__ = ["EventDetector", "StatementExtractor"]
