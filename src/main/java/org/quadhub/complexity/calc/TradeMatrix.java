package org.quadhub.complexity.calc;

import java.util.Arrays;

/**
 * Export values of one period: {@code values[c * products.length + p]} is what country {@code c} exported of product
 * {@code p}; a missing cell is 0.
 */
public final class TradeMatrix {

	private final String[] countries;
	private final String[] products;
	private final double[] values;

	public TradeMatrix(String[] countries, String[] products, double[] values) {
		if ((long) countries.length * products.length != values.length) {
			throw new IllegalArgumentException("values must hold countries x products cells");
		}
		for (int i = 0; i < values.length; i++) {
			double v = values[i];
			if (!(v >= 0) || Double.isInfinite(v)) {
				throw new DegenerateInput("Country " + countries[i / products.length] + ", product "
						+ products[i % products.length] + ": export value " + v + " is negative or not a number.");
			}
		}
		this.countries = countries.clone();
		this.products = products.clone();
		this.values = values;
	}

	public int countryCount() {
		return countries.length;
	}

	public int productCount() {
		return products.length;
	}

	public String country(int c) {
		return countries[c];
	}

	public String product(int p) {
		return products[p];
	}

	public double value(int c, int p) {
		return values[c * products.length + p];
	}

	String[] countries() {
		return countries;
	}

	String[] products() {
		return products;
	}

	double[] values() {
		return values;
	}

	@Override
	public String toString() {
		return "TradeMatrix[" + countries.length + " countries x " + products.length + " products, "
				+ Arrays.stream(values).filter(v -> v > 0).count() + " non-zero]";
	}
}
