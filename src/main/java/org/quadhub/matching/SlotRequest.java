package org.quadhub.matching;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;
import org.quadhub.shared.Sector;

import java.util.List;

/**
 * One QUAD to fill in a programme run: the product (category, HS codes, capabilities it needs) and where it will
 * sit. {@code name} and {@code productDescription} become the proposed QUAD's when the run is accepted.
 */
public record SlotRequest(
		@Nullable @Size(max = 200) String name,
		@NotNull Sector productCategory,
		@Nullable @Size(max = 2000) String productDescription,
		@NotNull @Size(min = 1, max = 50) List<@NotBlank String> hsCodes,
		@Nullable @Size(max = 30) List<@NotBlank @Size(max = 100) String> requiredCapabilities,
		@Nullable Long zoneId,
		@Nullable @Size(max = 100) String zonePlace) {

	public List<String> capabilitiesOrEmpty() {
		return requiredCapabilities == null ? List.of() : requiredCapabilities;
	}
}
