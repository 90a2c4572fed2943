package org.quadhub.complexity.calc;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Long-format trade rows (year, country, product, value) gathered in compact arrays, one chunk per year, and turned
 * into one {@link TradeMatrix} per period. In {@link Mode#UNIQUE} a repeated (year, country, product) is a
 * duplicate; in {@link Mode#SUM} (bilateral flows such as BACI's) repeated cells are added up.
 */
public final class TradeTable {

	/** The year of a file without a year column: one period. */
	public static final int SINGLE_PERIOD = 0;

	public enum Mode {
		UNIQUE,
		SUM
	}

	private final Mode mode;
	private final Map<String, Integer> countryIndex = new HashMap<>();
	private final Map<String, Integer> productIndex = new HashMap<>();
	private final List<String> countries = new ArrayList<>();
	private final List<String> products = new ArrayList<>();
	private final TreeMap<Integer, Chunk> years = new TreeMap<>();
	private long rows;

	public TradeTable(Mode mode) {
		this.mode = mode;
	}

	public void add(int year, String country, String product, double value, long row) {
		Chunk chunk = years.computeIfAbsent(year, y -> new Chunk());
		chunk.add(index(countryIndex, countries, country), index(productIndex, products, product), value, row);
		rows++;
	}

	private static int index(Map<String, Integer> index, List<String> names, String name) {
		Integer i = index.get(name);
		if (i == null) {
			i = names.size();
			index.put(name, i);
			names.add(name);
		}
		return i;
	}

	public long rowCount() {
		return rows;
	}

	public List<Integer> years() {
		return List.copyOf(years.keySet());
	}

	public int countryCount() {
		return countries.size();
	}

	public int productCount() {
		return products.size();
	}

	/** Repeated (year, country, product) keys, each naming both rows; empty in {@link Mode#SUM}. */
	public List<RowProblem> duplicates(int limit) {
		List<RowProblem> problems = new ArrayList<>();
		if (mode == Mode.SUM) {
			return problems;
		}
		for (Map.Entry<Integer, Chunk> e : years.entrySet()) {
			Chunk chunk = e.getValue();
			long[] seen = new long[(int) Math.min((long) countries.size() * products.size(), Integer.MAX_VALUE)];
			for (int k = 0; k < chunk.size && problems.size() < limit; k++) {
				int cell = chunk.country[k] * products.size() + chunk.product[k];
				if (seen[cell] != 0) {
					problems.add(new RowProblem(chunk.row[k], "country,product",
							"duplicate of row " + seen[cell] + ": " + (e.getKey() == SINGLE_PERIOD ? "" : "year "
									+ e.getKey() + ", ") + "country " + countries.get(chunk.country[k]) + ", product "
									+ products.get(chunk.product[k]) + " appears twice"));
				}
				else {
					seen[cell] = chunk.row[k];
				}
			}
		}
		return problems;
	}

	/** The export matrix of one period, over the countries and products that have rows in it. */
	public TradeMatrix period(int year) {
		Chunk chunk = years.get(year);
		if (chunk == null) {
			throw new IllegalArgumentException("No rows for year " + year);
		}
		int[] cMap = new int[countries.size()];
		int[] pMap = new int[products.size()];
		Arrays.fill(cMap, -1);
		Arrays.fill(pMap, -1);
		List<String> cs = new ArrayList<>();
		List<String> ps = new ArrayList<>();
		for (int k = 0; k < chunk.size; k++) {
			if (cMap[chunk.country[k]] < 0) {
				cMap[chunk.country[k]] = 0;
			}
			if (pMap[chunk.product[k]] < 0) {
				pMap[chunk.product[k]] = 0;
			}
		}
		// Sorted codes make the output order stable and readable.
		Integer[] cOrder = used(cMap, countries);
		Integer[] pOrder = used(pMap, products);
		for (int i = 0; i < cOrder.length; i++) {
			cMap[cOrder[i]] = i;
			cs.add(countries.get(cOrder[i]));
		}
		for (int j = 0; j < pOrder.length; j++) {
			pMap[pOrder[j]] = j;
			ps.add(products.get(pOrder[j]));
		}
		int np = ps.size();
		double[] values = new double[cs.size() * np];
		for (int k = 0; k < chunk.size; k++) {
			values[cMap[chunk.country[k]] * np + pMap[chunk.product[k]]] += chunk.value[k];
		}
		return new TradeMatrix(cs.toArray(String[]::new), ps.toArray(String[]::new), values);
	}

	private static Integer[] used(int[] map, List<String> names) {
		List<Integer> used = new ArrayList<>();
		for (int i = 0; i < map.length; i++) {
			if (map[i] >= 0) {
				used.add(i);
			}
		}
		Integer[] order = used.toArray(Integer[]::new);
		Arrays.sort(order, (a, b) -> names.get(a).compareTo(names.get(b)));
		return order;
	}

	/** Every row as (year, country, product, value); in {@link Mode#SUM} one per non-zero summed cell. */
	public void forEachCell(CellConsumer consumer) {
		for (Map.Entry<Integer, Chunk> e : years.entrySet()) {
			if (mode == Mode.UNIQUE) {
				Chunk chunk = e.getValue();
				for (int k = 0; k < chunk.size; k++) {
					consumer.accept(e.getKey(), countries.get(chunk.country[k]), products.get(chunk.product[k]),
							chunk.value[k]);
				}
				continue;
			}
			TradeMatrix m = period(e.getKey());
			for (int c = 0; c < m.countryCount(); c++) {
				for (int p = 0; p < m.productCount(); p++) {
					double v = m.value(c, p);
					if (v != 0) {
						consumer.accept(e.getKey(), m.country(c), m.product(p), v);
					}
				}
			}
		}
	}

	/** Receives one cell of the table. */
	@FunctionalInterface
	public interface CellConsumer {
		void accept(int year, String country, String product, double value);
	}

	private static final class Chunk {
		int size;
		int[] country = new int[1024];
		int[] product = new int[1024];
		double[] value = new double[1024];
		long[] row = new long[1024];

		void add(int c, int p, double v, long r) {
			if (size == country.length) {
				int n = size * 2;
				country = Arrays.copyOf(country, n);
				product = Arrays.copyOf(product, n);
				value = Arrays.copyOf(value, n);
				row = Arrays.copyOf(row, n);
			}
			country[size] = c;
			product[size] = p;
			value[size] = v;
			row[size] = r;
			size++;
		}
	}
}
