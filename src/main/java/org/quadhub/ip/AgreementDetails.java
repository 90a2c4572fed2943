package org.quadhub.ip;

import org.jspecify.annotations.Nullable;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/** An agreement as a reader sees it; {@code royaltyTerms} is null for readers who may not see commercial terms. */
public record AgreementDetails(long id, long quadId, AgreementType type, String title, List<Holder> parties,
		@Nullable String fieldOfUse, @Nullable String territory, @Nullable String royaltyTerms,
		boolean royaltyTermsWithheld, LocalDate startDate, @Nullable LocalDate endDate, String governingLaw,
		AgreementStatus status, Set<AgreementStatus> allowedStatuses, String updatedBy, Instant updatedAt,
		long version) {
}
