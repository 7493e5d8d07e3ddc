"""Cleaning: boilerplate removal with offsets into the input, and the normalized view.

>>> from marsad.clean import clean_text
>>> clean_text("نص الخبر.\\n\\nالمصدر")[0]
'نص الخبر.'
"""

from marsad.clean.cleaner import Cleaner, Normalizer, clean_text
from marsad.clean.normalize import NormalizedText, normalize, normalize_key

__all__ = ["Cleaner", "Normalizer", "NormalizedText", "clean_text", "normalize", "normalize_key"]
