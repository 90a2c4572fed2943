package org.quadhub.complexity;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/**
 * What an import needs besides the file: a unique name, where the data comes from and its licence, the product
 * classification, and (for the long layout) which header holds each role, e.g.
 * {@code year=year,country=origin,product=hs92,value=export_val}.
 */
public record ImportTradeDataset(@NotBlank @Size(max = 200) String name, @NotBlank @Size(max = 500) String source,
		@NotBlank @Size(max = 500) String licence, @NotNull Classification classification,
		@Nullable @Size(max = 300) String columns) {
}
