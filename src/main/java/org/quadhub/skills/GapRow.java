package org.quadhub.skills;

/** One year and category: people needed, graduates supplied, and the gap (positive: a shortfall). */
public record GapRow(int year, SkillCategory category, int demand, int supply, int gap) {
}
