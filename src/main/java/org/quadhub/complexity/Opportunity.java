package org.quadhub.complexity;

import org.jspecify.annotations.Nullable;
import org.quadhub.shared.Sector;

/**
 * A product the home country does not yet export competitively (RCA below 1), with every input of its score:
 * the home country's RCA, density (feasibility) and distance, the product's PCI and COG (strategic value), world
 * exports (market size), and the partner country's RCA and world market share. {@code components} are percentile
 * ranks among all candidates (0 to 1) and {@code score} is their weighted mean. {@code formQuadUrl} opens the QUAD
 * form pre-filled with the product.
 */
public record Opportunity(int rank, String product, String name, String sectionName, @Nullable Sector sector,
		boolean highTech, double rca, double density, double distance, double pci, double cog, double worldExports,
		double partnerRca, double partnerShare, boolean partnerLeads, Components components, double score,
		String formQuadUrl) {

	/** Each component as a percentile rank among the candidates: 1 is the best candidate on that measure. */
	public record Components(double feasibility, double complexity, double strategic, double market, double partner) {
	}
}
