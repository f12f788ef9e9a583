"""Wire copies: near-identical texts from different outlets count as one independent source.

MinHash over word 5-shingles with an LSH index (datasketch), so only likely copies are compared.
"""

from __future__ import annotations

from datasketch import MinHash, MinHashLSH

from crosswire.fusion.text import normal_words

COPY_THRESHOLD = 0.6  # estimated Jaccard of word 5-shingles above which two texts are copies
SHINGLE = 5
PERMUTATIONS = 64


def _minhash(text: str) -> MinHash:
    words = normal_words(text)
    m = MinHash(num_perm=PERMUTATIONS, seed=7)
    m.update_batch([" ".join(words[i:i + SHINGLE]).encode("utf-8") for i in range(max(len(words) - SHINGLE + 1, 1))])
    return m


def copy_groups(texts: dict[str, str], threshold: float = COPY_THRESHOLD) -> dict[str, str]:
    """{article id: id of the first article of its copy group} (an article alone maps to itself)."""
    lsh = MinHashLSH(threshold=threshold, num_perm=PERMUTATIONS)
    group: dict[str, str] = {}
    for aid, text in texts.items():
        m = _minhash(text)
        hits = [h for h in lsh.query(m) if h in group]
        group[aid] = min((group[h] for h in hits), default=aid, key=list(texts).index)
        lsh.insert(aid, m)
    return group
