package org.quadhub.complexity.calc;

import java.util.List;

/**
 * Every measure of one period. Countries and products are those that remain after dropping the all-zero ones
 * ({@link #droppedCountries()}, {@link #droppedProducts()}); cell measures are indexed by (country, product).
 */
public final class ComplexityResult {

	private final String[] countries;
	private final String[] products;
	private final List<String> droppedCountries;
	private final List<String> droppedProducts;
	private final double[] worldExports;
	private final double[] rca;
	private final long[] mByCountry;
	private final int pWords;
	private final long[] mByProduct;
	private final int cWords;
	private final int[] diversity;
	private final int[] ubiquity;
	private final double eigenvalue;
	private final double[] kc;
	private final double[] kp;
	private final double[] eci;
	private final double[] pci;
	private final double[] density;
	private final double[] coi;
	private final double[] cog;

	ComplexityResult(String[] countries, String[] products, List<String> droppedCountries,
			List<String> droppedProducts, double[] worldExports, double[] rca, long[] mByCountry, int pWords,
			long[] mByProduct, int cWords, int[] diversity, int[] ubiquity, double eigenvalue, double[] kc, double[] kp,
			double[] eci, double[] pci, double[] density, double[] coi, double[] cog) {
		this.countries = countries;
		this.products = products;
		this.droppedCountries = List.copyOf(droppedCountries);
		this.droppedProducts = List.copyOf(droppedProducts);
		this.worldExports = worldExports;
		this.rca = rca;
		this.mByCountry = mByCountry;
		this.pWords = pWords;
		this.mByProduct = mByProduct;
		this.cWords = cWords;
		this.diversity = diversity;
		this.ubiquity = ubiquity;
		this.eigenvalue = eigenvalue;
		this.kc = kc;
		this.kp = kp;
		this.eci = eci;
		this.pci = pci;
		this.density = density;
		this.coi = coi;
		this.cog = cog;
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

	/** Index of a country code (exact match), or -1. */
	public int countryIndex(String code) {
		for (int i = 0; i < countries.length; i++) {
			if (countries[i].equals(code)) {
				return i;
			}
		}
		return -1;
	}

	public int productIndex(String code) {
		for (int i = 0; i < products.length; i++) {
			if (products[i].equals(code)) {
				return i;
			}
		}
		return -1;
	}

	/** Countries with no exports at all in this period: left out of every measure. */
	public List<String> droppedCountries() {
		return droppedCountries;
	}

	/** Products nobody exported in this period: left out of every measure. */
	public List<String> droppedProducts() {
		return droppedProducts;
	}

	/** World exports of a product: the sum over countries. */
	public double worldExports(int p) {
		return worldExports[p];
	}

	public double rca(int c, int p) {
		return rca[c * products.length + p];
	}

	/** 1 when the country exports the product with revealed comparative advantage (RCA strictly above 1). */
	public boolean m(int c, int p) {
		return (mByCountry[c * pWords + (p >>> 6)] & (1L << p)) != 0;
	}

	public int diversity(int c) {
		return diversity[c];
	}

	public int ubiquity(int p) {
		return ubiquity[p];
	}

	/** The second-largest eigenvalue of the countries x countries matrix. */
	public double eigenvalue() {
		return eigenvalue;
	}

	public double eci(int c) {
		return eci[c];
	}

	public double pci(int p) {
		return pci[p];
	}

	/** The unstandardised, sign-corrected PCI used in COI and COG. */
	public double rawPci(int p) {
		return kp[p];
	}

	public double rawEci(int c) {
		return kc[c];
	}

	/** Feasibility: the proximity-weighted share of the product's neighbours the country already exports. */
	public double density(int c, int p) {
		return density[p * countries.length + c];
	}

	public double distance(int c, int p) {
		return 1.0 - density(c, p);
	}

	public double coi(int c) {
		return coi[c];
	}

	public double cog(int c, int p) {
		return cog[p * countries.length + c];
	}

	/** Number of countries exporting both products with RCA above 1 (bitset AND and popcount). */
	public int coOccurrence(int p, int q) {
		int n = 0;
		int a = p * cWords;
		int b = q * cWords;
		for (int w = 0; w < cWords; w++) {
			n += Long.bitCount(mByProduct[a + w] & mByProduct[b + w]);
		}
		return n;
	}

	/** Proximity: co-occurrence over the larger of the two ubiquities (1 on the diagonal of a held product). */
	public double proximity(int p, int q) {
		int max = Math.max(ubiquity[p], ubiquity[q]);
		return max == 0 ? 0.0 : (double) coOccurrence(p, q) / max;
	}

	/** The full products x products proximity matrix, by bit-parallel co-occurrence counts. */
	public ProximityMatrix proximity() {
		return ProximityMatrix.of(this, mByProduct, cWords, ubiquity);
	}
}
