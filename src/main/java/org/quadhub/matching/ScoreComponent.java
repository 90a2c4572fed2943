package org.quadhub.matching;

/**
 * One rule's share of a score: its raw points (negative for a penalty), the weight applied, the weighted score,
 * and a sentence saying why.
 */
public record ScoreComponent(String rule, long points, int weight, long score, String sentence) {
}
