"""Russian named entities with natasha: models built once per process, BLAS kept to one thread."""
from __future__ import annotations

import ctypes
import os
from dataclasses import dataclass
from functools import lru_cache

# natasha's taggers multiply small matrices; OpenBLAS threads spinning on a shared machine make that ~10x slower.
BLAS_THREADS = int(os.environ.get("CHRONO_BLAS_THREADS", "1"))
_SET_THREADS = ("openblas_set_num_threads", "scipy_openblas_set_num_threads64_", "openblas_set_num_threads64_",
                "scipy_openblas_set_num_threads")


@dataclass(frozen=True)
class NamedSpan:
    """A named entity natasha found: its span, normal form and type (PER, LOC, ORG)."""

    start: int
    end: int
    name: str
    kind: str


def named_spans(text: str) -> list[NamedSpan]:
    """The named entities of a Russian text, normalized; morphology is tagged only where entities are."""
    models = natasha_models()
    doc = models["Doc"](text)
    doc.segment(models["segmenter"])
    doc.tag_ner(models["ner_tagger"])
    with_spans = [sent for sent in doc.sents if sent.spans]
    if with_spans:
        markups = models["morph_tagger"].map([[token.text for token in sent.tokens] for sent in with_spans])
        for sent, markup in zip(with_spans, markups):
            for token, tagged in zip(sent.tokens, markup.tokens):
                token.pos, token.feats = tagged.pos, tagged.feats
    found = []
    for span in doc.spans:
        span.normalize(models["morph_vocab"])
        found.append(NamedSpan(span.start, span.stop, span.normal or span.text, span.type))
    return found


@lru_cache(maxsize=1)
def natasha_models() -> dict:
    """natasha's segmenter, taggers and vocabulary, built once per process on first use."""
    limit_blas_threads(BLAS_THREADS)
    from natasha import Doc, MorphVocab, NewsEmbedding, NewsMorphTagger, NewsNERTagger, Segmenter
    embedding = NewsEmbedding()
    return {"Doc": Doc, "segmenter": Segmenter(), "morph_vocab": MorphVocab(),
            "morph_tagger": NewsMorphTagger(embedding), "ner_tagger": NewsNERTagger(embedding)}


def limit_blas_threads(threads: int) -> bool:
    """Cap the OpenBLAS threads numpy uses (before or after numpy loads); True when a loaded library took it."""
    for name in ("OPENBLAS_NUM_THREADS", "OMP_NUM_THREADS"):
        os.environ.setdefault(name, str(threads))
    import numpy  # noqa: F401 - loads the BLAS library whose thread count is set below
    done = False
    for path in _loaded_blas_libraries():
        try:
            library = ctypes.CDLL(path)
        except OSError:
            continue
        for symbol in _SET_THREADS:
            setter = getattr(library, symbol, None)
            if setter is not None:
                setter(ctypes.c_int(threads))
                done = True
                break
    return done


def _loaded_blas_libraries() -> list[str]:
    try:
        with open("/proc/self/maps", encoding="utf-8") as maps:
            paths = {line.split()[-1] for line in maps if "openblas" in line.lower() and "/" in line}
    except OSError:
        return []
    return sorted(paths)
