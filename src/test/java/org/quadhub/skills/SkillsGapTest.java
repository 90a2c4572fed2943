package org.quadhub.skills;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

class SkillsGapTest {

	private static GapRow row(List<GapRow> rows, int year, SkillCategory category) {
		return rows.stream().filter(r -> r.year() == year && r.category() == category).findFirst().orElseThrow();
	}

	@Test
	void gapIsDemandMinusGraduatesPerYearAndCategory() {
		List<DemandRow> demand = List.of(new DemandRow(2027, SkillCategory.ENGINEERS, 120),
				new DemandRow(2027, SkillCategory.TECHNICIANS, 300), new DemandRow(2028, SkillCategory.ENGINEERS, 150));
		Map<SkillCategory, Map<Integer, Integer>> supply = Map.of(SkillCategory.ENGINEERS, Map.of(2027, 80, 2028, 170),
				SkillCategory.SCIENTISTS, Map.of(2029, 12));
		List<GapRow> rows = SkillsGap.compute(demand, supply);
		assertEquals(3 * SkillCategory.values().length, rows.size(), "every year with demand or supply, all categories");
		assertEquals(new GapRow(2027, SkillCategory.ENGINEERS, 120, 80, 40), row(rows, 2027, SkillCategory.ENGINEERS));
		assertEquals(new GapRow(2027, SkillCategory.TECHNICIANS, 300, 0, 300), row(rows, 2027, SkillCategory.TECHNICIANS));
		assertEquals(new GapRow(2028, SkillCategory.ENGINEERS, 150, 170, -20), row(rows, 2028, SkillCategory.ENGINEERS));
		assertEquals(new GapRow(2029, SkillCategory.SCIENTISTS, 0, 12, -12), row(rows, 2029, SkillCategory.SCIENTISTS));
		assertEquals(new GapRow(2028, SkillCategory.SKILLED_WORKERS, 0, 0, 0),
				row(rows, 2028, SkillCategory.SKILLED_WORKERS));
		assertEquals(2027, rows.get(0).year());
	}

	@Test
	void nothingEnteredMeansNoRows() {
		assertEquals(List.of(), SkillsGap.compute(List.of(), Map.of()));
	}
}
