package org.quadhub.matching;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;
import org.quadhub.shared.Sector;

import java.util.List;

/**
 * Who should build this product? {@code zoneId} names a zone (when the zones module supplies its location),
 * {@code zonePlace} a city or province with known coordinates; {@code top} defaults to 5.
 */
public record ProposalRequest(
		@NotNull Sector productCategory,
		@Nullable @Size(max = 50) List<@NotBlank String> hsCodes,
		@Nullable @Size(max = 30) List<@NotBlank @Size(max = 100) String> requiredCapabilities,
		@Nullable Long zoneId,
		@Nullable @Size(max = 100) String zonePlace,
		@Nullable @Min(1) @Max(50) Integer top,
		@Nullable @Valid MatchingWeights weights) {

	public static final int DEFAULT_TOP = 5;

	public SlotRequest slot() {
		return new SlotRequest(null, productCategory, null, hsCodes == null ? List.of() : hsCodes,
				requiredCapabilities, zoneId, zonePlace);
	}

	public int topOrDefault() {
		return top == null ? DEFAULT_TOP : top;
	}
}
