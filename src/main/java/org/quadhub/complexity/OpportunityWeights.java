package org.quadhub.complexity;

import org.jspecify.annotations.Nullable;
import org.quadhub.shared.DomainProblem;

import java.util.Locale;

/**
 * How much each component counts in an opportunity's score; the score divides by their sum, so only ratios matter.
 * Written {@code feasibility:0.3,complexity:0.2,strategic:0.2,market:0.1,partner:0.2} (aliases: density,
 * pci, cog, size, marketSize, partnerStrength; {@code =} works as well as {@code :}); components left out keep their default.
 */
public record OpportunityWeights(double feasibility, double complexity, double strategic, double market,
		double partner) {

	public static final OpportunityWeights DEFAULT = new OpportunityWeights(0.3, 0.2, 0.2, 0.1, 0.2);

	public double sum() {
		return feasibility + complexity + strategic + market + partner;
	}

	public static OpportunityWeights parse(@Nullable String spec) {
		if (spec == null || spec.isBlank()) {
			return DEFAULT;
		}
		double[] w = { DEFAULT.feasibility, DEFAULT.complexity, DEFAULT.strategic, DEFAULT.market, DEFAULT.partner };
		for (String part : spec.split(",")) {
			String[] kv = part.split("[:=]", 2);
			if (kv.length != 2) {
				throw DomainProblem.invalid("weights", "'" + part.trim() + "' is not of the form component:weight");
			}
			int index = switch (kv[0].trim().toLowerCase(Locale.ROOT)) {
				case "feasibility", "density" -> 0;
				case "complexity", "pci" -> 1;
				case "strategic", "cog", "strategicvalue" -> 2;
				case "market", "size", "marketsize", "world", "worldmarket" -> 3;
				case "partner", "partnerstrength" -> 4;
				default -> throw DomainProblem.invalid("weights", "unknown component '" + kv[0].trim()
						+ "' (feasibility, complexity, strategic, market, partner)");
			};
			double value;
			try {
				value = Double.parseDouble(kv[1].trim());
			}
			catch (NumberFormatException e) {
				throw DomainProblem.invalid("weights", "'" + kv[1].trim() + "' is not a number");
			}
			if (!(value >= 0) || Double.isInfinite(value)) {
				throw DomainProblem.invalid("weights", "weights must be zero or positive numbers");
			}
			w[index] = value;
		}
		OpportunityWeights weights = new OpportunityWeights(w[0], w[1], w[2], w[3], w[4]);
		if (weights.sum() <= 0) {
			throw DomainProblem.invalid("weights", "at least one weight must be positive");
		}
		return weights;
	}

	/** The canonical text form, accepted by {@link #parse(String)}. */
	public String text() {
		return "feasibility:" + fmt(feasibility) + ",complexity:" + fmt(complexity) + ",strategic:" + fmt(strategic)
				+ ",market:" + fmt(market) + ",partner:" + fmt(partner);
	}

	private static String fmt(double v) {
		return v == Math.rint(v) ? Long.toString((long) v) : Double.toString(v);
	}
}
