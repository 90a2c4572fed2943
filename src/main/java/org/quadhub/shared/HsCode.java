package org.quadhub.shared;

/** A Harmonized System product code: a 4-digit heading or a 6-digit subheading. */
public record HsCode(String code) {

	public HsCode {
		if (code == null || !code.matches("\\d{4}|\\d{6}")) {
			throw new IllegalArgumentException("An HS code has 4 or 6 digits: " + code);
		}
	}

	/** Accepts {@code 8703.80} or {@code 870380}. */
	public static HsCode parse(String text) {
		return new HsCode(text == null ? null : text.trim().replace(".", ""));
	}

	public String heading() {
		return code.substring(0, 4);
	}
}
