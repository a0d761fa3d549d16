/**
 * Online story clustering: {@code (state, article) -> (state', assignment)}, with story-level
 * revision (merges, moved members, splits) reported as {@link org.tidende.cluster.StoryEvents}.
 *
 * <p>Entry points: {@link org.tidende.cluster.StoryClusterer#assign(ClusterState,
 * org.tidende.model.AnalyzedArticle, StoryEvents)} (or {@link
 * org.tidende.cluster.StoryClusterer#prepare} on any thread, then {@link
 * org.tidende.cluster.StoryClusterer#assign(ClusterState, PreparedArticle, StoryEvents)} in event
 * order), over an explicit {@link org.tidende.cluster.ClusterState}, configured by {@link
 * org.tidende.cluster.ClusterConfig#defaults()} and {@link
 * org.tidende.cluster.ClusterConfig#with(String, String)}. The design is described on {@link
 * org.tidende.cluster.StoryClusterer}.
 *
 * <p>Figures with the defaults (threshold 0.22 full text / 0.30 headline, merge 0.6 / 0.2, split 0.5
 * full text, specifics weight 0.5 with floor 0.2, term floor 0.15, window 5 days, headline model alpha 0.3 and mu
 * 500, background weight 1000, specifics floor 1, aging 0.25 a day after 2 days, English sentence
 * vectors weight 1.5 at 0.90), {@code ./tidende eval
 * ../shared/data/clustering/FILE.jsonl --shuffles 5}; final story
 * membership after revision is scored:
 *
 * <pre>
 * file                   BCubed P/R/F1          pairwise P/R/F1        NMI    shuffles BCubed F1 mean/min
 * ecbplus-dev            0.931 0.967 0.949      0.880 0.964 0.920      0.981  0.932 / 0.916
 * googlenews-dev         0.907 0.833 0.869      0.854 0.835 0.844      0.917  0.849 / 0.831
 * business-energy-news   1.000 0.882 0.937      1.000 0.730 0.844      0.976  0.937 / 0.937
 * da-2022-10-06          0.950 0.852 0.898      0.874 0.436 0.582      0.959  0.899 / 0.891
 * </pre>
 *
 * <p>ECB+ without the English sentence vectors ({@code --no-embeddings}): 0.936 / 0.937 / 0.9364,
 * shuffled 0.920 / 0.908 (StoryClusterer's comment).
 *
 * <p>The Danish day is measured with compound word lists and background rates learned without it
 * ({@link org.tidende.eval.HoldOut}); with lists that had counted it: 0.896, pairwise 0.572, NMI
 * 0.958, shuffled 0.898 / 0.889.
 *
 * <p>ECB+ in file order (every report of a topic's first event before any of its second) is the
 * adversarial order; the split check and re-assignment exist for it. GoogleNews (lemmatised
 * headlines, no capitals, so no name features) is where the headline model helps; in file order it
 * reaches its targets (0.85 BCubed F1 / 0.90 NMI), shuffled orders average 0.849 / 0.907 (0.837 /
 * 0.903 before two stories needed two shared words to merge). Over half of the precision it still
 * loses is in two merges of established stories that share common words besides their topic: Black
 * Friday sales (312 headlines) with the film "Black Nativity" (93), and two HIV stories with weekly
 * jobless claims. A higher merge threshold (0.35) for two stories of five or more raised precision
 * to 0.929 and lowered recall to 0.821 (BCubed F1 0.872 against 0.869, shuffled mean 0.852 against
 * 0.849), too small a gain to add a setting for.
 * In the worst shuffled order (seed 5, BCubed F1 0.831) the Black Friday story takes the winter
 * storm (through "thanksgiving") and the film (through "black") by merges of stories of 5 to 90
 * headlines. Letting two stories merge only where they share two words each held by at least a
 * fifth of both stories' members (their core) raised precision to 0.937 but cost more recall
 * (0.834 to 0.793; F1 0.859, shuffled mean 0.844, minimum 0.839); one such word at a fifth, or two
 * at a tenth or a twentieth, gave 0.869 / 0.858 / 0.863 in file order and shuffled means of 0.849
 * / 0.846 / 0.847. The headline model taking a story only where the headline shares two of its
 * words changed nothing (it already does). The Danish front
 * pages (many headlines about one person in different events) stay below their pairwise target
 * (0.85): shared names across different events, which these features do not tell apart, and
 * headlines of one event sharing no word at all (a party leaders' debate reported as "LA frygter
 * politikernes løfter" and "Venstre kritiserer psykiatriplanen"). Splitting closed compounds
 * ({@link org.tidende.analysis.CompoundSplitter}: "partilederdebat" meets "partiledere" and
 * "tv-debat") raised it from 0.411 to 0.486 (BCubed F1 0.847 to 0.867); an idf that starts from
 * background news ({@link org.tidende.cluster.BackgroundRates}, {@code backgroundWeight} 1000
 * pseudo-items) to 0.496 (shuffled mean 0.487 to 0.499; 300 to 10,000 pseudo-items all gave
 * 0.499-0.505). Names and numbers that weigh less than one name seen once no longer count as a
 * full-length specifics part ({@code specificNormFloor} 1): pairwise precision 0.714 to 0.776,
 * F1 0.498 (shuffled mean 0.506, BCubed 0.866). On the whole Danish archive this left 1,960
 * headlines that had joined through one everyday name or number ("Odense", "70", "19-årig") on
 * their own: 19,802 stories became 21,140, and of a sample of 25 such joins about 4 had been
 * right. Nationality adjectives as their country's name ({@link org.tidende.analysis.Demonyms}:
 * "græsk ø" beside "Grækenland") took it from 0.556 to 0.572 (BCubed 0.891 to 0.896).
 *
 * <p>Aging ({@code agingPerDay} 0.25) changes only dated streams longer than two days. Measured
 * by replaying the unlabelled archives ({@code eval} with each item its own label, so only story
 * sizes and spans are read): Danish front pages (50,219 items, with {@code first_seen} as the
 * date of the 4,399 items without one) from 22,004 stories, the largest 859 / 587 / 585, 23,585
 * items in stories spanning more than four days, to 29,252 stories, largest 77 / 73 / 61, 10,513
 * items; Swedish feeds (1,386 items) from largest 43 and 387 items over four days to 20 and 145.
 * The largest Danish stories left are story lines (the election campaign, the Qatar World Cup,
 * Sudan, tanks for Ukraine). Slopes of 0.1 and 0.5 a day gave largest Danish stories of 156 and
 * 48 and business pairwise F1 0.844 and 0.837. A hard cap on a story's span (3 or 5 days) split
 * such story lines at arbitrary days and still let a five-day "Trump" story form.
 */
package org.tidende.cluster;
