"""RFC 6962 Merkle tree hashing, inclusion and consistency proofs, and their verification.

The tree is the one of RFC 6962 §2.1 (RFC 9162 §2.1): leaf hash = SHA-256(0x00 || data), interior
node = SHA-256(0x01 || left || right), the left subtree of n leaves holding the largest power of two
smaller than n. Built bottom-up, pairing neighbours and carrying a lone last node up unchanged, it is
the same tree; `TreeLevels` keeps each level as one contiguous `bytes` of 32-byte hashes, so a tree
of a million leaves is a few flat buffers, not millions of objects.

Verification follows RFC 9162 §2.1.3.2 (inclusion) and §2.1.4.2 (consistency). Pure Python, no
Django: the standalone verifier in tools/ carries its own copy of the inclusion check.
"""
import hashlib
from collections.abc import Iterable, Sequence

HASH_SIZE = 32
LEAF_PREFIX = b"\x00"
NODE_PREFIX = b"\x01"
EMPTY_ROOT = hashlib.sha256(b"").digest()

_sha256 = hashlib.sha256
_LEAF = hashlib.sha256(LEAF_PREFIX)
_NODE = hashlib.sha256(NODE_PREFIX)


class ProofError(ValueError):
    """A proof does not verify, or cannot be made for the sizes asked."""


def leaf_hash(data: bytes) -> bytes:
    return _sha256(LEAF_PREFIX + data).digest()


def node_hash(left: bytes, right: bytes) -> bytes:
    return _sha256(NODE_PREFIX + left + right).digest()


def leaf_hashes(leaves: Iterable[bytes]) -> bytes:
    """The leaf hashes of `leaves`, concatenated."""
    copy = _LEAF.copy
    out = bytearray()
    for data in leaves:
        h = copy()
        h.update(data)
        out += h.digest()
    return bytes(out)


def leaf_hashes_of_concatenated(data: bytes, width: int = HASH_SIZE) -> bytes:
    """The leaf hashes of `data` cut into leaves of `width` bytes, concatenated."""
    if len(data) % width:
        raise ValueError(f"the leaf data is not a whole number of {width}-byte leaves")
    copy = _LEAF.copy
    view = memoryview(data)
    out = bytearray()
    for i in range(0, len(data), width):
        h = copy()
        h.update(view[i:i + width])
        out += h.digest()
    return bytes(out)


def _parent_level(level: bytes) -> bytes:
    """One level up: neighbours hashed in pairs, a lone last node carried up as it is."""
    copy = _NODE.copy
    view = memoryview(level)
    end = len(level) - len(level) % (2 * HASH_SIZE)
    out = bytearray()
    for i in range(0, end, 2 * HASH_SIZE):
        h = copy()
        h.update(view[i:i + 2 * HASH_SIZE])
        out += h.digest()
    if end != len(level):
        out += view[end:]
    return bytes(out)


def _largest_power_of_two_below(n: int) -> int:
    """The k of RFC 6962: the largest power of two strictly smaller than n (n > 1)."""
    return 1 << ((n - 1).bit_length() - 1)


class TreeLevels:
    """Every level of the tree over some leaf hashes; answers roots and proofs for any size up to
    the number of leaves, so one pass over the log serves every checkpoint."""

    def __init__(self, hashes_of_leaves: bytes):
        if len(hashes_of_leaves) % HASH_SIZE:
            raise ValueError("leaf hashes must be a whole number of 32-byte hashes")
        self.size = len(hashes_of_leaves) // HASH_SIZE
        levels = [hashes_of_leaves]
        while len(levels[-1]) > HASH_SIZE:
            levels.append(_parent_level(levels[-1]))
        self._levels = levels

    @classmethod
    def from_leaf_data(cls, leaves: Iterable[bytes]) -> "TreeLevels":
        return cls(leaf_hashes(leaves))

    @classmethod
    def from_concatenated_leaf_data(cls, data: bytes, width: int = HASH_SIZE) -> "TreeLevels":
        return cls(leaf_hashes_of_concatenated(data, width))

    def leaf(self, index: int) -> bytes:
        return self._node(0, index)

    def _node(self, level: int, index: int) -> bytes:
        start = index * HASH_SIZE
        return self._levels[level][start:start + HASH_SIZE]

    def subtree_hash(self, lo: int, hi: int) -> bytes:
        """MTH(D[lo:hi]). A complete, aligned subtree is one stored node; a range ending short of
        a power of two (the right edge of a smaller tree) is split as RFC 6962 splits it."""
        n = hi - lo
        if n <= 0 or hi > self.size:
            raise ProofError(f"no subtree [{lo}, {hi}) in a tree of {self.size} leaves")
        if n & (n - 1) == 0 and lo % n == 0:
            return self._node(n.bit_length() - 1, lo // n)
        k = _largest_power_of_two_below(n)
        return node_hash(self.subtree_hash(lo, lo + k), self.subtree_hash(lo + k, hi))

    def root(self, size: int | None = None) -> bytes:
        size = self.size if size is None else size
        if size == 0:
            return EMPTY_ROOT
        return self.subtree_hash(0, size)

    def inclusion_proof(self, index: int, size: int | None = None) -> list[bytes]:
        """PATH(index, D[0:size]) of RFC 6962 §2.1.1, leaf-side first."""
        size = self.size if size is None else size
        if not 0 <= index < size <= self.size:
            raise ProofError(f"no leaf {index} in a tree of {size} leaves")
        return self._path(index, 0, size)

    def _path(self, m: int, lo: int, hi: int) -> list[bytes]:
        n = hi - lo
        if n == 1:
            return []
        k = _largest_power_of_two_below(n)
        if m < k:
            return self._path(m, lo, lo + k) + [self.subtree_hash(lo + k, hi)]
        return self._path(m - k, lo + k, hi) + [self.subtree_hash(lo, lo + k)]

    def consistency_proof(self, size1: int, size2: int | None = None) -> list[bytes]:
        """PROOF(size1, D[0:size2]) of RFC 6962 §2.1.2."""
        size2 = self.size if size2 is None else size2
        if not 0 <= size1 <= size2 <= self.size:
            raise ProofError(f"no consistency proof from size {size1} to size {size2}")
        if size1 == 0 or size1 == size2:
            return []
        return self._subproof(size1, 0, size2, True)

    def _subproof(self, m: int, lo: int, hi: int, complete: bool) -> list[bytes]:
        n = hi - lo
        if m == n:
            return [] if complete else [self.subtree_hash(lo, hi)]
        k = _largest_power_of_two_below(n)
        if m <= k:
            return self._subproof(m, lo, lo + k, complete) + [self.subtree_hash(lo + k, hi)]
        return self._subproof(m - k, lo + k, hi, False) + [self.subtree_hash(lo, lo + k)]


def root_of(leaf_data: Sequence[bytes]) -> bytes:
    """MTH over the raw leaf data, level by level."""
    return TreeLevels.from_leaf_data(leaf_data).root()


def root_from_inclusion_proof(index: int, size: int, leaf: bytes, proof: Sequence[bytes]) -> bytes:
    """RFC 9162 §2.1.3.2, returning the root the proof leads to."""
    if not 0 <= index < size:
        raise ProofError(f"leaf index {index} is outside a tree of {size} leaves")
    if len(leaf) != HASH_SIZE or any(len(p) != HASH_SIZE for p in proof):
        raise ProofError("every hash must be 32 bytes")
    fn, sn, r = index, size - 1, leaf
    for p in proof:
        if sn == 0:
            raise ProofError("the proof is longer than the tree is deep")
        if fn & 1 or fn == sn:
            r = node_hash(p, r)
            if not fn & 1:
                while fn and not fn & 1:
                    fn >>= 1
                    sn >>= 1
        else:
            r = node_hash(r, p)
        fn >>= 1
        sn >>= 1
    if sn != 0:
        raise ProofError("the proof is shorter than the tree is deep")
    return r


def verify_inclusion(index: int, size: int, leaf: bytes, proof: Sequence[bytes], root: bytes) -> None:
    """Raise ProofError unless `leaf` (a leaf hash) is leaf `index` of the tree of `size` with `root`."""
    if root_from_inclusion_proof(index, size, leaf, proof) != root:
        raise ProofError("the inclusion proof leads to another root")


def verify_consistency(size1: int, size2: int, proof: Sequence[bytes], root1: bytes, root2: bytes) -> None:
    """Raise ProofError unless the tree (size2, root2) extends the tree (size1, root1): RFC 9162
    §2.1.4.2, with the trivial cases as transparency-dev/merkle treats them."""
    if size1 > size2:
        raise ProofError(f"size {size2} is smaller than size {size1}: the log shrank")
    if size1 == size2:
        if proof:
            raise ProofError("the proof between equal sizes must be empty")
        if root1 != root2:
            raise ProofError(f"two different roots for the same size {size1}")
        return
    if size1 == 0:
        if proof:
            raise ProofError("the proof from an empty tree must be empty")
        return
    if not proof:
        raise ProofError("the consistency proof is empty")
    if any(len(p) != HASH_SIZE for p in proof):
        raise ProofError("every hash must be 32 bytes")
    path = list(proof)
    if size1 & (size1 - 1) == 0:
        path.insert(0, root1)
    fn, sn = size1 - 1, size2 - 1
    while fn & 1:
        fn >>= 1
        sn >>= 1
    fr = sr = path[0]
    for c in path[1:]:
        if sn == 0:
            raise ProofError("the consistency proof is too long")
        if fn & 1 or fn == sn:
            fr = node_hash(c, fr)
            sr = node_hash(c, sr)
            if not fn & 1:
                while fn and not fn & 1:
                    fn >>= 1
                    sn >>= 1
        else:
            sr = node_hash(sr, c)
        fn >>= 1
        sn >>= 1
    if sn != 0:
        raise ProofError("the consistency proof is too short")
    if fr != root1:
        raise ProofError(f"the proof does not lead to the root of size {size1}")
    if sr != root2:
        raise ProofError(f"the proof does not lead to the root of size {size2}")
