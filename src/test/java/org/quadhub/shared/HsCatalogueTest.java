package org.quadhub.shared;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIf;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class HsCatalogueTest {

	private static final Path SHARED = Path.of("../shared/data/classifications/harmonized-system.csv");

	@Test
	void knowsTheOpEdsProductCodes() {
		HsCatalogue hs = HsCatalogue.standard();
		assertThat(hs.describe("870380")).hasValueSatisfying(d -> assertThat(d).contains("electric motor"));
		assertThat(hs.contains("8507")).isTrue();
		assertThat(hs.contains("999999")).isFalse();
	}

	@Test
	void parsesDottedCodesAndRejectsOtherLengths() {
		assertThat(HsCode.parse("8703.80").code()).isEqualTo("870380");
		assertThat(HsCode.parse(" 8507 ").heading()).isEqualTo("8507");
		assertThatThrownBy(() -> HsCode.parse("87")).isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> HsCode.parse("87038012")).isInstanceOf(IllegalArgumentException.class);
	}

	static boolean sharedClassificationPresent() {
		return Files.exists(SHARED);
	}

	@Test
	@EnabledIf("sharedClassificationPresent")
	void theShippedCopyHoldsEveryFourAndSixDigitCodeOfTheSharedClassification() throws IOException {
		try (Stream<String> lines = Files.lines(SHARED)) {
			long expected = lines.skip(1)
				.map(line -> line.split(",", 3)[1])
				.filter(code -> code.matches("\\d{4}|\\d{6}") && !code.startsWith("9999"))
				.count();
			assertThat(HsCatalogue.standard().size()).isEqualTo((int) expected);
		}
	}
}
