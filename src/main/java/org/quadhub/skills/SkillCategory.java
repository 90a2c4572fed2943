package org.quadhub.skills;

/** The plan's categories of people a QUAD needs. */
public enum SkillCategory {
	ENGINEERS, SCIENTISTS, TECHNICIANS, SKILLED_WORKERS
}
