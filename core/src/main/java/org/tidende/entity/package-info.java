/**
 * Named entities: people, places, organisations and other names in news text.
 *
 * <p>Entry point: {@link org.tidende.entity.EntityRecognizer#load()} then {@link
 * org.tidende.entity.EntityRecognizer#recognize(String, org.tidende.model.Language)}, giving
 * {@link org.tidende.entity.Mention}s with char offsets. Bokmål and Nynorsk use a Norwegian
 * OpenNLP name-finder model trained on NorNE; Danish and Swedish a second one trained on NorNE, DaNE
 * and the Swedish Webbnyheter corpus; both with word-cluster features from unlabeled Scandinavian
 * news and name-shape features ({@link org.tidende.entity.NerTrainer}, {@link
 * org.tidende.entity.WordClusters}, {@link org.tidende.entity.NameShapeFeatureGeneratorFactory});
 * other languages use a capitalisation heuristic ({@link org.tidende.entity.CapitalisedNameRecognizer}).
 *
 * <p>The bundled models ({@code ner-no.bin}, {@code ner-dasv.bin}) and gazetteer ({@code ner-gazetteer.tsv}) are
 * reproduced by {@code ./tidende ner-train}; {@code ./tidende ner-eval} scores them on the dev
 * splits ({@link org.tidende.entity.NerCorpus#splits}).
 */
package org.tidende.entity;
