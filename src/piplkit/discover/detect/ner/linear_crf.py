"""A linear-chain CRF evaluated with numpy: emission scores by table look-ups, batched decoding.

The weights are those crfsuite learnt (``training/train_ner.py`` exports them into an ``.npz``
file); tagging no longer goes through crfsuite, whose per-feature string handling cost more than
everything else put together. Here a character's emission scores are the sum of a few rows
gathered from weight tables (one row per feature template, or per group of templates with few
codes, whose weights are summed into a joint table when the model loads), for every character of
a batch at once, and decoding runs over all chunks of the batch together:

* positions whose emission already prefers ``O`` by more than any transition could overturn are
  settled as ``O`` without decoding (most characters of running text);
* the remaining runs are decoded exactly by max-product in both directions (max-marginals),
  packed by time step so that each step is a handful of array operations over every run alive at
  that step. The label of a position is its best max-marginal (the Viterbi path when it is
  unique) and its confidence the soft-max of its max-marginals.
"""

from __future__ import annotations

import io
import zipfile
from dataclasses import dataclass

import numpy as np
from numpy.lib.format import read_array

from piplkit.discover.detect.ner.features import TEMPLATES

_UNIGRAMS = ("u-2", "u-1", "u0", "u1", "u2")
_BIGRAMS = ("b-2", "b-1", "b1", "b2")
_BMP = 0x10000
#: Templates with few codes, summed into one table per group (see ``LinearCrf.__init__``).
_JOINT_GROUPS = (
    ("b", "s", "sfx", "cl0", "cl1", "cr1", "cr2", "cr3", "tr"),
    ("ws", "we"),
    ("gs", "ge"),
    ("gc", "lat"),
    ("js", "je"),
    ("jc", "trr"),
)
_JOINED = frozenset(name for group in _JOINT_GROUPS for name in group)
_EMPTY = np.uint64(0xFFFFFFFFFFFFFFFF)
_GOLDEN = np.uint64(0x9E3779B97F4A7C15)


@dataclass(frozen=True, slots=True)
class Decoded:
    """Per tagged position: label index and confidence (pseudo-marginal of that label)."""

    labels: np.ndarray
    confidence: np.ndarray


class LinearCrf:
    """Weights of a trained CRF laid out for vectorised scoring (see module docstring)."""

    def __init__(self, archive: dict[str, np.ndarray]) -> None:
        self.labels: tuple[str, ...] = tuple(str(x) for x in archive["labels"])
        n_labels = len(self.labels)
        self.outside = self.labels.index("O")
        self.transitions = archive["transitions"].astype(np.float32)
        # A template the model was trained without contributes nothing (ablation models).
        missing = (np.zeros(0, dtype=np.int64), np.zeros((0, n_labels), dtype=np.float32))
        stored = {
            name: (archive[f"k:{name}"], archive[f"w:{name}"])
            if f"k:{name}" in archive
            else missing
            for name in TEMPLATES
        }
        # Characters of unigram and bigram features get a compact id (0 = never seen).
        chars: set[int] = set()
        for name in _UNIGRAMS:
            chars.update(stored[name][0].tolist())
        vocab = sorted(c for c in chars if c < _BMP)
        self._vocab = np.zeros(_BMP, dtype=np.int64)
        self._vocab[vocab] = np.arange(1, len(vocab) + 1)
        # The same with one more entry (0) that every code beyond the BMP is clipped to.
        self._vocab_clipped = np.append(self._vocab, 0)
        n_vocab = len(vocab) + 1
        # One weight matrix for every template, a row offset per template; the last row is zero.
        blocks: list[np.ndarray] = []
        self._offset: dict[str, int] = {}
        self._size: dict[str, int] = {}
        rows = 0
        joint_blocks: dict[str, np.ndarray] = {}
        for name in TEMPLATES:
            keys, weights = stored[name]
            if name in _BIGRAMS:
                continue
            if name in _UNIGRAMS:
                size = n_vocab
                index = self._vocab[np.minimum(keys, _BMP - 1)]
                index[keys >= _BMP] = 0
            else:
                size = int(keys.max()) + 1 if len(keys) else 1
                index = keys
            block = np.zeros((size, n_labels), dtype=np.float32)
            block[index] = weights
            if name in _UNIGRAMS:
                block[0] = 0.0
            self._size[name] = size
            if name in _JOINED:
                joint_blocks[name] = block
                continue
            blocks.append(block)
            self._offset[name] = rows
            rows += size
        # Templates with few codes are summed into joint tables ahead of time: one row gathered
        # per group and position instead of one per template (gathering rows is most of the
        # cost of scoring). A code beyond a template's table reads its extra zero row.
        self._joint: list[tuple[list[int], list[int], int]] = []
        for group in _JOINT_GROUPS:
            table = np.zeros((1, n_labels), dtype=np.float32)
            for name in group:
                block = np.vstack((joint_blocks[name], np.zeros((1, n_labels), np.float32)))
                table = (table[:, None, :] + block[None, :, :]).reshape(-1, n_labels)
            columns = [TEMPLATES.index(name) for name in group]
            self._joint.append((columns, [self._size[name] for name in group], rows))
            blocks.append(table)
            rows += len(table)
        # Bigrams: the four templates read the same character pairs at different offsets, so a
        # pair is looked up once (open-addressing hash table: pair code -> pair id, 0 = unseen)
        # and a small table per template turns its id into that template's weight row.
        per_template = [stored[name] for name in _BIGRAMS]
        pairs = np.sort(np.concatenate([keys for keys, _ in per_template]).astype(np.uint64))
        pairs = pairs[np.concatenate(([True], pairs[1:] != pairs[:-1]))]  # as np.unique, whose
        # first call imports numpy.ma (0.05 s of start-up)
        self._pair_rows = np.full((len(_BIGRAMS), len(pairs) + 1), -1, dtype=np.int64)
        for k, (keys, weights) in enumerate(per_template):
            ids = np.searchsorted(pairs, keys.astype(np.uint64)) + 1
            self._pair_rows[k, ids] = rows + np.arange(len(keys))
            blocks.append(weights.astype(np.float32).reshape(len(keys), n_labels))
            rows += len(keys)
        blocks.append(np.zeros((1, n_labels), dtype=np.float32))
        self._zero_row = rows
        self._pair_rows[self._pair_rows < 0] = rows
        self.weights = np.concatenate(blocks)
        self._build_hash(pairs)
        self._direct = [
            TEMPLATES.index(n) for n in TEMPLATES if n not in _BIGRAMS and n not in _JOINED
        ]
        self._bigram_cols = [TEMPLATES.index(n) for n in _BIGRAMS]
        self._direct_offsets = np.array(
            [self._offset[TEMPLATES[c]] for c in self._direct], dtype=np.int64
        )
        self._direct_limits = np.array(
            [self._size[TEMPLATES[c]] for c in self._direct], dtype=np.int64
        )
        self._is_unigram = np.array([TEMPLATES[c] in _UNIGRAMS for c in self._direct])
        # A position is settled as O when, for every other label y, its O-score leads y's by
        # more than the most that y's transitions could gain over O's (into it from any label,
        # out of it to any label): then every path through y loses to the same path through O.
        trans, o = self.transitions, self.outside
        # (At a chunk's edge one side has no transition: it gains 0, hence the floor of 0.)
        into = np.maximum((trans - trans[:, [o]]).max(axis=0), 0.0)
        out_of = np.maximum((trans - trans[[o], :]).max(axis=1), 0.0)
        gain = into + out_of
        self.settle_gain = np.delete(gain, o).astype(np.float32)
        # The same per label, with -inf for O (its own lead, 0, never counts): the test in
        # ``decode`` then needs no copy of the emissions without the O column.
        self._settle_full = np.insert(self.settle_gain, o, -np.inf).astype(np.float32)
        self._settle_columns = [
            (label, self._settle_full[label]) for label in range(n_labels) if label != o
        ]

    @classmethod
    def from_bytes(cls, data: bytes) -> LinearCrf:
        """The model in an ``.npz`` archive's bytes. Read member by member with
        ``numpy.lib.format`` rather than ``np.load``, which imports ``numpy.ma`` (0.05 s of every
        process start) for nothing here."""
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            arrays = {}
            for member in archive.namelist():
                with archive.open(member) as fh:
                    arrays[member.removesuffix(".npy")] = read_array(fh, allow_pickle=False)
        return cls(arrays)

    def _build_hash(self, keys: np.ndarray) -> None:
        """Hash table from pair code to pair id (``1 + index`` in ``keys``)."""
        bits = max(4, int(np.ceil(np.log2(max(len(keys), 1) * 3))))
        self._bits = np.uint64(64 - bits)
        self._mask = (1 << bits) - 1
        table = np.full(1 << bits, _EMPTY, dtype=np.uint64)
        slots = np.zeros(1 << bits, dtype=np.int64)
        golden, shift, full = int(_GOLDEN), int(self._bits), (1 << 64) - 1
        for pair_id, key in enumerate(keys.tolist(), 1):
            h = ((key * golden) & full) >> shift
            while table[h] != _EMPTY:
                h = (h + 1) & self._mask
            table[h] = key
            slots[h] = pair_id
        self._hash_keys, self._hash_ids = table, slots

    def _pair_ids(self, codes: np.ndarray) -> np.ndarray:
        """Pair ids of bigram codes (0 when the pair has no weight in any template)."""
        keys = codes.astype(np.uint64)
        slot = ((keys * _GOLDEN) >> self._bits).astype(np.int64)
        # First probe for every code at once, without index arrays: most codes end here.
        found = self._hash_keys[slot]
        hit = found == keys
        out = np.where(hit, self._hash_ids[slot], 0)
        pending = np.flatnonzero(~hit & (found != _EMPTY))
        while pending.size:
            slot[pending] = (slot[pending] + 1) & self._mask
            found = self._hash_keys[slot[pending]]
            hit = found == keys[pending]
            out[pending[hit]] = self._hash_ids[slot[pending[hit]]]
            pending = pending[~hit & (found != _EMPTY)]
        return out

    def emissions(self, codes: np.ndarray) -> np.ndarray:
        """Emission scores (positions × labels) of feature codes (templates × positions)."""
        weights = self.weights
        out = np.zeros((codes.shape[1], weights.shape[1]), dtype=np.float32)
        for column, offset, limit, unigram in zip(
            self._direct, self._direct_offsets, self._direct_limits, self._is_unigram, strict=True
        ):
            code = codes[column]
            if unigram:  # a vocabulary id is always inside the template's block
                index = np.take(self._vocab_clipped, code, mode="clip") + offset
            else:
                index = code + offset
                index[code >= limit] = self._zero_row
            out += np.take(weights, index, axis=0)
        for columns, sizes, offset in self._joint:
            index = np.minimum(codes[columns[0]], sizes[0])
            for column, size in zip(columns[1:], sizes[1:], strict=True):
                index *= size + 1
                index += np.minimum(codes[column], size)
            out += np.take(weights, index + offset, axis=0)
        # b1 at position i is the pair (i, i+1); b-2, b-1 and b2 read the pairs starting at i-2,
        # i-1 and i+1, i.e. b1 shifted, except at chunk edges (padding): look those up apart.
        b1 = codes[self._bigram_cols[2]]
        ids = self._pair_ids(b1)
        for k, (column, shift) in enumerate(zip(self._bigram_cols, (2, 1, 0, -1), strict=True)):
            if shift == 0:
                template_ids = ids
            else:
                code = codes[column]
                template_ids = np.zeros_like(ids)
                same = np.zeros(len(code), dtype=bool)
                if shift > 0:
                    same[shift:] = code[shift:] == b1[:-shift]
                    template_ids[shift:] = ids[:-shift]
                else:
                    same[:shift] = code[:shift] == b1[-shift:]
                    template_ids[:shift] = ids[-shift:]
                apart = np.flatnonzero(~same)
                template_ids[apart] = self._pair_ids(code[apart])
            out += np.take(weights, self._pair_rows[k][template_ids], axis=0)
        return out

    def decode(self, emissions: np.ndarray, lengths: np.ndarray) -> Decoded:
        """Labels and confidences of every position; ``lengths`` splits positions into chunks."""
        m = len(emissions)
        labels = np.full(m, self.outside, dtype=np.int64)
        confidence = np.ones(m, dtype=np.float32)
        if m == 0:
            return Decoded(labels, confidence)
        o = self.outside
        # A column at a time: ``((e[:, o, None] - e) <= settle).any(axis=1)`` computes the same
        # float32 differences and comparisons, but ``any`` along rows of seven is 3x slower.
        lead = emissions[:, o]
        open_ = np.zeros(m, dtype=bool)
        for label, gain in self._settle_columns:
            open_ |= (lead - emissions[:, label]) <= gain
        if not open_.any():
            return Decoded(labels, confidence)
        if open_.all():  # nothing settled (usual with the bundled model): decode the chunks
            best, conf = _max_marginals(emissions, lengths, self.transitions)
            return Decoded(best, conf)
        first = np.zeros(m, dtype=bool)
        first[np.cumsum(lengths)[:-1]] = True
        first[0] = True
        last = np.zeros(m, dtype=bool)
        last[np.cumsum(lengths) - 1] = True
        # Runs of open positions inside a chunk; a settled neighbour is a fixed O.
        begins = open_ & (first | ~np.concatenate(([False], open_[:-1])))
        ends = open_ & (last | ~np.concatenate((open_[1:], [False])))
        run_start = np.flatnonzero(begins)
        run_end = np.flatnonzero(ends) + 1
        scores = emissions[open_].astype(np.float32)
        position = np.flatnonzero(open_)
        local_start = np.searchsorted(position, run_start)
        local_end = np.searchsorted(position, run_end)
        left_fixed = ~first[run_start]
        right_fixed = ~last[run_end - 1]
        scores[local_start[left_fixed]] += self.transitions[o]
        scores[local_end[right_fixed] - 1] += self.transitions[:, o]
        best, conf = _max_marginals(scores, local_end - local_start, self.transitions)
        labels[position] = best
        confidence[position] = conf
        return Decoded(labels, confidence)


def _max_marginals(
    scores: np.ndarray, lengths: np.ndarray, transitions: np.ndarray
) -> tuple[np.ndarray, np.ndarray]:
    """Best label and its soft-max confidence per position, runs decoded together.

    Runs are sorted longest first and packed by time step (step ``t`` holds position ``t`` of
    every run longer than ``t``), so each step works on one contiguous block.
    """
    n_labels = scores.shape[1]
    order = np.argsort(-lengths, kind="stable")
    sorted_lengths = lengths[order]
    starts = (np.cumsum(lengths) - lengths)[order]
    steps = int(sorted_lengths[0])
    alive = np.searchsorted(-sorted_lengths, -np.arange(steps), side="left")  # runs longer than t
    offsets = np.concatenate(([0], np.cumsum(alive)))
    packed_index = np.concatenate([starts[: alive[t]] + t for t in range(steps)])
    # labels × packed positions (transposing first and gathering columns is half the cost of
    # gathering rows and transposing them)
    emit = np.take(np.ascontiguousarray(scores.T), packed_index, axis=1)
    forward = np.empty_like(emit)
    backward = np.zeros_like(emit)
    columns = [transitions[k][:, None] for k in range(n_labels)]  # from label k to each label
    rows = [transitions[:, k][:, None] for k in range(n_labels)]  # from each label to label k
    forward[:, : alive[0]] = emit[:, : alive[0]]
    for t in range(1, steps):
        n, lo = alive[t], offsets[t]
        prev = forward[:, offsets[t - 1] : offsets[t - 1] + n]
        acc = prev[0] + columns[0]
        for k in range(1, n_labels):
            np.maximum(acc, prev[k] + columns[k], out=acc)
        forward[:, lo : lo + n] = acc + emit[:, lo : lo + n]
    for t in range(steps - 2, -1, -1):
        n, lo = alive[t + 1], offsets[t + 1]
        ahead = emit[:, lo : lo + n] + backward[:, lo : lo + n]
        acc = rows[0] + ahead[0]
        for k in range(1, n_labels):
            np.maximum(acc, rows[k] + ahead[k], out=acc)
        backward[:, offsets[t] : offsets[t] + n] = acc
    total = forward + backward
    top = total.max(axis=0)
    # ``total.argmax(axis=0)`` (the first best label), from the maximum needed anyway: argmax
    # along a short first axis is slow in numpy.
    best_packed = np.full(total.shape[1], n_labels - 1, dtype=np.int64)
    for k in range(n_labels - 2, -1, -1):
        best_packed[total[k] == top] = k
    shifted = np.exp(total - top)
    conf_packed = 1.0 / shifted.sum(axis=0)
    best = np.empty(len(scores), dtype=np.int64)
    conf = np.empty(len(scores), dtype=np.float32)
    best[packed_index] = best_packed
    conf[packed_index] = conf_packed
    return best, conf
