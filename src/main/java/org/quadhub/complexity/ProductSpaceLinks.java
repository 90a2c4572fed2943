package org.quadhub.complexity;

import org.quadhub.complexity.calc.ProximityMatrix;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * The edges drawn in the product space, as the Atlas draws it: the maximum spanning tree of proximity (so every
 * product is connected through its strongest links) plus the strongest remaining links, up to an average of about
 * three links per product.
 */
final class ProductSpaceLinks {

	private ProductSpaceLinks() {
	}

	static List<ProductSpace.Edge> strongest(ProximityMatrix phi) {
		int n = phi.size();
		List<ProductSpace.Edge> edges = new ArrayList<>();
		if (n < 2) {
			return edges;
		}
		// Prim's algorithm for the maximum spanning tree on the dense proximity matrix.
		boolean[] in = new boolean[n];
		double[] best = new double[n];
		int[] from = new int[n];
		Arrays.fill(best, -1);
		best[0] = 0;
		long[] treePairs = new long[n - 1];
		int treeCount = 0;
		for (int step = 0; step < n; step++) {
			int u = -1;
			for (int v = 0; v < n; v++) {
				if (!in[v] && (u < 0 || best[v] > best[u])) {
					u = v;
				}
			}
			in[u] = true;
			if (step > 0) {
				edges.add(new ProductSpace.Edge(from[u], u, phi.get(from[u], u)));
				treePairs[treeCount++] = pair(from[u], u, n);
			}
			for (int v = 0; v < n; v++) {
				if (!in[v]) {
					double w = phi.get(u, v);
					if (w > best[v]) {
						best[v] = w;
						from[v] = u;
					}
				}
			}
		}
		Arrays.sort(treePairs, 0, treeCount);
		int extra = n + n / 2;
		List<ProductSpace.Edge> candidates = new ArrayList<>();
		double threshold = 0.3;
		for (int p = 0; p < n; p++) {
			for (int q = p + 1; q < n; q++) {
				double w = phi.get(p, q);
				if (w >= threshold && Arrays.binarySearch(treePairs, 0, treeCount, pair(p, q, n)) < 0) {
					candidates.add(new ProductSpace.Edge(p, q, w));
				}
			}
		}
		candidates.sort(Comparator.comparingDouble(ProductSpace.Edge::proximity).reversed());
		edges.addAll(candidates.subList(0, Math.min(extra, candidates.size())));
		return edges;
	}

	private static long pair(int a, int b, int n) {
		return (long) Math.min(a, b) * n + Math.max(a, b);
	}
}
