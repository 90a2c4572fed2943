package org.quadhub.complexity;

import java.util.Locale;
import java.util.Random;

/** Small, seeded trade files for the module's tests: real country and HS codes, plausible structure. */
final class TradeFiles {

	static final String[] COUNTRIES = { "PAK", "CHN", "IND", "BGD", "VNM", "DEU", "USA", "TUR", "MYS", "KOR", "EGY",
			"BRA" };
	static final String[] PRODUCTS = { "8541", "8542", "8507", "8517", "8471", "8703", "3004", "9018", "8432", "6109",
			"6203", "5205", "5208", "1006", "0803", "2710", "7208", "8528", "8504", "4202", "6403", "9503", "3923",
			"7304", "8708", "8802", "9303", "2803", "3002", "8436" };

	private TradeFiles() {
	}

	/** year,country,product,value for 2019 and 2020; China leads in electronics, Pakistan in textiles and rice. */
	static String longCsv(long seed) {
		Random random = new Random(seed);
		StringBuilder csv = new StringBuilder("year,country,product,value\n");
		for (int year = 2019; year <= 2020; year++) {
			for (int c = 0; c < COUNTRIES.length; c++) {
				double capability = (c * 7 % COUNTRIES.length) / (double) COUNTRIES.length;
				for (int p = 0; p < PRODUCTS.length; p++) {
					double sophistication = (p * 11 % PRODUCTS.length) / (double) PRODUCTS.length;
					double value = Math.exp(3 * (capability - sophistication) + random.nextGaussian()) * 1e6;
					if (COUNTRIES[c].equals("CHN") && PRODUCTS[p].startsWith("85")) {
						value *= 40;
					}
					if (COUNTRIES[c].equals("PAK") && (PRODUCTS[p].startsWith("52") || PRODUCTS[p].startsWith("62")
							|| PRODUCTS[p].equals("1006"))) {
						value *= 40;
					}
					if (random.nextDouble() < 0.1) {
						continue;
					}
					csv.append(year).append(',').append(COUNTRIES[c]).append(',').append(PRODUCTS[p]).append(',')
						.append(String.format(Locale.ROOT, "%.2f", value)).append('\n');
				}
			}
		}
		return csv.toString();
	}
}
