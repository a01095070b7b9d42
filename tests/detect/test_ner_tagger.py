"""The numpy tagger: exact decoding, batches equal single texts, priming, large inputs."""

from __future__ import annotations

import itertools

import numpy as np
from hypothesis import given, settings
from hypothesis import strategies as st

from piplkit.discover.detect.ner.dictionary import Dictionary
from piplkit.discover.detect.ner.features import code_points
from piplkit.discover.detect.ner.lexicon import lexicon
from piplkit.discover.detect.ner.linear_crf import _max_marginals
from piplkit.discover.detect.ner.spans import chunk_bounds, chunks
from piplkit.discover.detect.ner.tagger import NerTagger, default_tagger, ner_spans, prime

LABELS = 4


def _brute_force(scores: np.ndarray, transitions: np.ndarray) -> list[int]:
    best, path = -np.inf, None
    for labels in itertools.product(range(LABELS), repeat=len(scores)):
        total = scores[0, labels[0]] + sum(
            transitions[a, b] + scores[t + 1, b]
            for t, (a, b) in enumerate(itertools.pairwise(labels))
        )
        if total > best:
            best, path = total, list(labels)
    assert path is not None
    return path


@settings(max_examples=60, deadline=None)
@given(
    st.lists(st.integers(1, 5), min_size=1, max_size=4),
    st.integers(0, 2**32 - 1),
)
def test_max_marginal_decoding_is_viterbi(lengths: list[int], seed: int) -> None:
    """Runs decoded together, packed by time step, give each run's Viterbi path."""
    rng = np.random.default_rng(seed)
    scores = rng.normal(0, 2, (sum(lengths), LABELS)).astype(np.float32)
    transitions = rng.normal(0, 2, (LABELS, LABELS)).astype(np.float32)
    best, confidence = _max_marginals(scores, np.array(lengths), transitions)
    start = 0
    for n in lengths:
        assert best[start : start + n].tolist() == _brute_force(
            scores[start : start + n], transitions
        )
        start += n
    assert ((confidence > 0) & (confidence <= 1.0001)).all()


TEXTS = [
    "联系人张伟说，他住在北京市海淀区中关村。",
    "据新华社报道，沃尔科特当天在伦敦出席了论坛。",
    "no chinese here at all",
    "",
    "收件人：李娜，地址：上海市浦东新区世纪大道100号。王芳和刘强也来了。",
]


def test_a_batch_tags_each_text_as_if_alone() -> None:
    tagger = default_tagger()
    assert tagger.spans_many(TEXTS) == [tagger.spans(t) for t in TEXTS]


def test_primed_texts_are_answered_from_the_batch() -> None:
    prime(TEXTS)
    for text in TEXTS:
        assert list(ner_spans(text)) == default_tagger().spans(text)


def test_text_longer_than_one_pass_is_tagged_in_pieces(monkeypatch) -> None:
    import piplkit.discover.detect.ner.tagger as tagger_module

    text = "。".join(TEXTS[:2] * 20)
    whole = NerTagger().spans(text)
    monkeypatch.setattr(tagger_module, "_GROUP", 50)
    assert NerTagger().spans(text) == whole
    assert whole


@given(st.text(alphabet=st.sampled_from("北京市海淀区张伟中关村路号，。a "), max_size=60))
def test_dictionary_scan_finds_exactly_the_listed_words(text: str) -> None:
    words = {"北京": 1, "北京市": 2, "海淀区": 4, "中关村": 8, "张伟": 16, "关村路号": 32}
    found = {
        (int(s), hits.length): int(v)
        for hits in Dictionary(words.items()).scan(code_points(text))
        for s, v in zip(hits.starts, hits.values, strict=True)
    }
    expected = {
        (i, n): words[text[i : i + n]]
        for i in range(len(text))
        for n in range(2, 5)
        if text[i : i + n] in words and i + n <= len(text)
    }
    assert found == expected


@given(st.text(alphabet=st.sampled_from("北京市海淀区张伟中关村路号，。a "), max_size=20))
def test_words_starting_at_a_position_are_what_the_scan_finds_there(text: str) -> None:
    words = {"北京": 1, "北京市": 2, "海淀区": 4, "中关村": 8, "张伟": 16, "关村路号": 32}
    dictionary = Dictionary(words.items())
    at_start = [
        int(v)
        for hits in dictionary.scan(code_points(text))
        for s, v in zip(hits.starts, hits.values, strict=True)
        if s == 0
    ]
    assert dictionary.starting_at(text) == at_start
    assert dictionary.starting_at(text) == [
        words[text[:n]] for n in range(2, 5) if text[:n] in words and n <= len(text)
    ]


@given(
    st.text(alphabet=st.sampled_from("。！？!?；;\n\r，,、 \t中文ab"), max_size=300),
    st.sampled_from([3, 10, 200]),
)
def test_chunks_found_with_numpy_are_the_chunks(text: str, max_len: int) -> None:
    """The tagger cuts a batch with :func:`chunk_bounds`; it must cut exactly as
    :func:`chunks` (sentence ends, then clause ends in long sentences)."""
    starts, ends = chunk_bounds(text, max_len)
    assert list(zip(starts.tolist(), ends.tolist(), strict=True)) == list(chunks(text, max_len))


@settings(max_examples=60, deadline=None)
@given(
    st.lists(
        st.text(
            alphabet=st.sampled_from("北京市海淀区南京路上海浦东新区江苏常州，。住在ab"),
            max_size=40,
        ),
        min_size=1,
        max_size=6,
    )
)
def test_divisions_from_the_tagger_scan_are_the_gazetteer_matches(texts: list[str]) -> None:
    """The divisions handed to the address grammar come from the tagger's dictionary scan of the
    whole batch; per text they must be ``Lexicon.find_divisions`` (leftmost-longest)."""
    lex = lexicon()
    for text, tagged_text in zip(texts, default_tagger().tag_many(texts), strict=True):
        expected = tuple((s, e) for s, e, _ in lex.find_divisions(text))
        assert tagged_text.divisions == expected


def test_emissions_are_the_sum_of_each_templates_weights() -> None:
    """The scorer's shortcuts (joint tables of small templates, bigram pairs looked up once and
    shifted, one vocabulary look-up) must add up to the plain per-template sum of the weights
    stored in the model file."""
    import io

    from piplkit.discover.detect.ner.features import TEMPLATES, feature_codes, layout
    from piplkit.discover.detect.ner.linear_crf import LinearCrf
    from piplkit.discover.detect.ner.tagger import model_bytes

    data = model_bytes()
    model = LinearCrf.from_bytes(data)
    with np.load(io.BytesIO(data)) as archive:
        tables = {
            name: dict(zip(archive[f"k:{name}"].tolist(), archive[f"w:{name}"], strict=True))
            for name in TEMPLATES
            if f"k:{name}" in archive
        }
    text = "。".join([*TEXTS, "Chris Morris说，沃尔科特和ABC在𠀀里。", "１２３号Ａ座"])
    starts = [0] + [i + 1 for i, c in enumerate(text) if c == "。"]
    ends = [i for i, c in enumerate(text) if c == "。"] + [len(text)]
    pairs = [(s, e) for s, e in zip(starts, ends, strict=True) if e > s]
    chunked = layout(text, [s for s, _ in pairs], [e for _, e in pairs])
    codes = feature_codes(chunked)
    expected = np.zeros((codes.shape[1], len(model.labels)), dtype=np.float64)
    zero = np.zeros(len(model.labels))
    for row, name in enumerate(TEMPLATES):
        weights = tables.get(name, {})
        for position, code in enumerate(codes[row].tolist()):
            expected[position] += weights.get(code, zero)
    assert np.allclose(model.emissions(codes), expected, atol=1e-4)
