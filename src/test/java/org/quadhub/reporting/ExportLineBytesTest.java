package org.quadhub.reporting;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.YearMonth;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class ExportLineBytesTest {

	private static long scaled(String text, int decimals) {
		byte[] b = text.getBytes(StandardCharsets.US_ASCII);
		return ExportLineBytes.scaled(b, 0, b.length, decimals);
	}

	@Test
	void plainDecimalsBecomeWholeNumbersOfTheirLastPlace() {
		assertThat(scaled("1000.5", 2)).isEqualTo(100050);
		assertThat(scaled("12.340", 2)).isEqualTo(1234);
		assertThat(scaled("007", 2)).isEqualTo(700);
		assertThat(scaled("0", 3)).isZero();
		assertThat(scaled("999999999999999.999", 3)).isEqualTo(999_999_999_999_999_999L);
	}

	@Test
	void everyOtherSpellingIsLeftToTheGeneralPath() {
		for (String text : new String[] { "", "-1", "+1", ".5", "2.", "1e3", "12.345", "1,5", "1 000",
				"1000000000000000", "0.1x" }) {
			assertThat(scaled(text, 2)).as(text).isEqualTo(-1);
		}
	}

	@Test
	void onlyOrdinaryValidLinesTakeTheShortcutAndRepeatsAreFoundAfterTheLastLine() {
		LineRules rules = new LineRules(YearMonth.of(2025, 1), YearMonth.of(2026, 6), "in the future");
		rules.fileOf(16);
		Map<String, Integer> positions = Map.of("period", 0, "hs_code", 1, "destination", 2, "value_usd", 3,
				"quantity", 4, "unit", 5);
		ExportLineBytes reader = new ExportLineBytes(rules, positions, 6);
		assertThat(read(reader, 2, "2025-03,851713,ae,10.5,2,units")).isTrue();
		assertThat(reader.valueCents).isEqualTo(1050);
		assertThat(reader.quantityThousandths).isEqualTo(2000);
		assertThat(reader.destination).isEqualTo(0 * 26 + 'E' - 'A');
		// the same month, code, destination and unit in other case: read, and listed as a repeat of row 2 at the end
		assertThat(read(reader, 3, "2025-03,851713,AE,11,2,UNITS")).isTrue();
		for (String line : new String[] { "2024-12,851713,AE,1,1,units", "2026-07,851713,AE,1,1,units",
				"2025-13,851713,AE,1,1,units", "2025-03-01,851713,DE,1,1,units", "2025-03,999999,AE,1,1,units",
				"2025-03,8517.13,DE,1,1,units", "2025-03,851713,XX,1,1,units", "2025-03,851713,A1,1,1,units",
				"2025-03,851713,DE,-1,1,units", "2025-03,851713,DE,1,1,", "2025-03,851713,DE,1,1,u\\x",
				"2025-03,851713,DE,1,1,units,", "2025-03,851713,DE,1,1", "2025-03,851713,DE,1,1,abcdefghijklmnopqrstu" }) {
			assertThat(read(reader, 4, line)).as(line).isFalse();
		}
		assertThat(read(reader, 5, " 2025-04 , 8517 ,de, 1 ,1 , Kg ")).isTrue();
		assertThat(rules.duplicates()).containsExactly(new KeyLog.Duplicate(3, 2));
	}

	private static boolean read(ExportLineBytes reader, long row, String line) {
		byte[] b = ("x" + line + "y").getBytes(StandardCharsets.US_ASCII);
		return reader.read(row, b, 1, b.length - 1);
	}
}
