package org.quadhub.projection.engine;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * An uncertain input. Continuous distributions are sampled by inversion (one uniform draw through the quantile
 * function) except beta, which uses two gamma draws; a fixed value draws nothing.
 */
public sealed interface Distribution permits Distribution.Fixed, Distribution.Uniform, Distribution.Triangular,
		Distribution.Normal, Distribution.LogNormal, Distribution.Beta, Distribution.Bernoulli {

	double sample(SplittableRandom random);

	/** The value below which a share p of draws falls. */
	double quantile(double p);

	default double median() {
		return quantile(0.5);
	}

	/** True when every draw gives the same value (and no random number is used). */
	default boolean isFixed() {
		return false;
	}

	/** The scenario JSON form of this distribution. */
	Map<String, Object> toJson();

	static Fixed fixed(double value) {
		return new Fixed(value);
	}

	record Fixed(double value) implements Distribution {
		public double sample(SplittableRandom random) {
			return value;
		}

		public double quantile(double p) {
			return value;
		}

		@Override
		public boolean isFixed() {
			return true;
		}

		public Map<String, Object> toJson() {
			return json("fixed", "value", value);
		}
	}

	record Uniform(double min, double max) implements Distribution {
		public double sample(SplittableRandom random) {
			return quantile(random.nextDouble());
		}

		public double quantile(double p) {
			return min + p * (max - min);
		}

		public Map<String, Object> toJson() {
			return json("uniform", "min", min, "max", max);
		}
	}

	record Triangular(double min, double mode, double max) implements Distribution {
		public double sample(SplittableRandom random) {
			return quantile(random.nextDouble());
		}

		public double quantile(double p) {
			double width = max - min;
			if (width == 0) {
				return min;
			}
			double split = (mode - min) / width;
			return p < split ? min + Math.sqrt(p * width * (mode - min))
					: max - Math.sqrt((1 - p) * width * (max - mode));
		}

		public Map<String, Object> toJson() {
			return json("triangular", "min", min, "mode", mode, "max", max);
		}
	}

	/** A normal distribution truncated at 0 (negative values are impossible, so they are cut off, not clipped). */
	record Normal(double mean, double sd, double belowZero) implements Distribution {
		public Normal(double mean, double sd) {
			this(mean, sd, sd == 0 ? (mean < 0 ? 1 : 0) : Gaussian.cdf(-mean / sd));
		}

		public double sample(SplittableRandom random) {
			return quantile(random.nextDouble());
		}

		public double quantile(double p) {
			if (sd == 0) {
				return Math.max(0, mean);
			}
			double q = belowZero + p * (1 - belowZero);
			return Math.max(0, mean + sd * Gaussian.inverse(q));
		}

		public Map<String, Object> toJson() {
			return json("normal", "mean", mean, "sd", sd);
		}
	}

	/** Lognormal given by its median (e^mu) and sigma (the sd of the logarithm). */
	record LogNormal(double median, double sigma) implements Distribution {
		public double sample(SplittableRandom random) {
			return quantile(random.nextDouble());
		}

		public double quantile(double p) {
			return median * Math.exp(sigma * Gaussian.inverse(p));
		}

		@Override
		public double median() {
			return median;
		}

		public Map<String, Object> toJson() {
			return json("lognormal", "median", median, "sigma", sigma);
		}
	}

	record Beta(double alpha, double beta) implements Distribution {
		public double sample(SplittableRandom random) {
			double x = Gaussian.gamma(alpha, random);
			double y = Gaussian.gamma(beta, random);
			return x / (x + y);
		}

		public double quantile(double p) {
			return Gaussian.betaQuantile(p, alpha, beta);
		}

		public Map<String, Object> toJson() {
			return json("beta", "alpha", alpha, "beta", beta);
		}
	}

	/** 1 with probability p, else 0. */
	record Bernoulli(double p) implements Distribution {
		public double sample(SplittableRandom random) {
			return random.nextDouble() < p ? 1 : 0;
		}

		public double quantile(double q) {
			return q < 1 - p ? 0 : 1;
		}

		public Map<String, Object> toJson() {
			return json("bernoulli", "p", p);
		}
	}

	private static Map<String, Object> json(String type, Object... keyValues) {
		Map<String, Object> map = new LinkedHashMap<>();
		map.put("type", type);
		for (int i = 0; i < keyValues.length; i += 2) {
			map.put((String) keyValues[i], keyValues[i + 1]);
		}
		return map;
	}
}
