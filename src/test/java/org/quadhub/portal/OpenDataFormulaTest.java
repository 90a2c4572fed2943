package org.quadhub.portal;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** CSV formula injection in the public open data (ADR 0020): text a spreadsheet would evaluate is made inert. */
class OpenDataFormulaTest {

	@Test
	void textCellsThatWouldRunAsFormulasGetALeadingApostrophe() {
		assertThat(OpenData.escape("=cmd|' /C calc'!A0")).isEqualTo("'=cmd|' /C calc'!A0");
		assertThat(OpenData.escape("+1+cmd|x")).isEqualTo("'+1+cmd|x");
		assertThat(OpenData.escape("-2+3")).isEqualTo("'-2+3");
		assertThat(OpenData.escape("@SUM(A1:A9)")).isEqualTo("'@SUM(A1:A9)");
		assertThat(OpenData.escape("=HYPERLINK(\"http://x\",\"y\")")).isEqualTo("\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\"");
	}

	@Test
	void numbersAndOrdinaryTextStayAsTheyAre() {
		assertThat(OpenData.escape("-12.5")).isEqualTo("-12.5");
		assertThat(OpenData.escape("+3")).isEqualTo("+3");
		assertThat(OpenData.escape("Solar inverters")).isEqualTo("Solar inverters");
		assertThat(OpenData.escape("a, b")).isEqualTo("\"a, b\"");
	}
}
