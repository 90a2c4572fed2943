package org.quadhub.reporting.file;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class CsvRowsTest {

	private static List<String> rows(String text) throws IOException {
		List<String> rows = new ArrayList<>();
		CsvRows.read(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)),
				(row, cells, bad) -> rows.add(row + (bad ? " BAD" : " " + String.join("|", cells))));
		return rows;
	}

	@Test
	void plainLinesAndQuotedLinesGiveTheSameCells() throws IOException {
		assertThat(rows("2025-01, 8517 ,AE,10.50,3,units\r\n\"2025-01\",\" 8517 \",\"AE\",10.50,3,\"units\"\n"))
			.containsExactly("1 2025-01|8517|AE|10.50|3|units", "2 2025-01| 8517 |AE|10.50|3|units");
	}

	@Test
	void emptyCellsTrailingCommasAndNonAsciiTextAreKept() throws IOException {
		assertThat(rows("a,,b,\n\t,x\n2025-01,8517,CN,1,1,件\n"))
			.containsExactly("1 a||b|", "2 |x", "3 2025-01|8517|CN|1|1|件");
	}

	@Test
	void invalidUtf8IsReportedWithItsRowAndABomIsSkipped() throws IOException {
		byte[] bytes = { (byte) 0xEF, (byte) 0xBB, (byte) 0xBF, 'a', ',', 'b', '\n', 'c', (byte) 0xC3, '\n' };
		List<String> rows = new ArrayList<>();
		CsvRows.read(new ByteArrayInputStream(bytes),
				(row, cells, bad) -> rows.add(row + (bad ? " BAD" : " " + String.join("|", cells))));
		assertThat(rows).containsExactly("1 a|b", "2 BAD");
	}
}
