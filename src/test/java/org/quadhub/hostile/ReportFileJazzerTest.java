package org.quadhub.hostile;

import com.code_intelligence.jazzer.junit.FuzzTest;
import org.quadhub.reporting.file.CsvRows;
import org.quadhub.reporting.file.MalformedFile;

import java.io.ByteArrayInputStream;
import java.io.IOException;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Jazzer fuzz target for the report CSV reader (issue 9). It runs only with {@code JAZZER_FUZZ=1} (the CI fuzz
 * stage), in a Maven run of its own: it then replays the inputs kept under
 * src/test/resources/org/quadhub/hostile/ReportFileJazzerTestInputs and fuzzes with coverage guidance for the given
 * duration (docs/operations/hostile-input.md). Jazzer's agent instruments the classes loaded after it, so it is kept
 * out of the shared test JVM of the normal build. Whatever the bytes, the reader
 * either delivers rows, each with a row number one above the last, or refuses the file as malformed: no other
 * exception escapes.
 */
@org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable(named = "JAZZER_FUZZ", matches = "1")
class ReportFileJazzerTest {

	@FuzzTest(maxDuration = "20s")
	void csvRowsEitherDeliverNumberedRowsOrRefuseTheFile(byte[] data) throws IOException {
		long[] last = { 0 };
		try {
			CsvRows.read(new ByteArrayInputStream(data), (row, cells, badEncoding) -> {
				assertThat(row).isGreaterThan(last[0]);
				assertThat(cells).doesNotContainNull();
				last[0] = row;
			});
		}
		catch (MalformedFile refused) {
			assertThat(refused.getMessage()).isNotBlank();
		}
	}
}
