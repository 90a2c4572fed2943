package org.quadhub.hostile;

import com.code_intelligence.jazzer.junit.FuzzTest;
import org.quadhub.reporting.file.CsvRows;
import org.quadhub.reporting.file.MalformedFile;

import java.io.ByteArrayInputStream;
import java.io.IOException;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Jazzer fuzz target for the report CSV reader (issue 9). In a normal build it replays the inputs kept under
 * src/test/resources/org/quadhub/hostile/ReportFileJazzerTestInputs; with {@code JAZZER_FUZZ=1} it fuzzes with
 * coverage guidance for the given duration (docs/operations/hostile-input.md). Whatever the bytes, the reader
 * either delivers rows, each with a row number one above the last, or refuses the file as malformed: no other
 * exception escapes.
 */
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
