#!/usr/bin/env python3
"""Weighs a trial directory's first-pass records with a learnt gate's weights, per round and threshold.

usage (from bot-core/src/bench/python): gate_apply.py DIR WEIGHTS

DIR is laid out as for gate_loro.py (list.txt, ROUND.jsonl, out-ROUND.jsonl); WEIGHTS is the file
gate_weights.py writes ("threshold P", then "FEATURE<TAB>WEIGHT" lines). For each threshold prints, per
round, record precision before and after withholding the records above it, and the wrong and right
records withheld. Use it on rounds the weights were not learnt on (a fresh held round).
"""
import collections, math, sys

import gate_loro as g


def weights(path):
    w = {}
    for line in open(path, encoding="utf-8"):
        line = line.rstrip("\n")
        if line.startswith("#") or line.startswith("threshold "):
            continue
        k, v = line.rsplit("\t", 1)
        w[k.replace("\\n", "\n").replace("\\t", "\t").replace("\\r", "\r").replace("\\\\", "\\")] = float(v)
    return w


def main(d, path):
    w = weights(path)
    rs = g.rows(g.load(d))
    for t in (0.9, 0.8, 0.7, 0.65, 0.6, 0.5):
        per = collections.defaultdict(lambda: [0, 0, 0, 0])  # records, wrong, wrong withheld, right withheld
        for r in rs:
            p = 1 / (1 + math.exp(-sum(w.get(k, 0) * v for k, v in r[3].items())))
            s = per[r[0]]
            s[0] += 1
            s[1] += 0 if r[4] else 1
            if p > t:
                s[3 if r[4] else 2] += 1
        print(t, " | ".join(f"{n}: {(a - b) / a:.3f} -> {(a - b - rt) / (a - ww - rt):.3f} withheld {ww} wrong {rt} right"
                            for n, (a, b, ww, rt) in per.items()))


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
