package org.quadhub.ip;

/**
 * One year of a QUAD's patent figures from the register next to those its accepted reports give (distinct
 * office and number per stage, counted in the year of the first accepted period that reports them).
 */
public record FigureComparison(int year, long registerFiled, long registerGranted, long reportedFiled,
		long reportedGranted) {

	/** True when register and reports disagree for this year. */
	public boolean differs() {
		return registerFiled != reportedFiled || registerGranted != reportedGranted;
	}
}
