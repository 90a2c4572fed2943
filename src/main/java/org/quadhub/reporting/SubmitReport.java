package org.quadhub.reporting;

import org.jspecify.annotations.Nullable;

import java.math.BigDecimal;
import java.util.List;

/**
 * One report as sent through the API or the web form. {@code period} is {@code YYYY-MM} or {@code YYYY-Qn}; each
 * export line may name its month ({@code YYYY-MM}, inside the period) and defaults to the period's first month.
 */
public record SubmitReport(@Nullable String period, @Nullable List<Line> exportLines,
		@Nullable BigDecimal productionValueUsd, @Nullable BigDecimal localContentShare,
		@Nullable BigDecimal investmentUsd, @Nullable List<Jobs> employment, @Nullable List<Training> training,
		@Nullable Integer curriculaUpdated, @Nullable List<Patent> patents, @Nullable Integer publications,
		@Nullable Integer prototypes) {

	/** One export line: HS code, destination (ISO 3166 alpha-2), value in USD, quantity and unit. */
	public record Line(@Nullable String period, @Nullable String hsCode, @Nullable String destination,
			@Nullable BigDecimal valueUsd, @Nullable BigDecimal quantity, @Nullable String unit) {
	}

	/** Direct jobs at the end of the period in one category, and how many of them are held by women. */
	public record Jobs(@Nullable JobCategory category, @Nullable Integer jobs, @Nullable Integer women) {
	}

	/** People trained in the period by one programme. */
	public record Training(@Nullable String programme, @Nullable Integer peopleTrained, @Nullable Integer women) {
	}

	/** A joint patent filed or granted in the period, with its office (e.g. CNIPA, IPO-PK) and number. */
	public record Patent(@Nullable PatentStage stage, @Nullable String office, @Nullable String number,
			@Nullable String title) {
	}
}
