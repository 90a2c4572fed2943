package org.quadhub.reporting;

import org.jspecify.annotations.Nullable;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/** The sections of one report besides its export lines, as validated. */
final class Sections {

	final List<SubmitReport.Jobs> employment = new ArrayList<>();
	final List<SubmitReport.Training> training = new ArrayList<>();
	final List<SubmitReport.Patent> patents = new ArrayList<>();
	@Nullable BigDecimal productionValueUsd;
	@Nullable BigDecimal localContentShare;
	@Nullable BigDecimal investmentUsd;
	@Nullable Integer curriculaUpdated;
	@Nullable Integer publications;
	@Nullable Integer prototypes;

	/** Checks one section entry; each problem names the field. */
	static boolean jobs(SubmitReport.Jobs jobs, String prefix, List<SubmitReport.Jobs> already,
			LineRules.Problems problems) {
		boolean ok = true;
		if (jobs.category() == null) {
			problems.add(prefix + "category", "is required, one of " + java.util.Arrays.toString(JobCategory.values()));
			ok = false;
		}
		else if (already.stream().anyMatch(j -> j.category() == jobs.category())) {
			problems.add(prefix + "category", jobs.category() + " is reported twice for the same period");
			ok = false;
		}
		ok &= count(jobs.jobs(), prefix + "jobs", true, problems);
		ok &= count(jobs.women(), prefix + "women", false, problems);
		if (ok && jobs.women() != null && jobs.women() > jobs.jobs()) {
			problems.add(prefix + "women", "cannot exceed jobs");
			ok = false;
		}
		return ok;
	}

	static boolean training(SubmitReport.Training training, String prefix, List<SubmitReport.Training> already,
			LineRules.Problems problems) {
		boolean ok = true;
		String programme = training.programme();
		if (programme == null || programme.isBlank() || programme.length() > 200) {
			problems.add(prefix + "programme", "is required (up to 200 characters)");
			ok = false;
		}
		else if (already.stream().anyMatch(t -> programme.trim().equalsIgnoreCase(t.programme()))) {
			problems.add(prefix + "programme", "'" + LineRules.clip(programme) + "' is reported twice for the same period");
			ok = false;
		}
		ok &= count(training.peopleTrained(), prefix + "peopleTrained", true, problems);
		ok &= count(training.women(), prefix + "women", false, problems);
		if (ok && training.women() != null && training.women() > training.peopleTrained()) {
			problems.add(prefix + "women", "cannot exceed people trained");
			ok = false;
		}
		return ok;
	}

	static boolean patent(SubmitReport.Patent patent, String prefix, List<SubmitReport.Patent> already,
			LineRules.Problems problems) {
		boolean ok = true;
		if (patent.stage() == null) {
			problems.add(prefix + "stage", "is required, FILED or GRANTED");
			ok = false;
		}
		if (patent.office() == null || patent.office().isBlank() || patent.office().length() > 40) {
			problems.add(prefix + "office", "is required (e.g. CNIPA, IPO-PK, WIPO)");
			ok = false;
		}
		if (patent.number() == null || patent.number().isBlank() || patent.number().length() > 60) {
			problems.add(prefix + "number", "is required (the office's application or patent number)");
			ok = false;
		}
		if (patent.title() != null && patent.title().length() > 300) {
			problems.add(prefix + "title", "is longer than 300 characters");
			ok = false;
		}
		if (ok && already.stream().anyMatch(p -> p.stage() == patent.stage()
				&& p.office().equalsIgnoreCase(patent.office().trim()) && p.number().equalsIgnoreCase(patent.number().trim()))) {
			problems.add(prefix + "number", "is reported twice for the same period");
			ok = false;
		}
		return ok;
	}

	static boolean count(@Nullable Integer value, String field, boolean required, LineRules.Problems problems) {
		if (value == null) {
			if (required) {
				problems.add(field, "is required");
			}
			return !required;
		}
		if (value < 0) {
			problems.add(field, "must not be negative");
			return false;
		}
		return true;
	}

	static @Nullable BigDecimal share(@Nullable BigDecimal share, String field, LineRules.Problems problems) {
		if (share == null) {
			return null;
		}
		if (share.signum() < 0 || share.compareTo(BigDecimal.ONE) > 0) {
			problems.add(field, "must be a share between 0 and 1");
			return null;
		}
		if (share.stripTrailingZeros().scale() > 4) {
			problems.add(field, "has more than 4 decimals");
			return null;
		}
		return share;
	}
}
