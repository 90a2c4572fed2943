package org.quadhub.complexity;

import org.jspecify.annotations.Nullable;

import java.util.List;

/**
 * The product space seen from one country: products as nodes (section, world exports, whether the country exports
 * it with RCA above 1) and the strongest proximities as edges (the maximum spanning tree plus the strongest other
 * links, about two per product).
 */
public record ProductSpace(long datasetId, @Nullable Integer year, String country, List<Node> nodes, List<Edge> edges,
		List<Section> sections) {

	public record Node(String product, String name, int section, double worldExports, boolean held, double pci) {
	}

	public record Edge(int source, int target, double proximity) {
	}

	public record Section(String code, String name) {
	}
}
