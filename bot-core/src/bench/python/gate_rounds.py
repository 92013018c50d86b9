#!/usr/bin/env python3
"""Writes the full blind rounds of the gate trial (bot-core/src/bench/python/gate_loro.py) into DIR.

usage (from the repository root): bot-core/src/bench/python/gate_rounds.py DIR

A full round is its file in the corpora plus its lines in the known failures (by id prefix), or,
for the rounds kept on the held-sNN branches, the branch's round-*.jsonl as it was written.
DIR/list.txt gets "ROUND KIND COMMIT": COMMIT is the parent of the commit that first added the
round to the corpora, the parser that had not seen it (for the held-s15 rounds af, ag and v25: 74d8b1e8,
the parser at the start of session 15, which gave their first-pass figures; build its jar and run
`java -jar JAR parse --event E --in DIR/ROUND.jsonl --out DIR/out-ROUND.jsonl`, E the event file of
KIND: s event.yml, v conference.yml).
"""
import json, subprocess, sys
D = sys.argv[1]
import os
os.makedirs(D, exist_ok=True)
P='bot-core/src/test/resources/parse/'
KF={'s':P+'blind-2026-11-30-known-failures.jsonl','v':P+'visits-blind-2026-11-30-known-failures.jsonl'}
kf={k:[json.loads(l) for l in open(v) if l.strip()] for k,v in KF.items()}
# round name -> (file, id prefix, kind, commit)
rounds=[('af','blind-2026-12-02af','af','s','74d8b1e8'),('ag','blind-2026-12-02ag','ag','s','74d8b1e8'),('v25','visits-blind-2026-12-02v25','v25','v','74d8b1e8'),
('ad','blind-2026-12-02ad','ad-','s','9d5d8654'),('ae','blind-2026-12-02ae','ae-','s','9d5d8654'),('v24','visits-blind-2026-12-02v24','v24-','v','9d5d8654'),
('ab','blind-2026-12-01ab','ab-','s','d1fa06ef'),('ac','blind-2026-12-01ac','ac-','s','d1fa06ef'),('v23','visits-blind-2026-12-01v23','v23-','v','d1fa06ef'),
('aa','blind-2026-12-01aa','aa','s','010a4db3'),('v22','visits-blind-2026-12-01v22','v22-','v','010a4db3'),
('z','blind-2026-12-01z','z','s','1729f712'),('v21','visits-blind-2026-12-01v21','v21-','v','1729f712'),
('y','blind-2026-12-01y','y','s','a3cd5300'),('v20','visits-blind-2026-12-01v20','v20-','v','a3cd5300'),
('x','blind-2026-12-01x','x','s','e4866d71'),('v19','visits-blind-2026-12-01v19','v19-','v','e4866d71'),
('w','blind-2026-12-01w','w','s','1fa0cdf6'),('v18','visits-blind-2026-12-01v18','v18-','v','1fa0cdf6'),
('u','blind-2026-12-01u','u','s','24ee404b'),('v17','visits-blind-2026-12-01v17','v17-','v','24ee404b'),
('s','blind-2026-11-30s','s','s','ba11c4b1'),('o','visits-blind-2026-11-30o','v15-','v','ba11c4b1'),
('q','blind-2026-11-30q','q','s','f249cd3d'),('n','visits-blind-2026-11-30n','v13-','v','f249cd3d'),
('r','blind-2026-11-30r','r','s','23cb72b7'),('m','visits-blind-2026-11-30m','v14-','v','23cb72b7')]
held={}
for b in ['held-s10','held-s11','held-s12','held-s13','held-s14','held-s15']:
    for f in subprocess.run(['git','ls-tree','--name-only',b],capture_output=True,text=True).stdout.split():
        if f.startswith('round-'): held[f[6:-6]]=(b,f)
def idmatch(i,pre):
    # sports single-letter prefixes: id like 'z123' or 'aa-..'; avoid 'a' matching 'aa'
    if not i.startswith(pre): return False
    rest=i[len(pre):]
    return pre.endswith('-') or pre.endswith('_') or (rest[:1].isdigit() or rest[:1]=='-')
out=[]
for name,f,pre,k,c in rounds:
    main=[json.loads(l) for l in open(P+f+'.jsonl') if l.strip()]
    extra=[o for o in kf[k] if idmatch(o['id'],pre)]
    src='main+kf'
    if name in held:
        b,hf=held[name]
        lines=[json.loads(l) for l in subprocess.run(['git','show',b+':'+hf],capture_output=True,text=True).stdout.splitlines() if l.strip()]
        src=f'{b} ({len(main)}+{len(extra)}={len(main)+len(extra)})'
    else:
        ids={o['id'] for o in main}
        lines=main+[o for o in extra if o['id'] not in ids]
        lines.sort(key=lambda o:(o['now'],o['id']))
    with open(f'{D}/{name}.jsonl','w') as fo:
        for o in lines: fo.write(json.dumps(o,ensure_ascii=False)+'\n')
    print(name,k,c,len(lines),src)
    out.append(f'{name} {k} {c}')
open(f'{D}/list.txt','w').write('\n'.join(out)+'\n')
