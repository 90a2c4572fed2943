package org.quadhub.portal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.jspecify.annotations.Nullable;
import org.quadhub.quads.PartnerRole;

/**
 * The open-data file of the QUADs: one row per QUAD, the same fields in the same order in CSV and JSON
 * (docs/modules/portal.md describes each). Licence: Creative Commons Attribution 4.0 International.
 */
public final class OpenData {

	public static final String LICENCE = "CC-BY-4.0";
	public static final String LICENCE_URL = "https://creativecommons.org/licenses/by/4.0/";

	/** One column: its name and how it is read from a public QUAD. */
	public record Field(String name, Function<PublicQuad, @Nullable Object> value) {
	}

	public static final List<Field> FIELDS = List.of(
			new Field("id", PublicQuad::id),
			new Field("code", PublicQuad::code),
			new Field("name", PublicQuad::name),
			new Field("product_category", q -> q.productCategory().name()),
			new Field("product_description", PublicQuad::productDescription),
			new Field("hs_codes", q -> String.join(" ", q.hsCodes())),
			new Field("status", q -> q.status().name()),
			new Field("chinese_industry_partner", q -> partner(q, PartnerRole.CHINESE_INDUSTRY)),
			new Field("pakistani_industry_partner", q -> partner(q, PartnerRole.PAKISTANI_INDUSTRY)),
			new Field("chinese_academia_partner", q -> partner(q, PartnerRole.CHINESE_ACADEMIA)),
			new Field("pakistani_academia_partner", q -> partner(q, PartnerRole.PAKISTANI_ACADEMIA)),
			new Field("zones", q -> String.join("; ", q.zones())),
			new Field("established_on", PublicQuad::establishedOn),
			new Field("target_years", PublicQuad::targetYears),
			new Field("target_date", PublicQuad::targetDate),
			new Field("export_target_usd", PublicQuad::exportTargetUsd),
			new Field("accepted_exports_usd", PublicQuad::acceptedExportsUsd),
			new Field("trailing_12m_accepted_usd", PublicQuad::trailingAcceptedUsd),
			new Field("trailing_12m_expected_usd", PublicQuad::trailingExpectedUsd),
			new Field("standing", PublicQuad::standing),
			new Field("public_page", q -> "/public/quads/" + q.id()));

	private OpenData() {
	}

	private static @Nullable String partner(PublicQuad quad, PartnerRole role) {
		PublicPartner p = quad.partner(role);
		return p == null ? null : p.name();
	}

	/** The field names, in file order. */
	public static List<String> header() {
		return FIELDS.stream().map(Field::name).toList();
	}

	/** One JSON-ready row: numbers stay numbers, dates become ISO text, absent values null. */
	public static Map<String, @Nullable Object> row(PublicQuad quad) {
		Map<String, @Nullable Object> row = new LinkedHashMap<>();
		for (Field field : FIELDS) {
			Object value = field.value().apply(quad);
			row.put(field.name(), value instanceof LocalDate d ? d.toString() : value);
		}
		return row;
	}

	/** RFC 4180 CSV: header line, CRLF line ends, fields quoted when they hold a comma, quote, CR or LF. */
	public static String csv(List<PublicQuad> quads) {
		StringBuilder out = new StringBuilder();
		line(out, header());
		for (PublicQuad quad : quads) {
			List<String> cells = new ArrayList<>();
			for (Field field : FIELDS) {
				cells.add(text(field.value().apply(quad)));
			}
			line(out, cells);
		}
		return out.toString();
	}

	private static String text(@Nullable Object value) {
		if (value == null) {
			return "";
		}
		if (value instanceof BigDecimal d) {
			return d.toPlainString();
		}
		return value.toString();
	}

	private static void line(StringBuilder out, List<String> cells) {
		for (int i = 0; i < cells.size(); i++) {
			if (i > 0) {
				out.append(',');
			}
			out.append(escape(cells.get(i)));
		}
		out.append("\r\n");
	}

	static String escape(String cell) {
		// a text cell a spreadsheet would run as a formula (=, +, -, @, tab, CR first) gets a leading apostrophe;
		// plain numbers such as -12.5 stay numbers (ADR 0020)
		if (!cell.isEmpty() && "=+-@\t\r".indexOf(cell.charAt(0)) >= 0 && !cell.matches("[-+]?[0-9]+(\\.[0-9]+)?")) {
			cell = "'" + cell;
		}
		if (cell.indexOf(',') < 0 && cell.indexOf('"') < 0 && cell.indexOf('\r') < 0 && cell.indexOf('\n') < 0) {
			return cell;
		}
		return '"' + cell.replace("\"", "\"\"") + '"';
	}
}
