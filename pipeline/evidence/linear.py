"""The strength classifier's arithmetic without scikit-learn at run time.

The trained model is a scikit-learn Pipeline (TF-IDF over word 1-2 grams and char_wb 2-5
grams, joined, into a multinomial logistic regression), saved with skops for inspection.
Loading that file takes seconds per worker (importing scikit-learn, skops checking every
type in a 25 MB schema). ``make model`` therefore also exports the fitted numbers (the two
vocabularies, their idf weights, the coefficients and intercepts) to a NumPy ``.npz`` file,
loaded without pickles, and :class:`LinearTextModel` scores sentences with the same steps:
lower-case, tokenise, n-grams, sublinear tf times idf, L2 norm per vectoriser, a linear
score per class, softmax. A test holds its probabilities to scikit-learn's.
"""

from __future__ import annotations

import io
import re
from collections import Counter
from itertools import repeat
from pathlib import Path
from typing import Any

import numpy as np

FORMAT = "s11-linear-text/1"
_WHITE_SPACES = re.compile(r"\s\s+")  # scikit-learn's char_wb whitespace normalisation


class LinearTextModel:
    def __init__(
        self,
        classes: tuple[str, ...],
        token_pattern: str,
        word_range: tuple[int, int],
        char_range: tuple[int, int],
        word_vocabulary: dict[str, int],
        char_vocabulary: dict[str, int],
        word_idf: np.ndarray,
        char_idf: np.ndarray,
        coefficients: np.ndarray,
        intercepts: np.ndarray,
    ) -> None:
        self.classes = classes
        self.token_pattern = re.compile(token_pattern)
        self.word_range = word_range
        self.char_range = char_range
        self.word_vocabulary = word_vocabulary
        self.char_vocabulary = char_vocabulary
        self.word_idf = word_idf
        self.char_idf = char_idf
        self.word_coefficients = np.ascontiguousarray(coefficients[:, : len(word_idf)])
        self.char_coefficients = np.ascontiguousarray(coefficients[:, len(word_idf) :])
        self.intercepts = intercepts

    # -- export and load

    @staticmethod
    def export(pipeline: Any) -> bytes:
        """A fitted Pipeline(FeatureUnion(words, chars), LogisticRegression) as .npz bytes."""
        features = dict(pipeline.named_steps["features"].transformer_list)
        words, chars = features["words"], features["chars"]
        classifier = pipeline.named_steps["classifier"]
        for name, vectoriser in (("words", words), ("chars", chars)):
            expected = {
                "lowercase": True,
                "strip_accents": None,
                "preprocessor": None,
                "tokenizer": None,
                "stop_words": None,
                "sublinear_tf": True,
                "use_idf": True,
                "norm": "l2",
                "analyzer": "word" if name == "words" else "char_wb",
            }
            params = vectoriser.get_params()
            unlike = {k: params[k] for k, v in expected.items() if params[k] != v}
            if unlike:
                raise ValueError(f"the {name} vectoriser has settings this export lacks: {unlike}")
        if len(classifier.classes_) < 3:
            raise ValueError("the export scores three or more classes (softmax)")

        def ordered(vocabulary: dict[str, int]) -> np.ndarray:
            terms = [""] * len(vocabulary)
            for term, index in vocabulary.items():
                terms[index] = term
            return np.array(terms, dtype=str)

        buffer = io.BytesIO()
        np.savez(
            buffer,
            format=np.array(FORMAT),
            classes=np.array([str(c) for c in classifier.classes_]),
            token_pattern=np.array(words.token_pattern),
            word_range=np.array(words.ngram_range),
            char_range=np.array(chars.ngram_range),
            word_terms=ordered(words.vocabulary_),
            char_terms=ordered(chars.vocabulary_),
            word_idf=words.idf_,
            char_idf=chars.idf_,
            coefficients=classifier.coef_,
            intercepts=classifier.intercept_,
        )
        return buffer.getvalue()

    @classmethod
    def load(cls, path: Path) -> LinearTextModel:
        """Raises OSError or ValueError on a missing, damaged or other-format file."""
        try:
            with np.load(path, allow_pickle=False) as data:
                if str(data["format"]) != FORMAT:
                    raise ValueError(f"{path} is not a {FORMAT} file")
                word_terms, char_terms = data["word_terms"].tolist(), data["char_terms"].tolist()
                model = cls(
                    classes=tuple(data["classes"].tolist()),
                    token_pattern=str(data["token_pattern"]),
                    word_range=tuple(data["word_range"].tolist()),
                    char_range=tuple(data["char_range"].tolist()),
                    word_vocabulary=dict(zip(word_terms, range(len(word_terms)), strict=True)),
                    char_vocabulary=dict(zip(char_terms, range(len(char_terms)), strict=True)),
                    word_idf=data["word_idf"],
                    char_idf=data["char_idf"],
                    coefficients=data["coefficients"],
                    intercepts=data["intercepts"],
                )
        except (KeyError, EOFError, ValueError) as exc:
            raise ValueError(f"{path} is not a readable model export ({exc})") from None
        width = len(model.word_idf) + len(model.char_idf)
        if model.word_coefficients.shape[1] + model.char_coefficients.shape[1] != width:
            raise ValueError(f"{path} has coefficients for another vocabulary")
        return model

    # -- scoring

    def _word_grams(self, text: str) -> list[str]:
        tokens = self.token_pattern.findall(text)
        low, high = self.word_range
        grams = list(tokens) if low == 1 else []
        for n in range(max(low, 2), min(high, len(tokens)) + 1):
            grams += [" ".join(tokens[i : i + n]) for i in range(len(tokens) - n + 1)]
        return grams

    def _char_grams(self, text: str) -> list[str]:
        low, high = self.char_range
        grams: list[str] = []
        for word in _WHITE_SPACES.sub(" ", text).split():
            padded = f" {word} "
            length = len(padded)
            for n in range(low, high + 1):
                if length <= n:  # a short word is counted once, whole
                    grams.append(padded)
                    break
                grams += [padded[i : i + n] for i in range(length - n + 1)]
        return grams

    def _weights(
        self, grams_per_text: list[list[str]], vocabulary: dict[str, int], idf: np.ndarray
    ) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        """(row of each entry, feature index, L2-normalised sublinear tf-idf value)."""
        rows: list[int] = []
        indices: list[int] = []
        counts: list[int] = []
        for row, grams in enumerate(grams_per_text):
            counted = Counter(grams)
            rows.extend(repeat(row, len(counted)))
            indices.extend(map(vocabulary.get, counted, repeat(-1)))  # -1: not a feature
            counts.extend(counted.values())
        known = np.array(indices, dtype=np.intp) >= 0
        row_of = np.array(rows, dtype=np.intp)[known]
        index_of = np.array(indices, dtype=np.intp)[known]
        counts_of = np.array(counts, dtype=float)[known]
        values = (np.log(counts_of) + 1.0) * idf[index_of]
        norms = np.sqrt(np.bincount(row_of, weights=values * values, minlength=len(grams_per_text)))
        if len(values):
            values /= norms[row_of]
        return row_of, index_of, values

    def predict_proba(self, texts: list[str]) -> np.ndarray:
        """Rows of class probabilities, in the order of ``classes``."""
        lowered = [text.lower() for text in texts]
        decision = np.tile(self.intercepts, (len(texts), 1))
        for grams, vocabulary, idf, coefficients in (
            (
                [self._word_grams(t) for t in lowered],
                self.word_vocabulary,
                self.word_idf,
                self.word_coefficients,
            ),
            (
                [self._char_grams(t) for t in lowered],
                self.char_vocabulary,
                self.char_idf,
                self.char_coefficients,
            ),
        ):
            row_of, index_of, values = self._weights(grams, vocabulary, idf)
            for k in range(len(self.classes)):
                decision[:, k] += np.bincount(
                    row_of, weights=coefficients[k, index_of] * values, minlength=len(texts)
                )
        exponent = np.exp(decision - decision.max(axis=1, keepdims=True))
        return exponent / exponent.sum(axis=1, keepdims=True)
