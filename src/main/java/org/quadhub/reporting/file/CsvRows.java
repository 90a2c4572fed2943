package org.quadhub.reporting.file;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Streams an RFC 4180 CSV (comma, optional double quotes) row by row without holding the file. Every line is
 * decoded as strict UTF-8 on its own, so a line with invalid bytes is reported with its row number instead of being
 * silently replaced. A leading byte-order mark is skipped. Quoted fields may not span lines.
 */
public final class CsvRows {

	private static final int BUFFER = 1 << 16;
	private static final int MAX_LINE = 1 << 16;

	private CsvRows() {
	}

	public static void read(InputStream in, RowSink sink) throws IOException {
		CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
			.onMalformedInput(CodingErrorAction.REPORT)
			.onUnmappableCharacter(CodingErrorAction.REPORT);
		byte[] buffer = new byte[BUFFER];
		byte[] line = new byte[1024];
		int lineLength = 0;
		long row = 0;
		boolean first = true;
		for (int n; (n = in.read(buffer)) != -1;) {
			for (int i = 0; i < n; i++) {
				byte b = buffer[i];
				if (b == '\n') {
					row++;
					emit(line, lineLength, row, first, decoder, sink);
					first = false;
					lineLength = 0;
				}
				else {
					if (lineLength == line.length) {
						if (line.length >= MAX_LINE) {
							throw new MalformedFile("Row " + (row + 1) + " is longer than " + MAX_LINE + " bytes.");
						}
						line = java.util.Arrays.copyOf(line, line.length * 2);
					}
					line[lineLength++] = b;
				}
			}
		}
		if (lineLength > 0) {
			row++;
			emit(line, lineLength, row, first, decoder, sink);
		}
	}

	private static void emit(byte[] bytes, int length, long row, boolean first, CharsetDecoder decoder, RowSink sink) {
		int start = 0;
		if (first && length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF) {
			start = 3;
		}
		if (length > start && bytes[length - 1] == '\r') {
			length--;
		}
		if (length == start) {
			return;
		}
		String[] plain = plainAscii(bytes, start, length);
		if (plain != null) {
			sink.row(row, plain, false);
			return;
		}
		CharBuffer chars;
		try {
			decoder.reset();
			chars = decoder.decode(ByteBuffer.wrap(bytes, start, length - start));
		}
		catch (CharacterCodingException e) {
			sink.row(row, new String[0], true);
			return;
		}
		sink.row(row, split(chars, row), false);
	}

	/**
	 * The cells of a line of plain ASCII without quotes (nearly every line of a machine-written file), split
	 * without decoding or copying through a builder; null when the line needs the general path.
	 */
	private static String @org.jspecify.annotations.Nullable [] plainAscii(byte[] bytes, int start, int end) {
		int commas = 0;
		for (int i = start; i < end; i++) {
			byte b = bytes[i];
			if (b < 0 || b == '"') {
				return null;
			}
			if (b == ',') {
				commas++;
			}
		}
		String[] cells = new String[commas + 1];
		int cell = 0;
		int from = start;
		for (int i = start; i <= end; i++) {
			if (i == end || bytes[i] == ',') {
				int a = from;
				int z = i;
				while (a < z && bytes[a] <= ' ') {
					a++;
				}
				while (z > a && bytes[z - 1] <= ' ') {
					z--;
				}
				cells[cell++] = a == z ? "" : new String(bytes, a, z - a, StandardCharsets.ISO_8859_1);
				from = i + 1;
			}
		}
		return cells;
	}

	static String[] split(CharSequence text, long row) {
		List<String> cells = new ArrayList<>(8);
		StringBuilder cell = new StringBuilder();
		boolean quoted = false;
		boolean wasQuoted = false;
		int n = text.length();
		for (int i = 0; i < n; i++) {
			char c = text.charAt(i);
			if (quoted) {
				if (c == '"') {
					if (i + 1 < n && text.charAt(i + 1) == '"') {
						cell.append('"');
						i++;
					}
					else {
						quoted = false;
					}
				}
				else {
					cell.append(c);
				}
			}
			else if (c == ',') {
				cells.add(wasQuoted ? cell.toString() : cell.toString().trim());
				cell.setLength(0);
				wasQuoted = false;
			}
			else if (c == '"' && cell.toString().isBlank()) {
				quoted = true;
				wasQuoted = true;
				cell.setLength(0);
			}
			else {
				cell.append(c);
			}
		}
		if (quoted) {
			throw new MalformedFile("Row " + row + " has an unterminated quoted field.");
		}
		cells.add(wasQuoted ? cell.toString() : cell.toString().trim());
		return cells.toArray(new String[0]);
	}
}
