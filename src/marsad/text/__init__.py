"""Text basics: language identification, sentence splitting, clitic-aware tokens."""

from marsad.text.langid import LanguageIdentifier, identify_language
from marsad.text.sentences import SentenceSplitter, split_sentences
from marsad.text.tokens import Tokenizer, tokenize

__all__ = [
    "LanguageIdentifier",
    "SentenceSplitter",
    "Tokenizer",
    "identify_language",
    "split_sentences",
    "tokenize",
]
