package org.quadhub.portal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.quadhub.quads.PartnerRole;
import org.quadhub.quads.QuadStatus;
import org.quadhub.shared.Sector;

/**
 * A QUAD as published: identifiers, product, partners' names, zones, status, target, and accepted exports only
 * (reports that are submitted, returned or superseded never count).
 *
 * @param exportTargetUsd the exports a year it is to reach within targetYears of establishment
 * @param id the QUAD's number, stable for its whole life
 * @param code the stable public code derived from the id ({@code QUAD-00042})
 * @param zones names of the special economic zones where it holds an active plot
 * @param acceptedExportsUsd all accepted exports to date
 * @param trailingAcceptedUsd accepted exports of the trailing twelve months (null before establishment)
 * @param trailingExpectedUsd what its target trajectory expects over the same months (null before establishment)
 * @param standing ON_TRACK, AT_RISK, OFF_TRACK or NOT_STARTED
 */
public record PublicQuad(long id, String code, String name, Sector productCategory, String productDescription,
		List<String> hsCodes, QuadStatus status, List<PublicPartner> partners, List<String> zones,
		@Nullable LocalDate establishedOn, int targetYears, @Nullable LocalDate targetDate, BigDecimal exportTargetUsd,
		BigDecimal acceptedExportsUsd, @Nullable BigDecimal trailingAcceptedUsd,
		@Nullable BigDecimal trailingExpectedUsd, String standing) {

	/** The stable public code of a QUAD id. */
	public static String codeOf(long id) {
		return String.format(java.util.Locale.ROOT, "QUAD-%05d", id);
	}

	/** The same QUAD with its partners as given (their names as the registry holds them now). */
	PublicQuad withPartners(List<PublicPartner> current) {
		return new PublicQuad(id, code, name, productCategory, productDescription, hsCodes, status, List.copyOf(current),
				zones, establishedOn, targetYears, targetDate, exportTargetUsd, acceptedExportsUsd, trailingAcceptedUsd,
				trailingExpectedUsd, standing);
	}

	public @Nullable PublicPartner partner(PartnerRole role) {
		return partners.stream().filter(p -> p.role() == role).findFirst().orElse(null);
	}

	/** Accepted exports of the last twelve months as a share of the annual export target, in percent. */
	public BigDecimal shareOfTargetPercent() {
		return Money.percent(trailingAcceptedUsd, exportTargetUsd);
	}
}
