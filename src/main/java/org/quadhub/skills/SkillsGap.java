package org.quadhub.skills;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The gap per year and category: demand from the plan minus graduates of the programmes of that category in that
 * year. Every year that has demand or supply appears, with all four categories (zeros included).
 */
final class SkillsGap {

	private SkillsGap() {
	}

	/** {@code supply} maps a category to graduates per year, already summed over programmes. */
	static List<GapRow> compute(List<DemandRow> demand, Map<SkillCategory, Map<Integer, Integer>> supply) {
		Map<SkillCategory, Map<Integer, Integer>> need = new EnumMap<>(SkillCategory.class);
		TreeSet<Integer> years = new TreeSet<>();
		for (DemandRow d : demand) {
			need.computeIfAbsent(d.category(), c -> new TreeMap<>()).merge(d.year(), d.headcount(), Integer::sum);
			years.add(d.year());
		}
		supply.values().forEach(m -> years.addAll(m.keySet()));
		List<GapRow> rows = new ArrayList<>();
		for (int year : years) {
			for (SkillCategory category : SkillCategory.values()) {
				int wanted = need.getOrDefault(category, Map.of()).getOrDefault(year, 0);
				int supplied = supply.getOrDefault(category, Map.of()).getOrDefault(year, 0);
				rows.add(new GapRow(year, category, wanted, supplied, wanted - supplied));
			}
		}
		return rows;
	}

	static Map<SkillCategory, Map<Integer, Integer>> supply(List<Programme> programmes) {
		Map<SkillCategory, Map<Integer, Integer>> supply = new EnumMap<>(SkillCategory.class);
		for (Programme p : programmes) {
			Map<Integer, Integer> years = supply.computeIfAbsent(p.category(), c -> new TreeMap<>());
			p.graduates().forEach((year, n) -> years.merge(year, n, Integer::sum));
		}
		return supply;
	}
}
