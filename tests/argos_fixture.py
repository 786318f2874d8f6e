"""Builds tiny, real Argos Translate packages at test time, offline, in well under a second.

A package is a zip of one directory holding metadata.json, a sentencepiece.model and a CTranslate2 model/. Here
the sentencepiece model is trained on a few dozen lines (character pieces), and the CTranslate2 Transformer is
not trained at all: its weights are written by hand so that it copies its input, piece by piece, optionally
mapping each piece through `transform` (e.g. upper-casing). Tests can therefore assert the exact output of the
real path (argostranslate → sentencepiece → CTranslate2 beam search → detokenise) without shipping a model.

How the copy works (1 layer, 1 head, pre-norm; d_model = 2·V + P for V pieces and P positions):
- the residual stream has three blocks: the input piece one-hot [0, V), the position one-hot [V, V+P) and an
  output block [V+P, 2V+P) that only the decoder writes;
- embeddings and (learned) position encodings write the two one-hots; every self-attention and feed-forward
  sub-layer has zero output weights, so it adds nothing;
- the decoder's cross-attention queries with its position block and the encoder keys with theirs, scaled so that
  decoder step t attends (to within e^-40) only to source position t; the values carry the source piece one-hot
  into the output block;
- the output projection reads the output block, sending piece k to piece transform(k).
Layer norm only rescales and shifts every vector alike (each has the same number of ones), which changes no
argmax. `add_source_eos` appends </s> to the source, so the step after the last piece copies </s> and decoding
stops. Pieces outside the vocabulary come out as <unk> and argostranslate's `replace_unknowns` puts the source
piece back, so foreign scripts are copied unchanged.

Reuse from other tests: `build_argos_package(tmp_path, "uk", "en", transform=upper)` returns the .argosmodel
path; install it with `bot.translation.packages.install(path)` (or the CLI) with TESTIMONY_DATA_DIR pointing at
a temporary directory.
"""
from __future__ import annotations

import functools
import io
import json
import string
import zipfile
from pathlib import Path
from typing import Callable, List, Optional, Tuple

import numpy as np

# One line per alphabet so every ASCII letter, digit and common punctuation mark is a piece of its own.
_CORPUS: Tuple[str, ...] = (
    "The soldiers came to the village at night.",
    "We ran to the river and hid there until morning!",
    "My brother was taken away by armed men, nobody knows where.",
    "They burned the houses near the school; I saw it.",
    "Did anyone help you? No, nobody helped us.",
    "It happened on 12 March 2022 at about 3 o'clock.",
    string.ascii_lowercase,
    string.ascii_uppercase,
    string.digits + " .,;:!?'-()\"",
)

MAX_POSITIONS = 256  # CTranslate2 decodes up to 256 steps by default and needs a position encoding for each.


def upper(piece: str) -> str:
    """Transform for a model that upper-cases its input."""
    return piece.upper()


def shift(piece: str) -> str:
    """Transform for a model that replaces each ASCII letter with the next one (A→B, z→a)."""
    def next_letter(char: str) -> str:
        for alphabet in (string.ascii_lowercase, string.ascii_uppercase):
            if char in alphabet:
                return alphabet[(alphabet.index(char) + 1) % 26]
        return char

    return "".join(next_letter(char) for char in piece)


@functools.lru_cache(maxsize=1)
def sentencepiece_model() -> Tuple[bytes, Tuple[str, ...]]:
    """A character-level sentencepiece model trained on _CORPUS (bytes), and its pieces in id order."""
    import sentencepiece as spm

    model = io.BytesIO()
    spm.SentencePieceTrainer.train(
        sentence_iterator=iter(_CORPUS * 3),
        model_writer=model,
        model_type="char",
        vocab_size=200,
        hard_vocab_limit=False,
        character_coverage=1.0,
        normalization_rule_name="identity",  # Keep text byte-for-byte, so tests can compare exactly.
        num_threads=1,
        minloglevel=2,
    )
    processor = spm.SentencePieceProcessor(model_proto=model.getvalue())
    pieces = tuple(processor.id_to_piece(i) for i in range(processor.get_piece_size()))
    return model.getvalue(), pieces


def build_copy_model(model_dir: Path, pieces: Tuple[str, ...],
                     transform: Optional[Callable[[str], str]] = None) -> None:
    """Write a CTranslate2 Transformer to `model_dir` that outputs transform(piece) for each input piece."""
    from ctranslate2.specs import transformer_spec

    vocab, positions = len(pieces), MAX_POSITIONS
    width = 2 * vocab + positions
    tok, pos, out = np.arange(vocab), vocab + np.arange(positions), vocab + positions + np.arange(vocab)
    f32 = np.float32

    def zeros(*shape: int) -> np.ndarray:
        return np.zeros(shape, dtype=f32)

    def identity_norm(norm) -> None:
        norm.gamma, norm.beta = np.ones(width, dtype=f32), zeros(width)

    spec = transformer_spec.TransformerSpec.from_config(num_layers=1, num_heads=1)
    for side in (spec.encoder, spec.decoder):
        side.scale_embeddings = False
        encodings = zeros(positions, width)
        encodings[np.arange(positions), pos] = 1.0
        side.position_encodings.encodings = encodings
        identity_norm(side.layer_norm)
        layer = side.layer[0]
        identity_norm(layer.self_attention.layer_norm)
        layer.self_attention.linear[0].weight = zeros(3 * width, width)
        layer.self_attention.linear[1].weight = zeros(width, width)
        identity_norm(layer.ffn.layer_norm)
        layer.ffn.linear_0.weight = zeros(4, width)
        layer.ffn.linear_1.weight = zeros(width, 4)

    embeddings = zeros(vocab, width)
    embeddings[tok, tok] = 1.0
    spec.encoder.embeddings[0].weight = embeddings
    spec.decoder.embeddings.weight = embeddings.copy()

    cross = spec.decoder.layer[0].attention
    identity_norm(cross.layer_norm)
    query = zeros(width, width)
    query[pos, pos] = 5.0  # Sharpness: the matching position wins by ~5·sqrt(width)/2 in the softmax.
    cross.linear[0].weight = query
    keys_values = zeros(2 * width, width)
    keys_values[pos, pos] = 1.0
    keys_values[width + out, tok] = 1.0
    cross.linear[1].weight = keys_values
    output = zeros(width, width)
    output[out, out] = 1.0
    cross.linear[2].weight = output

    index = {piece: i for i, piece in enumerate(pieces)}
    mapped = [index.get(transform(piece), i) if transform else i for i, piece in enumerate(pieces)]
    projection = zeros(vocab, width)
    projection[mapped, out] = 3.0
    spec.decoder.projection.weight = projection

    spec.config.add_source_eos = True
    spec.register_source_vocabulary(list(pieces))
    spec.register_target_vocabulary(list(pieces))
    spec.validate()
    spec.optimize()
    model_dir.mkdir(parents=True)
    spec.save(str(model_dir))


def package_dir_name(from_code: str, to_code: str, version: str = "1.0") -> str:
    """The top-level directory name Argos packages use, e.g. translate-uk_en-1_0."""
    return f"translate-{from_code}_{to_code}-{version.replace('.', '_')}"


def build_package_dir(parent: Path, from_code: str, to_code: str, *,
                      transform: Optional[Callable[[str], str]] = None,
                      from_name: Optional[str] = None, to_name: Optional[str] = None,
                      version: str = "1.0") -> Path:
    """The unzipped package directory (for tests that want to tamper with it before zipping)."""
    root = parent / package_dir_name(from_code, to_code, version)
    root.mkdir(parents=True)
    model_bytes, pieces = sentencepiece_model()
    (root / "sentencepiece.model").write_bytes(model_bytes)
    build_copy_model(root / "model", pieces, transform)
    metadata = {
        "package_version": version,
        "argos_version": "1.9",
        "from_code": from_code,
        "from_name": from_name or from_code.upper(),
        "to_code": to_code,
        "to_name": to_name or to_code.upper(),
        "type": "translate",
        "links": [],
    }
    (root / "metadata.json").write_text(json.dumps(metadata, indent=2), encoding="utf-8")
    (root / "README.md").write_text("Test package: copies its input. Built by tests/argos_fixture.py.\n")
    return root


def zip_package(root: Path, destination: Path) -> Path:
    """Zip the package directory `root` into `destination` (.argosmodel), paths relative to root's parent."""
    files: List[Path] = sorted(path for path in root.rglob("*") if path.is_file())
    with zipfile.ZipFile(destination, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        archive.writestr(root.name + "/", "")
        for path in files:
            archive.write(path, path.relative_to(root.parent).as_posix())
    return destination


def build_argos_package(out_dir: Path, from_code: str, to_code: str, *,
                        transform: Optional[Callable[[str], str]] = None,
                        from_name: Optional[str] = None, to_name: Optional[str] = None,
                        version: str = "1.0") -> Path:
    """A complete .argosmodel file in `out_dir` for from_code → to_code, copying its input through `transform`."""
    build_root = out_dir / f"build-{from_code}-{to_code}"
    root = build_package_dir(build_root, from_code, to_code, transform=transform,
                             from_name=from_name, to_name=to_name, version=version)
    return zip_package(root, out_dir / f"{root.name}.argosmodel")
