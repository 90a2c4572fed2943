package org.quadhub.projection.engine;

import org.quadhub.shared.Sector;

import java.util.EnumMap;
import java.util.Map;

/**
 * Default domestic value added and jobs per sector, from the sector tables of the programme's research note
 * (research/economics.md, sections 4 and 5). Rows the note marks ESTIMATE, and sectors the note has no data for,
 * say so in {@link Row#source()}.
 */
public final class SectorDefaults {

	/**
	 * One sector's defaults.
	 *
	 * @param dvaStart domestic value added share in operating year 1
	 * @param dvaEnd share reached in operating year 5 (the note's year-5 column)
	 * @param directJobsPerUsdBn direct jobs per USD 1 bn of exports
	 * @param indirectJobsPerDirectJob indirect jobs per direct job
	 * @param profitMargin profit over exports (fiscal cost only)
	 * @param source where the numbers come from
	 */
	public record Row(double dvaStart, double dvaEnd, double directJobsPerUsdBn, double indirectJobsPerDirectJob,
			double profitMargin, String source) {
	}

	/** The note's DVA table runs from year 1 to year 5: four years of linear change. */
	public static final double DVA_YEARS = 4;

	private static final Map<Sector, Row> ROWS = new EnumMap<>(Sector.class);

	static {
		ROWS.put(Sector.ELECTRIC_VEHICLES_AND_BATTERIES, new Row(0.20, 0.40, 2000, 1.0, 0.075,
				"DVA: EV assembly 15-20% to 40% and Li-ion packs 20-25% to 35-45% (note section 4, ESTIMATE); "
						+ "jobs: Tesla Shanghai about 1,000 and BYD Thailand 2,700-3,300 per USD bn (section 5, "
						+ "ESTIMATE); indirect 1:1 (US ITA); margin 5-10% (section 7, ESTIMATE)"));
		ROWS.put(Sector.ELECTRONICS, new Row(0.10, 0.30, 3500, 2.0, 0.045,
				"DVA: smartphones and electronics assembly 10% to 25-35% (section 4, ESTIMATE); jobs: Samsung "
						+ "Vietnam about 3,500 per USD bn (section 5); indirect: Apple India 2.0 (2024) to 3.0 (2026); "
						+ "margin 3-6% (section 7, ESTIMATE)"));
		ROWS.put(Sector.SEMICONDUCTORS, new Row(0.10, 0.175, 1000, 1.0, 0.045,
				"DVA: assembly and test 10% to 15-20% (section 4, ESTIMATE); jobs: Intel Costa Rica about 800 and "
						+ "Intel Vietnam 750-1,400 per USD bn (section 5); indirect 1:1 (US ITA)"));
		ROWS.put(Sector.RENEWABLE_ENERGY, new Row(0.125, 0.25, 1500, 1.0, 0.05,
				"DVA: solar modules on imported cells 10-15% to 25% (section 4, ESTIMATE); jobs: no data in the "
						+ "note, ESTIMATE 1,500 per USD bn; indirect 1:1 (US ITA)"));
		ROWS.put(Sector.BIOTECH_AND_PHARMA, new Row(0.425, 0.55, 2250, 1.0, 0.125,
				"DVA: pharma formulations 35-50% to 50-60% (section 4, ESTIMATE); jobs: 1,500-3,000 per USD bn "
						+ "(section 5, ESTIMATE, unsourced); margin 10-15% (section 7, ESTIMATE)"));
		String none = "no row in the note: ESTIMATE, replace with sector data; ";
		ROWS.put(Sector.NANOMATERIALS, new Row(0.20, 0.35, 1500, 1.0, 0.075,
				none + "taken between battery materials and semiconductors"));
		ROWS.put(Sector.AGRI_TECH, new Row(0.40, 0.55, 3000, 1.0, 0.075,
				none + "taken close to pharma (mostly local inputs, labour-intensive)"));
		ROWS.put(Sector.INFORMATION_TECHNOLOGY, new Row(0.70, 0.80, 5000, 1.0, 0.10,
				none + "services exports use few imported inputs; jobs near the US economy-wide 5,400-5,700 per "
						+ "USD bn (section 5)"));
		ROWS.put(Sector.PRECISION_ENGINEERING, new Row(0.20, 0.40, 2000, 1.0, 0.075,
				none + "taken equal to EV assembly"));
		ROWS.put(Sector.DEFENCE_EQUIPMENT, new Row(0.20, 0.40, 2000, 1.0, 0.075,
				none + "taken equal to EV assembly"));
	}

	private SectorDefaults() {
	}

	public static Row of(Sector sector) {
		return ROWS.get(sector);
	}

	/** Neutral uncertainty (success 1, no delay, peak USD 5 bn reached linearly in 5 years) with the table's DVA and jobs. */
	public static SectorAssumptions assumptions(Sector sector) {
		Row row = of(sector);
		return new SectorAssumptions(1.0, Distribution.fixed(0), Distribution.fixed(DEFAULT_PEAK_USD),
				Distribution.fixed(DEFAULT_YEARS_TO_TARGET), Ramp.LINEAR, row.dvaStart(), row.dvaEnd(), DVA_YEARS,
				row.directJobsPerUsdBn(), row.indirectJobsPerDirectJob(), row.profitMargin());
	}

	/** The op-ed's figure: USD 5 bn of exports per QUAD. */
	public static final double DEFAULT_PEAK_USD = 5e9;

	/** The op-ed's horizon for one QUAD to reach its target. */
	public static final double DEFAULT_YEARS_TO_TARGET = 5;
}
