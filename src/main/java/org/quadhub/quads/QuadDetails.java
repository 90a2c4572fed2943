package org.quadhub.quads;

import org.jspecify.annotations.Nullable;
import org.quadhub.partners.OrganisationKind;
import org.quadhub.shared.Country;
import org.quadhub.shared.Sector;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** A QUAD as clients see it: partners by role, status, and its whole history. */
public record QuadDetails(long id, String name, Sector productCategory, String productDescription,
		List<HsLine> hsCodes, Map<PartnerRole, Partner> partners, BigDecimal exportTargetUsd, int targetYears,
		QuadStatus status, @Nullable LocalDate establishedOn, @Nullable LocalDate targetDate, String proposedBy,
		Instant proposedAt, List<HistoryEntry> history, Set<QuadStatus> allowedTransitions, long version) {

	public record HsLine(String code, String description) {
	}

	public record Partner(long id, String name, Country country, OrganisationKind kind) {
	}

	public record HistoryEntry(@Nullable QuadStatus from, QuadStatus to, String actor, Instant at,
			@Nullable String reason) {
	}
}
