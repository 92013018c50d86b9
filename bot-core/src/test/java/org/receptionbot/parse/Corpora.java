package org.receptionbot.parse;

import java.util.ArrayList;
import java.util.List;

/**
 * The parser corpora of the project, by file: the cases every test reads exactly, the known failures of
 * the blind rounds, and the negative corpus. A new blind round is registered here, once.
 */
record Corpora(String resource, boolean conference) {

    /** The sports-games corpora read exactly: shared dev, own, once held-out, and the blind rounds. */
    private static final List<String> SPORTS = List.of(
            "/parse/dev.jsonl",
            "/parse/dev-v2.jsonl",
            "/parse/own.jsonl",
            "/parse/heldout.jsonl",
            "/parse/blind-2026-11-30a.jsonl",
            "/parse/blind-2026-11-30b.jsonl",
            "/parse/own-trial2.jsonl",
            "/parse/blind-2026-11-30c.jsonl",
            "/parse/blind-2026-11-30d.jsonl",
            "/parse/blind-2026-11-30e.jsonl",
            "/parse/blind-2026-11-30f.jsonl",
            "/parse/blind-2026-11-30g.jsonl",
            "/parse/blind-2026-11-30h.jsonl",
            "/parse/blind-2026-11-30i.jsonl",
            "/parse/blind-2026-11-30j.jsonl",
            "/parse/blind-2026-11-30k.jsonl",
            "/parse/blind-2026-11-30l.jsonl",
            "/parse/blind-2026-11-30m.jsonl",
            "/parse/blind-2026-11-30o.jsonl",
            "/parse/blind-2026-11-30n.jsonl",
            "/parse/blind-2026-11-30p.jsonl",
            "/parse/blind-2026-11-30r.jsonl",
            "/parse/blind-2026-11-30q.jsonl",
            "/parse/blind-2026-11-30s.jsonl",
            "/parse/blind-2026-12-01u.jsonl",
            "/parse/blind-2026-12-01w.jsonl",
            "/parse/blind-2026-12-01x.jsonl",
            "/parse/blind-2026-12-01y.jsonl",
            "/parse/blind-2026-12-01z.jsonl",
            "/parse/blind-2026-12-01aa.jsonl",
            "/parse/blind-2026-12-01ab.jsonl",
            "/parse/blind-2026-12-01ac.jsonl",
            "/parse/blind-2026-12-02ad.jsonl",
            "/parse/blind-2026-12-02ae.jsonl",
            "/parse/blind-2026-12-02af.jsonl",
            "/parse/blind-2026-12-02ag.jsonl",
            "/parse/blind-2026-12-02ah.jsonl",
            "/parse/blind-2026-12-02ai.jsonl",
            "/parse/blind-2026-12-02aj.jsonl",
            "/parse/blind-2026-12-02ak.jsonl",
            "/parse/blind-2026-12-02al.jsonl",
            "/parse/blind-2026-12-02am.jsonl",
            "/parse/blind-2026-12-02an.jsonl",
            "/parse/blind-2026-12-02ao.jsonl",
            "/parse/blind-2026-12-02ap.jsonl",
            "/parse/blind-2026-12-03aq.jsonl",
            "/parse/blind-2026-12-03ar.jsonl",
            "/parse/blind-2026-12-03as.jsonl",
            "/parse/blind-2026-12-03at.jsonl",
            "/parse/blind-2026-12-03au.jsonl",
            "/parse/blind-2026-12-03aw.jsonl",
            "/parse/blind-2026-12-03ax.jsonl",
            "/parse/blind-2026-12-03ay.jsonl",
            "/parse/blind-2026-12-03ba.jsonl",
            "/parse/blind-2026-12-03az.jsonl",
            "/parse/blind-2026-12-03bb.jsonl",
            "/parse/blind-2026-12-04bc.jsonl",
            "/parse/blind-2026-12-04bd.jsonl",
            "/parse/blind-2026-12-04be.jsonl",
            "/parse/blind-2026-12-04bf.jsonl",
            "/parse/blind-2026-12-04bg.jsonl",
            "/parse/blind-2026-12-04bh.jsonl",
            "/parse/blind-2026-12-04bi.jsonl",
            "/parse/blind-2026-12-04bj.jsonl",
            "/parse/blind-2026-12-04bk.jsonl",
            "/parse/blind-2026-12-05bl.jsonl",
            "/parse/blind-2026-12-05bm.jsonl",
            "/parse/blind-2026-12-05bn.jsonl",
            "/parse/blind-2026-12-05bo.jsonl",
            "/parse/blind-2026-12-05bp.jsonl",
            "/parse/blind-2026-12-05bq.jsonl",
            "/parse/blind-2026-12-05br.jsonl",
            "/parse/blind-2026-12-05bs.jsonl",
            "/parse/blind-2026-12-06bt.jsonl",
            "/parse/blind-2026-12-06bu.jsonl",
            "/parse/blind-2026-12-06bv.jsonl",
            "/parse/blind-2026-12-06bw.jsonl");

    /** The visit corpora read exactly, on the reference conference. */
    private static final List<String> VISITS = List.of(
            "/parse/visits-dev.jsonl",
            "/parse/visits-own.jsonl",
            "/parse/visits-blind-2026-11-30.jsonl",
            "/parse/visits-blind-2026-11-30b.jsonl",
            "/parse/visits-blind-2026-11-30c.jsonl",
            "/parse/visits-blind-2026-11-30d.jsonl",
            "/parse/visits-blind-2026-11-30e.jsonl",
            "/parse/visits-blind-2026-11-30f.jsonl",
            "/parse/visits-blind-2026-11-30g.jsonl",
            "/parse/visits-blind-2026-11-30h.jsonl",
            "/parse/visits-blind-2026-11-30i.jsonl",
            "/parse/visits-blind-2026-11-30j.jsonl",
            "/parse/visits-blind-2026-11-30k.jsonl",
            "/parse/visits-blind-2026-11-30l.jsonl",
            "/parse/visits-blind-2026-11-30m.jsonl",
            "/parse/visits-blind-2026-11-30n.jsonl",
            "/parse/visits-blind-2026-11-30o.jsonl",
            "/parse/visits-blind-2026-12-01v17.jsonl",
            "/parse/visits-blind-2026-12-01v18.jsonl",
            "/parse/visits-blind-2026-12-01v19.jsonl",
            "/parse/visits-blind-2026-12-01v20.jsonl",
            "/parse/visits-blind-2026-12-01v21.jsonl",
            "/parse/visits-blind-2026-12-01v22.jsonl",
            "/parse/visits-blind-2026-12-01v23.jsonl",
            "/parse/visits-blind-2026-12-02v24.jsonl",
            "/parse/visits-blind-2026-12-02v25.jsonl",
            "/parse/visits-blind-2026-12-02v26.jsonl",
            "/parse/visits-blind-2026-12-02v27.jsonl",
            "/parse/visits-blind-2026-12-02v28.jsonl",
            "/parse/visits-blind-2026-12-02v29.jsonl",
            "/parse/visits-blind-2026-12-02v30.jsonl",
            "/parse/visits-blind-2026-12-03v31.jsonl",
            "/parse/visits-blind-2026-12-03v32.jsonl",
            "/parse/visits-blind-2026-12-03v33.jsonl",
            "/parse/visits-blind-2026-12-03v34.jsonl",
            "/parse/visits-blind-2026-12-03v35.jsonl",
            "/parse/visits-blind-2026-12-03v37.jsonl",
            "/parse/visits-blind-2026-12-03v38.jsonl",
            "/parse/visits-blind-2026-12-03v39.jsonl",
            "/parse/visits-blind-2026-12-03v41.jsonl",
            "/parse/visits-blind-2026-12-03v40.jsonl",
            "/parse/visits-blind-2026-12-03v42.jsonl",
            "/parse/visits-blind-2026-12-04v43.jsonl",
            "/parse/visits-blind-2026-12-04v44.jsonl",
            "/parse/visits-blind-2026-12-04v45.jsonl",
            "/parse/visits-blind-2026-12-04v46.jsonl",
            "/parse/visits-blind-2026-12-04v47.jsonl",
            "/parse/visits-blind-2026-12-04v48.jsonl",
            "/parse/visits-blind-2026-12-04v49.jsonl",
            "/parse/visits-blind-2026-12-04v50.jsonl",
            "/parse/visits-blind-2026-12-04v51.jsonl",
            "/parse/visits-blind-2026-12-05v52.jsonl",
            "/parse/visits-blind-2026-12-05v53.jsonl",
            "/parse/visits-blind-2026-12-05v54.jsonl",
            "/parse/visits-blind-2026-12-05v55.jsonl",
            "/parse/visits-blind-2026-12-05v56.jsonl",
            "/parse/visits-blind-2026-12-05v57.jsonl",
            "/parse/visits-blind-2026-12-05v58.jsonl",
            "/parse/visits-blind-2026-12-05v59.jsonl",
            "/parse/visits-blind-2026-12-06v60.jsonl",
            "/parse/visits-blind-2026-12-06v61.jsonl",
            "/parse/visits-blind-2026-12-06v62.jsonl",
            "/parse/visits-blind-2026-12-06v63.jsonl");

    static List<Corpora> exact() {
        List<Corpora> all = new ArrayList<>();
        for (String r : SPORTS) all.add(new Corpora(r, false));
        for (String r : VISITS) all.add(new Corpora(r, true));
        return all;
    }

    static List<Corpora> visits() {
        return exact().stream().filter(Corpora::conference).toList();
    }

    static List<Corpora> knownFailures() {
        return List.of(
                new Corpora("/parse/blind-2026-11-30-known-failures.jsonl", false),
                new Corpora("/parse/visits-blind-2026-11-30-known-failures.jsonl", true));
    }

    static List<Corpora> negative() {
        return List.of(new Corpora("/parse/negative.jsonl", false));
    }

    List<CorpusCase> cases() {
        return conference ? CorpusCase.loadConference(resource) : CorpusCase.load(resource);
    }

    static List<CorpusCase> cases(List<Corpora> corpora) {
        List<CorpusCase> all = new ArrayList<>();
        for (Corpora c : corpora) all.addAll(c.cases());
        return all;
    }
}
