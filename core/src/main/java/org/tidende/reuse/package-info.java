/**
 * Shared passages between articles, within a language and across Nynorsk, Bokmål, Danish and
 * Swedish (shared words), across language families (translated sentences, by their shared names and
 * numbers: {@link org.tidende.reuse.AnchorAligner}), and what each article of a story adds.
 *
 * <p>{@link org.tidende.reuse.PassageFinder#find(java.util.List)} gives {@link
 * org.tidende.reuse.SharedPassage}s (character offsets in both texts, score, cross-language and translated flags);
 * {@link org.tidende.reuse.Additions#compute} gives, per article in story order, the sentences no
 * earlier article has ({@link org.tidende.reuse.ArticleAdditions}).
 */
package org.tidende.reuse;
