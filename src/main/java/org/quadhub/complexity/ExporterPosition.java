package org.quadhub.complexity;

/** One country's position in a product: its exports, world market share, RCA and whether RCA is above 1. */
public record ExporterPosition(int rank, String country, String name, double exports, double share, double rca,
		boolean competitive) {
}
