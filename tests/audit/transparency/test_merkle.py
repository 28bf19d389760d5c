"""The Merkle tree against the RFC 6962 reference vectors of transparency-dev/merkle
(rfc6962/rfc6962_test.go and proof/verify_test.go): the same roots, the same proofs, and every
corruption of a proof that the reference verifier rejects, rejected here too."""
import hashlib
import random

import pytest

from audit.transparency.merkle import (
    EMPTY_ROOT,
    ProofError,
    TreeLevels,
    leaf_hash,
    node_hash,
    root_from_inclusion_proof,
    root_of,
    verify_consistency,
    verify_inclusion,
)

h = bytes.fromhex

# transparency-dev/merkle proof/verify_test.go: `leaves` and `roots` (root of the first i+1 leaves).
LEAVES = [h(""), h("00"), h("10"), h("2021"), h("3031"), h("40414243"), h("5051525354555657"),
          h("606162636465666768696a6b6c6d6e6f")]
ROOTS = [h(x) for x in (
    "6e340b9cffb37a989ca544e6bb780a2c78901d3fb33738768511a30617afa01d",
    "fac54203e7cc696cf0dfcb42c92a1d9dbaf70ad9e621f4bd8d98662f00e3c125",
    "aeb6bcfe274b70a14fb067a5e5578264db0fa9b51af5e0ba159158f329e06e77",
    "d37ee418976dd95753c1c73862b9398fa2a2cf9b4ff0fdfe8b30cd95209614b7",
    "4e3bbb1f7b478dcfe71fb631631519a3bca12c9aefca1612bfce4c13a86264d4",
    "76e67dadbcdf1e10e1b74ddc608abd2f98dfb16fbce75277b5232a127f2087ef",
    "ddb89be403809e325750d3d263cd78929c2942b7942a34b77e122c9594a74c8c",
    "5dc9da79a70659a9ad559cb701ded9a2ab9d823aad2f4960cfe370eff4604328",
)]
# `inclusionProofs`: (leaf index, tree size, path). The Go table counts leaves from 1.
INCLUSION = [
    (0, 8, ["96a296d224f285c67bee93c30f8a309157f0daa35dc5b87e410b78630a09cfc7",
            "5f083f0a1a33ca076a95279832580db3e0ef4584bdff1f54c8a360f50de3031e",
            "6b47aaf29ee3c2af9af889bc1fb9254dabd31177f16232dd6aab035ca39bf6e4"]),
    (5, 8, ["bc1a0643b12e4d2d7c77918f44e0f4f79a838b6cf9ec5b5c283e1f4d88599e6b",
            "ca854ea128ed050b41b35ffc1b87b8eb2bde461e9e3b5596ece6b9d5975a0ae0",
            "d37ee418976dd95753c1c73862b9398fa2a2cf9b4ff0fdfe8b30cd95209614b7"]),
    (2, 3, ["fac54203e7cc696cf0dfcb42c92a1d9dbaf70ad9e621f4bd8d98662f00e3c125"]),
    (1, 5, ["6e340b9cffb37a989ca544e6bb780a2c78901d3fb33738768511a30617afa01d",
            "5f083f0a1a33ca076a95279832580db3e0ef4584bdff1f54c8a360f50de3031e",
            "bc1a0643b12e4d2d7c77918f44e0f4f79a838b6cf9ec5b5c283e1f4d88599e6b"]),
    (0, 1, []),
]
# `consistencyProofs`: (size1, size2, proof).
CONSISTENCY = [
    (1, 1, []),
    (1, 8, ["96a296d224f285c67bee93c30f8a309157f0daa35dc5b87e410b78630a09cfc7",
            "5f083f0a1a33ca076a95279832580db3e0ef4584bdff1f54c8a360f50de3031e",
            "6b47aaf29ee3c2af9af889bc1fb9254dabd31177f16232dd6aab035ca39bf6e4"]),
    (6, 8, ["0ebc5d3437fbe2db158b9f126a1d118e308181031d0a949f8dededebc558ef6a",
            "ca854ea128ed050b41b35ffc1b87b8eb2bde461e9e3b5596ece6b9d5975a0ae0",
            "d37ee418976dd95753c1c73862b9398fa2a2cf9b4ff0fdfe8b30cd95209614b7"]),
    (2, 5, ["5f083f0a1a33ca076a95279832580db3e0ef4584bdff1f54c8a360f50de3031e",
            "bc1a0643b12e4d2d7c77918f44e0f4f79a838b6cf9ec5b5c283e1f4d88599e6b"]),
    (6, 7, ["0ebc5d3437fbe2db158b9f126a1d118e308181031d0a949f8dededebc558ef6a",
            "b08693ec2e721597130641e8211e7eedccb4c26413963eee6c1e2ed16ffb1a5f",
            "d37ee418976dd95753c1c73862b9398fa2a2cf9b4ff0fdfe8b30cd95209614b7"]),
]
SOME_HASH = h("abacaba000000000000000000000000000000000000000000060061e00123456")


def test_it_hashes_as_rfc6962_does():
    # rfc6962/rfc6962_test.go
    assert EMPTY_ROOT == h("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")
    assert leaf_hash(b"") == h("6e340b9cffb37a989ca544e6bb780a2c78901d3fb33738768511a30617afa01d")
    assert leaf_hash(b"L123456") == h("395aa064aa4c29f7010acfe3f25db9485bbd4b91897b6ad7ad547639252b4d56")
    assert node_hash(b"N123", b"N456") == h("aa217fe888e47007fa15edab33c2b492a722cb106c64667fc2b044444de66bbb")


@pytest.mark.parametrize("size", range(1, 9))
def test_it_computes_the_reference_roots(size):
    assert root_of(LEAVES[:size]) == ROOTS[size - 1]
    assert TreeLevels.from_leaf_data(LEAVES).root(size) == ROOTS[size - 1]


def test_the_empty_tree_has_the_hash_of_nothing():
    assert root_of([]) == EMPTY_ROOT


@pytest.mark.parametrize(("index", "size", "path"), INCLUSION)
def test_it_makes_and_verifies_the_reference_inclusion_proofs(index, size, path):
    proof = [h(p) for p in path]
    tree = TreeLevels.from_leaf_data(LEAVES)
    assert tree.inclusion_proof(index, size) == proof
    verify_inclusion(index, size, leaf_hash(LEAVES[index]), proof, ROOTS[size - 1])


def _corrupted_inclusion(index, size, proof, root, leaf):
    """The probes of corruptInclusionProof in verify_test.go."""
    yield index - 1, size, root, leaf, proof
    yield index + 1, size, root, leaf, proof
    yield index ^ 2, size, root, leaf, proof
    yield index, size * 2, root, leaf, proof
    yield index, size // 2, root, leaf, proof
    yield index, size, root, b"WrongLeaf", proof
    yield index, size, EMPTY_ROOT, leaf, proof
    yield index, size, SOME_HASH, leaf, proof
    yield index, size, root, leaf, proof + [b""]
    yield index, size, root, leaf, proof + [root]
    yield index, size, root, leaf, [b""] + proof
    yield index, size, root, leaf, [root] + proof
    for i in range(len(proof)):
        wrong = list(proof)
        wrong[i] = bytes([wrong[i][0] ^ 8]) + wrong[i][1:]
        yield index, size, root, leaf, wrong
    if proof:
        yield index, size, root, leaf, proof[:-1]
    if len(proof) > 1:
        yield index, size, root, leaf, [proof[0], SOME_HASH] + proof[1:]


@pytest.mark.parametrize(("index", "size", "path"), INCLUSION)
def test_it_rejects_every_corrupted_inclusion_proof(index, size, path):
    proof = [h(p) for p in path]
    leaf = leaf_hash(LEAVES[index])
    for probe in _corrupted_inclusion(index, size, proof, ROOTS[size - 1], leaf):
        if probe[:2] == (index, size) and probe[2:] == (ROOTS[size - 1], leaf, proof):
            continue  # index ^ 2 can be the index itself for tiny trees
        with pytest.raises(ProofError):
            verify_inclusion(probe[0], probe[1], probe[3], probe[4], probe[2])


@pytest.mark.parametrize(("index", "size"), [(0, 0), (0, 1), (1, 0), (2, 1)])
def test_it_rejects_inclusion_in_impossible_trees(index, size):
    with pytest.raises(ProofError):
        verify_inclusion(index, size, SOME_HASH, [], b"")
    with pytest.raises(ProofError):
        verify_inclusion(index, size, b"", [], EMPTY_ROOT)
    with pytest.raises(ProofError):
        verify_inclusion(index, size, SOME_HASH, [], EMPTY_ROOT)


@pytest.mark.parametrize(("size1", "size2", "path"), CONSISTENCY)
def test_it_makes_and_verifies_the_reference_consistency_proofs(size1, size2, path):
    proof = [h(p) for p in path]
    tree = TreeLevels.from_leaf_data(LEAVES)
    assert tree.consistency_proof(size1, size2) == proof
    verify_consistency(size1, size2, proof, ROOTS[size1 - 1], ROOTS[size2 - 1])


def _corrupted_consistency(size1, size2, root1, root2, proof):
    """The probes of corruptConsistencyProof in verify_test.go."""
    yield size1 - 1, size2, root1, root2, proof
    yield size1 + 1, size2, root1, root2, proof
    yield size1 ^ 2, size2, root1, root2, proof
    yield size1, size2 * 2, root1, root2, proof
    yield size1, size2 // 2, root1, root2, proof
    yield size1, size2, b"WrongRoot", root2, proof
    yield size1, size2, root1, b"WrongRoot", proof
    yield size1, size2, root2, root1, proof
    yield size1, size2, root1, root2, []
    yield size1, size2, root1, root2, proof + [b""]
    yield size1, size2, root1, root2, proof + [root1]
    yield size1, size2, root1, root2, proof + [root2]
    yield size1, size2, root1, root2, [b""] + proof
    yield size1, size2, root1, root2, [root1] + proof
    yield size1, size2, root1, root2, [root2] + proof
    yield size1, size2, root1, root2, [proof[0]] + proof
    yield size1, size2, root1, root2, proof[:-1]
    for i in range(len(proof)):
        wrong = list(proof)
        wrong[i] = bytes([wrong[i][0] ^ 16]) + wrong[i][1:]
        yield size1, size2, root1, root2, wrong


@pytest.mark.parametrize(("size1", "size2", "path"), [c for c in CONSISTENCY if c[2]])
def test_it_rejects_every_corrupted_consistency_proof(size1, size2, path):
    proof = [h(p) for p in path]
    for s1, s2, r1, r2, p in _corrupted_consistency(size1, size2, ROOTS[size1 - 1], ROOTS[size2 - 1], proof):
        with pytest.raises(ProofError):
            verify_consistency(s1, s2, p, r1, r2)


@pytest.mark.parametrize(("size1", "size2", "root1", "root2", "proof", "ok"), [
    # TestVerifyConsistency's table in verify_test.go.
    (0, 0, b"don't care 1", b"don't care 2", [], False),
    (1, 1, b"don't care 1", b"don't care 2", [], False),
    (0, 0, b"don't care 1", b"don't care 1", [], True),
    (0, 1, b"don't care 1", b"don't care 2", [], True),
    (1, 1, b"don't care 2", b"don't care 2", [], True),
    (1, 0, b"don't care 1", b"don't care 2", [], False),
    (2, 1, b"don't care 1", b"don't care 2", [], False),
    (1, 2, b"don't care 1", b"don't care 2", [], False),
    (0, 0, EMPTY_ROOT, b"don't care 2", [], False),
    (1, 1, EMPTY_ROOT, b"don't care 2", [], False),
    (0, 0, EMPTY_ROOT, EMPTY_ROOT, [EMPTY_ROOT], False),
    (0, 1, EMPTY_ROOT, EMPTY_ROOT, [EMPTY_ROOT], False),
    (1, 1, EMPTY_ROOT, EMPTY_ROOT, [EMPTY_ROOT], False),
])
def test_it_treats_the_trivial_consistency_cases_as_the_reference_does(size1, size2, root1, root2, proof, ok):
    if ok:
        verify_consistency(size1, size2, proof, root1, root2)
    else:
        with pytest.raises(ProofError):
            verify_consistency(size1, size2, proof, root1, root2)


def _reference_mth(leaves):
    """MTH as RFC 6962 §2.1 writes it, recursively: the yardstick for bigger trees."""
    if not leaves:
        return hashlib.sha256(b"").digest()
    if len(leaves) == 1:
        return leaf_hash(leaves[0])
    k = 1 << ((len(leaves) - 1).bit_length() - 1)
    return node_hash(_reference_mth(leaves[:k]), _reference_mth(leaves[k:]))


def test_every_size_every_proof_agrees_with_the_recursive_definition():
    rng = random.Random(6962)
    leaves = [rng.randbytes(32) for _ in range(70)]
    tree = TreeLevels.from_leaf_data(leaves)
    roots = [_reference_mth(leaves[:n]) for n in range(71)]
    for size in range(1, 71):
        assert tree.root(size) == roots[size]
        for index in range(size):
            proof = tree.inclusion_proof(index, size)
            assert root_from_inclusion_proof(index, size, leaf_hash(leaves[index]), proof) == roots[size]
        for size1 in range(0, size + 1):
            verify_consistency(size1, size, tree.consistency_proof(size1, size), roots[size1], roots[size])


def test_concatenated_leaf_data_makes_the_same_tree():
    rng = random.Random(9162)
    leaves = [rng.randbytes(32) for _ in range(37)]
    assert TreeLevels.from_concatenated_leaf_data(b"".join(leaves)).root() == root_of(leaves)
    with pytest.raises(ValueError):
        TreeLevels.from_concatenated_leaf_data(b"x" * 33)
