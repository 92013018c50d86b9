#!/usr/bin/env python3
"""Learns the shipped confidence gate on every round of DIR and writes its weights and a test fixture.

usage (from the repository root): bot-core/src/bench/python/gate_weights.py DIR [THRESHOLD]

DIR is the trial directory of gate_loro.py (list.txt, ROUND.jsonl, out-ROUND.jsonl). Writes
bot-core/src/main/resources/org/receptionbot/parse/confidence-gate.txt ("threshold P", then one
"FEATURE<TAB>WEIGHT" a line: the logistic regression of gate_loro.py, L2 penalty 1, on all rounds;
a feature seen fewer than 3 times is left out) and
bot-core/src/test/resources/parse/confidence-gate-fixture.jsonl (every 20th output record with the
features and probability Python gives it, for ConfidenceGateTest to compare with Java's).
"""
import collections, json, math, sys

import numpy as np

import gate_loro as g

RESOURCE = "bot-core/src/main/resources/org/receptionbot/parse/confidence-gate.txt"
FIXTURE = "bot-core/src/test/resources/parse/confidence-gate-fixture.jsonl"


def escape(name):
    """A feature name on one line: backslash, tab, line end and carriage return escaped as in Java."""
    return name.replace("\\", "\\\\").replace("\t", "\\t").replace("\n", "\\n").replace("\r", "\\r")


def main(d, threshold):
    rounds = g.load(d)
    rs = g.rows(rounds)
    seen = collections.Counter(k for r in rs for k in r[3])
    vocab = {k: i for i, k in enumerate(sorted(k for k, n in seen.items() if n >= 3))}
    w = g.fit(g.matrix(rs, vocab), np.array([0.0 if r[4] else 1.0 for r in rs]), 1.0)
    with open(RESOURCE, "w", encoding="utf-8") as f:
        f.write(f"# gate_weights.py on {len(rounds)} rounds, {len(rs)} records ({sum(not r[4] for r in rs)} wrong)\n")
        f.write(f"threshold {threshold}\n")
        for k, i in vocab.items():
            f.write(f"{escape(k)}\t{float(w[i])!r}\n")
    kinds = {name: kind for name, kind, _, _ in rounds}
    cases = {(name, c["id"]): c for name, _, cs, _ in rounds for c in cs}
    outs = {(name, i): o for name, _, _, os in rounds for i, o in os.items()}
    with open(FIXTURE, "w", encoding="utf-8") as f:
        for n, r in enumerate(rs):
            if n % 20:
                continue
            case, out = cases[(r[0], r[1])], outs[(r[0], r[1])]
            z = sum(w[vocab[k]] * v for k, v in r[3].items() if k in vocab)
            f.write(json.dumps({
                "id": r[1], "kind": kinds[r[0]], "now": case["now"], "sender": case.get("sender"),
                "text": case["text"], "records": out.get("records") or [],
                "ask": [a["missing"] for a in out.get("ask") or []], "index": r[2],
                "features": sorted(r[3]), "p": 1 / (1 + math.exp(-float(z)))}, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main(sys.argv[1], float(sys.argv[2]) if len(sys.argv) > 2 else 0.65)
