package org.quadhub.projection.engine;

import org.jspecify.annotations.Nullable;
import org.quadhub.projection.engine.Scenario.FiscalTerms;
import org.quadhub.projection.engine.Scenario.PlannedQuad;
import org.quadhub.projection.engine.Scenario.Threshold;
import org.quadhub.projection.engine.ScenarioInvalid.FieldError;
import org.quadhub.shared.Sector;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Reads a scenario (the parsed JSON: maps, lists, numbers, strings, booleans) into a {@link Scenario}, applying the
 * documented defaults and collecting every error with its JSON path. Defaults for uncertainty are neutral, so a
 * scenario means exactly what it says.
 */
public final class ScenarioReader {

	public static final int SCHEMA_VERSION = 1;
	public static final int DEFAULT_HORIZON = 10;
	public static final int MAX_HORIZON = 50;
	public static final int DEFAULT_TRIALS = 10_000;
	public static final int MAX_TRIALS = 10_000_000;
	public static final int MAX_QUADS = 5_000;
	public static final long DEFAULT_SEED = 1;
	/** Pakistan's goods exports in FY25 (PBS, research note section 1). */
	public static final double BASELINE_EXPORTS_USD = 32.106e9;
	/** Growth of goods exports in FY25 over FY24 (PBS, research note section 1). */
	public static final double BASELINE_GROWTH = 0.0467;
	/** The op-ed's target: USD 200 bn. */
	public static final double TARGET_USD = 2e11;

	/** Supplies the QUADs of the programme as it is, for scenarios with {@code "programme": true}. */
	@FunctionalInterface
	public interface ProgrammeSource {
		List<PlannedQuad> quads();
	}

	private static final Set<String> TOP = Set.of("schemaVersion", "name", "description", "sources", "preset",
			"horizonYears", "trials", "seed", "programme", "launches", "quads", "sectors", "climate",
			"baselineExportsUsd", "baselineGrowth", "thresholds", "milestone", "tornadoYear", "fiscal");
	private static final Set<String> SECTOR_KEYS = Set.of("successProbability", "launchDelayYears", "peakExportsUsd",
			"yearsToTarget", "ramp", "dva", "directJobsPerUsdBn", "indirectJobsPerDirectJob", "profitMargin");
	private static final Map<String, List<String>> PARAMETERS = new LinkedHashMap<>();

	static {
		PARAMETERS.put("fixed", List.of("value"));
		PARAMETERS.put("uniform", List.of("min", "max"));
		PARAMETERS.put("triangular", List.of("min", "mode", "max"));
		PARAMETERS.put("normal", List.of("mean", "sd"));
		PARAMETERS.put("lognormal", List.of("median", "sigma"));
		PARAMETERS.put("beta", List.of("alpha", "beta"));
		PARAMETERS.put("bernoulli", List.of("p"));
	}

	private final List<FieldError> errors = new ArrayList<>();

	private ScenarioReader() {
	}

	/** Reads a scenario that does not ask for the programme's QUADs (as on the command line). */
	public static Scenario read(Object json) {
		return read(json, null);
	}

	public static Scenario read(Object json, @Nullable ProgrammeSource programme) {
		return new ScenarioReader().scenario(json, programme);
	}

	/** True when the scenario asks for the QUADs of the programme as it is. */
	public static boolean wantsProgramme(Object json) {
		return json instanceof Map<?, ?> map && Boolean.TRUE.equals(map.get("programme"));
	}

	private Scenario scenario(Object json, @Nullable ProgrammeSource programme) {
		if (!(json instanceof Map<?, ?> root)) {
			throw new ScenarioInvalid(List.of(new FieldError("", "the scenario must be a JSON object")));
		}
		unknownKeys(root, "", TOP);
		int version = integer(root, "schemaVersion", "", SCHEMA_VERSION, SCHEMA_VERSION, SCHEMA_VERSION);
		String name = text(root, "name", "", "Scenario");
		int horizon = integer(root, "horizonYears", "", DEFAULT_HORIZON, 1, MAX_HORIZON);
		int trials = integer(root, "trials", "", DEFAULT_TRIALS, 1, MAX_TRIALS);
		long seed = longValue(root, "seed", DEFAULT_SEED);

		Map<Sector, SectorAssumptions> sectors = new EnumMap<>(Sector.class);
		for (Sector sector : Sector.values()) {
			sectors.put(sector, SectorDefaults.assumptions(sector));
		}
		Object rawSectors = root.get("sectors");
		if (rawSectors != null) {
			if (rawSectors instanceof Map<?, ?> bySector) {
				for (Map.Entry<?, ?> entry : bySector.entrySet()) {
					String key = String.valueOf(entry.getKey());
					Sector sector = sector(key, "sectors." + key);
					if (sector != null) {
						sectors.put(sector, sectorAssumptions(entry.getValue(), "sectors." + key, sector));
					}
				}
			}
			else {
				error("sectors", "must be an object keyed by sector");
			}
		}

		List<PlannedQuad> quads = new ArrayList<>();
		launches(root.get("launches"), horizon, quads);
		explicitQuads(root.get("quads"), horizon, quads);
		Object wantsProgramme = root.get("programme");
		if (wantsProgramme != null && !(wantsProgramme instanceof Boolean)) {
			error("programme", "must be true or false");
		}
		else if (Boolean.TRUE.equals(wantsProgramme)) {
			if (programme == null) {
				error("programme", "the QUADs of the programme as it is are available only where the database is "
						+ "(the API and the web UI), not on the command line");
			}
			else {
				quads.addAll(programme.quads());
			}
		}
		if (quads.size() > MAX_QUADS) {
			error("launches", "at most " + MAX_QUADS + " QUADs in one scenario, not " + quads.size());
		}

		Distribution climate = distribution(root.get("climate"), "climate", Distribution.fixed(1), false);
		double baseline = number(root, "baselineExportsUsd", "", BASELINE_EXPORTS_USD, 1, 1e15);
		double growth = number(root, "baselineGrowth", "", BASELINE_GROWTH, -0.5, 1);
		List<Threshold> thresholds = thresholds(root.get("thresholds"), horizon);
		double milestoneUsd = 5e9;
		int milestoneYears = 5;
		Object milestone = root.get("milestone");
		if (milestone instanceof Map<?, ?> m) {
			unknownKeys(m, "milestone.", Set.of("usd", "withinYears"));
			milestoneUsd = number(m, "usd", "milestone.", 5e9, 0, 1e15);
			milestoneYears = integer(m, "withinYears", "milestone.", 5, 1, MAX_HORIZON);
		}
		else if (milestone != null) {
			error("milestone", "must be an object with usd and withinYears");
		}
		int tornadoYear = integer(root, "tornadoYear", "", Math.min(10, horizon), 1, horizon);
		FiscalTerms fiscal = fiscal(root.get("fiscal"));

		if (!errors.isEmpty()) {
			throw new ScenarioInvalid(errors);
		}
		return new Scenario(version, name, horizon, trials, seed, quads, sectors, climate, baseline, growth,
				thresholds, milestoneUsd, milestoneYears, tornadoYear, fiscal);
	}

	private SectorAssumptions sectorAssumptions(Object raw, String path, Sector sector) {
		SectorAssumptions d = SectorDefaults.assumptions(sector);
		if (!(raw instanceof Map<?, ?> map)) {
			error(path, "must be an object");
			return d;
		}
		String p = path + ".";
		unknownKeys(map, p, SECTOR_KEYS);
		double success = number(map, "successProbability", p, d.successProbability(), 0, 1);
		Distribution delay = distribution(map.get("launchDelayYears"), p + "launchDelayYears", d.launchDelayYears(), false);
		Distribution peak = distribution(map.get("peakExportsUsd"), p + "peakExportsUsd", d.peakExportsUsd(), false);
		Distribution years = distribution(map.get("yearsToTarget"), p + "yearsToTarget", d.yearsToTarget(), true);
		Ramp ramp = d.ramp();
		Object rawRamp = map.get("ramp");
		if (rawRamp != null) {
			try {
				ramp = Ramp.valueOf(String.valueOf(rawRamp));
			}
			catch (IllegalArgumentException e) {
				error(p + "ramp", "must be LINEAR or LOGISTIC");
			}
		}
		double dvaStart = d.dvaStart();
		double dvaEnd = d.dvaEnd();
		double dvaYears = d.dvaYears();
		Object dva = map.get("dva");
		if (dva instanceof Map<?, ?> dm) {
			unknownKeys(dm, p + "dva.", Set.of("start", "end", "years"));
			dvaStart = number(dm, "start", p + "dva.", dvaStart, 0, 1);
			dvaEnd = number(dm, "end", p + "dva.", dvaEnd, 0, 1);
			dvaYears = number(dm, "years", p + "dva.", dvaYears, 0, MAX_HORIZON);
		}
		else if (dva != null) {
			error(p + "dva", "must be an object with start, end and years");
		}
		double direct = number(map, "directJobsPerUsdBn", p, d.directJobsPerUsdBn(), 0, 1e7);
		double indirect = number(map, "indirectJobsPerDirectJob", p, d.indirectJobsPerDirectJob(), 0, 100);
		double margin = number(map, "profitMargin", p, d.profitMargin(), 0, 1);
		return new SectorAssumptions(success, delay, peak, years, ramp, dvaStart, dvaEnd, dvaYears, direct, indirect,
				margin);
	}

	private void launches(@Nullable Object raw, int horizon, List<PlannedQuad> quads) {
		if (raw == null) {
			return;
		}
		if (!(raw instanceof List<?> list)) {
			error("launches", "must be a list of {year, count, sector} or {year, count, sectorMix}");
			return;
		}
		for (int i = 0; i < list.size(); i++) {
			String p = "launches[" + i + "].";
			if (!(list.get(i) instanceof Map<?, ?> launch)) {
				error("launches[" + i + "]", "must be an object");
				continue;
			}
			unknownKeys(launch, p, Set.of("year", "count", "sector", "sectorMix"));
			int year = integer(launch, "year", p, null, 1, horizon);
			int count = integer(launch, "count", p, null, 0, MAX_QUADS);
			Object sector = launch.get("sector");
			Object mix = launch.get("sectorMix");
			if ((sector == null) == (mix == null)) {
				error(p + "sector", "give either sector or sectorMix");
				continue;
			}
			if (sector != null) {
				Sector s = sector(String.valueOf(sector), p + "sector");
				if (s != null && count <= MAX_QUADS) {
					for (int k = 0; k < count; k++) {
						quads.add(new PlannedQuad(s, year, false, false, 0, s + " launch " + year));
					}
				}
				continue;
			}
			if (!(mix instanceof Map<?, ?> weights) || weights.isEmpty()) {
				error(p + "sectorMix", "must be an object of sector weights");
				continue;
			}
			Map<Sector, Double> shares = new EnumMap<>(Sector.class);
			for (Map.Entry<?, ?> w : weights.entrySet()) {
				String key = String.valueOf(w.getKey());
				Sector s = sector(key, p + "sectorMix." + key);
				double weight = number(weights, key, p + "sectorMix.", null, 0, 1e9);
				if (s != null) {
					shares.put(s, weight);
				}
			}
			double total = shares.values().stream().mapToDouble(Double::doubleValue).sum();
			if (shares.size() == weights.size() && total <= 0) {
				error(p + "sectorMix", "needs at least one positive weight");
				continue;
			}
			if (count <= MAX_QUADS && total > 0) {
				allocate(shares, total, count).forEach((s, n) -> {
					for (int k = 0; k < n; k++) {
						quads.add(new PlannedQuad(s, year, false, false, 0, s + " launch " + year));
					}
				});
			}
		}
	}

	/** Splits count over the sectors in proportion to the weights (largest remainder, ties to the earlier sector). */
	static Map<Sector, Integer> allocate(Map<Sector, Double> weights, double total, int count) {
		Map<Sector, Integer> result = new EnumMap<>(Sector.class);
		Map<Sector, Double> remainders = new EnumMap<>(Sector.class);
		int given = 0;
		for (Map.Entry<Sector, Double> w : weights.entrySet()) {
			double exact = count * w.getValue() / total;
			int whole = (int) Math.floor(exact);
			result.put(w.getKey(), whole);
			remainders.put(w.getKey(), exact - whole);
			given += whole;
		}
		List<Sector> order = new ArrayList<>(remainders.keySet());
		order.sort((a, b) -> Double.compare(remainders.get(b), remainders.get(a)));
		for (int i = 0; i < count - given; i++) {
			Sector s = order.get(i % order.size());
			result.merge(s, 1, Integer::sum);
		}
		return result;
	}

	private void explicitQuads(@Nullable Object raw, int horizon, List<PlannedQuad> quads) {
		if (raw == null) {
			return;
		}
		if (!(raw instanceof List<?> list)) {
			error("quads", "must be a list of {sector, launchYear}");
			return;
		}
		for (int i = 0; i < list.size(); i++) {
			String p = "quads[" + i + "].";
			if (!(list.get(i) instanceof Map<?, ?> q)) {
				error("quads[" + i + "]", "must be an object");
				continue;
			}
			unknownKeys(q, p, Set.of("sector", "launchYear", "launched", "exporting", "minPeakUsd", "label"));
			Sector sector = sector(String.valueOf(q.get("sector")), p + "sector");
			int launchYear = integer(q, "launchYear", p, null, -100, horizon);
			boolean launched = bool(q, "launched", p, launchYear <= 0);
			boolean exporting = bool(q, "exporting", p, false);
			double minPeak = number(q, "minPeakUsd", p, 0.0, 0, 1e15);
			String label = text(q, "label", p, "QUAD " + (i + 1));
			if (sector != null) {
				quads.add(new PlannedQuad(sector, launchYear, launched, exporting, minPeak, label));
			}
		}
	}

	private List<Threshold> thresholds(@Nullable Object raw, int horizon) {
		if (raw == null) {
			return List.of(new Threshold(Math.min(10, horizon), TARGET_USD));
		}
		List<Threshold> result = new ArrayList<>();
		if (!(raw instanceof List<?> list)) {
			error("thresholds", "must be a list of {year, usd}");
			return result;
		}
		for (int i = 0; i < list.size(); i++) {
			String p = "thresholds[" + i + "].";
			if (!(list.get(i) instanceof Map<?, ?> t)) {
				error("thresholds[" + i + "]", "must be an object");
				continue;
			}
			unknownKeys(t, p, Set.of("year", "usd"));
			result.add(new Threshold(integer(t, "year", p, null, 1, horizon), number(t, "usd", p, null, 0, 1e16)));
		}
		return result;
	}

	private @Nullable FiscalTerms fiscal(@Nullable Object raw) {
		if (raw == null) {
			return null;
		}
		if (!(raw instanceof Map<?, ?> f)) {
			error("fiscal", "must be an object with corporateTaxRate and holidayYears");
			return null;
		}
		unknownKeys(f, "fiscal.", Set.of("corporateTaxRate", "holidayYears", "source"));
		return new FiscalTerms(number(f, "corporateTaxRate", "fiscal.", 0.29, 0, 1),
				integer(f, "holidayYears", "fiscal.", 10, 0, 100), text(f, "source", "fiscal.", ""));
	}

	/** Reads a distribution; {@code positive} demands values above 0 where a bound is explicit (years to target). */
	private Distribution distribution(@Nullable Object raw, String path, Distribution fallback, boolean positive) {
		if (raw == null) {
			return fallback;
		}
		if (raw instanceof Number n) {
			double v = n.doubleValue();
			if (!Double.isFinite(v) || v < 0 || (positive && v == 0)) {
				error(path, positive ? "must be above 0" : "must be 0 or more");
				return fallback;
			}
			return Distribution.fixed(v);
		}
		if (!(raw instanceof Map<?, ?> map)) {
			error(path, "must be a number or a distribution object with a type");
			return fallback;
		}
		Object rawType = map.get("type");
		List<String> names = rawType == null ? null : PARAMETERS.get(String.valueOf(rawType));
		if (names == null) {
			error(path + ".type", "must be one of " + String.join(", ", PARAMETERS.keySet()));
			return fallback;
		}
		String type = String.valueOf(rawType);
		String p = path + ".";
		Set<String> allowed = new java.util.HashSet<>(names);
		allowed.add("type");
		unknownKeys(map, p, allowed);
		int before = errors.size();
		double[] v = new double[names.size()];
		for (int i = 0; i < names.size(); i++) {
			v[i] = number(map, names.get(i), p, null, -Double.MAX_VALUE, Double.MAX_VALUE);
		}
		if (errors.size() > before) {
			return fallback;
		}
		String bound = positive ? "must be above 0" : "must be 0 or more";
		switch (type) {
			case "fixed":
				if (v[0] < 0 || (positive && v[0] == 0)) {
					return fail(p + "value", bound, fallback);
				}
				return new Distribution.Fixed(v[0]);
			case "uniform":
				if (v[0] < 0 || (positive && v[0] == 0)) {
					return fail(p + "min", bound, fallback);
				}
				if (v[1] < v[0]) {
					return fail(p + "max", "must be at least min", fallback);
				}
				return new Distribution.Uniform(v[0], v[1]);
			case "triangular":
				if (v[0] < 0 || (positive && v[0] == 0)) {
					return fail(p + "min", bound, fallback);
				}
				if (v[2] <= v[0]) {
					return fail(p + "max", "must be above min", fallback);
				}
				if (v[1] < v[0] || v[1] > v[2]) {
					return fail(p + "mode", "must lie between min and max", fallback);
				}
				return new Distribution.Triangular(v[0], v[1], v[2]);
			case "normal":
				if (v[1] <= 0) {
					return fail(p + "sd", "must be above 0", fallback);
				}
				if (v[0] < -6 * v[1]) {
					return fail(p + "mean", "lies more than 6 sd below 0, where the distribution is truncated", fallback);
				}
				return new Distribution.Normal(v[0], v[1]);
			case "lognormal":
				if (v[0] <= 0) {
					return fail(p + "median", "must be above 0", fallback);
				}
				if (v[1] < 0) {
					return fail(p + "sigma", "must be 0 or more", fallback);
				}
				if (v[1] > 5) {
					return fail(p + "sigma", "must be at most 5 (a spread of e^5 = 148 times either way)", fallback);
				}
				return new Distribution.LogNormal(v[0], v[1]);
			case "beta":
				if (v[0] <= 0) {
					return fail(p + "alpha", "must be above 0", fallback);
				}
				if (v[1] <= 0) {
					return fail(p + "beta", "must be above 0", fallback);
				}
				return new Distribution.Beta(v[0], v[1]);
			default:
				if (v[0] < 0 || v[0] > 1) {
					return fail(p + "p", "must be between 0 and 1", fallback);
				}
				if (positive && v[0] < 1) {
					return fail(p + "p", "must be 1: years to target cannot be 0", fallback);
				}
				return new Distribution.Bernoulli(v[0]);
		}
	}

	private Distribution fail(String field, String message, Distribution fallback) {
		error(field, message);
		return fallback;
	}

	private @Nullable Sector sector(String name, String path) {
		try {
			return Sector.valueOf(name);
		}
		catch (IllegalArgumentException e) {
			error(path, "is not a sector; use one of " + Arrays.stream(Sector.values()).map(Enum::name)
				.collect(Collectors.joining(", ")));
			return null;
		}
	}

	private void unknownKeys(Map<?, ?> map, String prefix, Set<String> allowed) {
		new TreeMap<>(map).keySet().stream().map(String::valueOf).filter(k -> !allowed.contains(k))
			.forEach(k -> error(prefix + k, "is not a field of the scenario schema"));
	}

	private double number(Map<?, ?> map, String key, String prefix, @Nullable Double fallback, double min, double max) {
		Object raw = map.get(key);
		if (raw == null) {
			if (fallback == null) {
				error(prefix + key, "is required");
				return 0;
			}
			return fallback;
		}
		if (!(raw instanceof Number n)) {
			error(prefix + key, "must be a number");
			return fallback == null ? 0 : fallback;
		}
		double v = n.doubleValue();
		if (!Double.isFinite(v)) {
			error(prefix + key, "must be a finite number");
			return fallback == null ? 0 : fallback;
		}
		if (v < min || v > max) {
			error(prefix + key, "must be between " + plain(min) + " and " + plain(max));
			return fallback == null ? 0 : fallback;
		}
		return v;
	}

	private int integer(Map<?, ?> map, String key, String prefix, @Nullable Integer fallback, int min, int max) {
		Object raw = map.get(key);
		if (raw == null) {
			if (fallback == null) {
				error(prefix + key, "is required");
				return min;
			}
			return fallback;
		}
		if (!(raw instanceof Number n) || !isWhole(n)) {
			error(prefix + key, "must be a whole number");
			return fallback == null ? min : fallback;
		}
		double v = n.doubleValue();
		if (v < min || v > max) {
			error(prefix + key, min == max ? "must be " + min : "must be between " + min + " and " + max);
			return fallback == null ? min : fallback;
		}
		return (int) v;
	}

	private long longValue(Map<?, ?> map, String key, long fallback) {
		Object raw = map.get(key);
		if (raw == null) {
			return fallback;
		}
		if (raw instanceof Integer || raw instanceof Long || raw instanceof Short || raw instanceof Byte) {
			return ((Number) raw).longValue();
		}
		if (raw instanceof BigInteger big && big.bitLength() < 64) {
			return big.longValue();
		}
		if (raw instanceof Number n && isWhole(n) && Math.abs(n.doubleValue()) < 0x1p63) {
			return new BigDecimal(n.toString()).longValueExact();
		}
		error(key, "must be a whole number that fits in 64 bits");
		return fallback;
	}

	private boolean bool(Map<?, ?> map, String key, String prefix, boolean fallback) {
		Object raw = map.get(key);
		if (raw == null) {
			return fallback;
		}
		if (raw instanceof Boolean b) {
			return b;
		}
		error(prefix + key, "must be true or false");
		return fallback;
	}

	private String text(Map<?, ?> map, String key, String prefix, String fallback) {
		Object raw = map.get(key);
		if (raw == null) {
			return fallback;
		}
		if (raw instanceof String s && s.length() <= 200) {
			return s;
		}
		error(prefix + key, "must be text of at most 200 characters");
		return fallback;
	}

	private static boolean isWhole(Number n) {
		if (n instanceof Integer || n instanceof Long || n instanceof Short || n instanceof Byte
				|| n instanceof BigInteger) {
			return true;
		}
		double v = n.doubleValue();
		return Double.isFinite(v) && v == Math.rint(v);
	}

	private static String plain(double v) {
		return v == Math.rint(v) && Math.abs(v) < 1e16 ? String.valueOf((long) v) : String.valueOf(v);
	}

	private void error(String field, String message) {
		errors.add(new FieldError(field, message));
	}
}
