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
			int from = 0;
			for (int i = 0; i < n; i++) {
				if (buffer[i] != '\n') {
					continue;
				}
				row++;
				if (lineLength == 0) {
					// the whole line is in this buffer: hand it on without copying
					emit(buffer, from, i, row, first, decoder, sink);
				}
				else {
					line = append(line, lineLength, buffer, from, i, row);
					lineLength += i - from;
					emit(line, 0, lineLength, row, first, decoder, sink);
					lineLength = 0;
				}
				first = false;
				from = i + 1;
			}
			if (from < n) {
				line = append(line, lineLength, buffer, from, n, row + 1);
				lineLength += n - from;
			}
		}
		if (lineLength > 0) {
			row++;
			emit(line, 0, lineLength, row, first, decoder, sink);
		}
	}

	/** Adds bytes to a line that spans buffers, refusing a line longer than {@link #MAX_LINE}. */
	private static byte[] append(byte[] line, int length, byte[] from, int start, int end, long row) {
		int wanted = length + end - start;
		if (wanted > MAX_LINE) {
			throw new MalformedFile("Row " + row + " is longer than " + MAX_LINE + " bytes.");
		}
		byte[] target = line;
		if (wanted > line.length) {
			target = java.util.Arrays.copyOf(line, Math.min(MAX_LINE, Math.max(wanted, line.length * 2)));
		}
		System.arraycopy(from, start, target, length, end - start);
		return target;
	}

	private static void emit(byte[] bytes, int start, int end, long row, boolean first, CharsetDecoder decoder,
			RowSink sink) {
		if (first && end - start >= 3 && (bytes[start] & 0xFF) == 0xEF && (bytes[start + 1] & 0xFF) == 0xBB
				&& (bytes[start + 2] & 0xFF) == 0xBF) {
			start += 3;
		}
		if (end > start && bytes[end - 1] == '\r') {
			end--;
		}
		if (end == start) {
			return;
		}
		if (isPlain(bytes, start, end)) {
			if (sink.plainLine(row, bytes, start, end)) {
				return;
			}
			sink.row(row, plainCells(bytes, start, end), false);
			return;
		}
		CharBuffer chars;
		try {
			decoder.reset();
			chars = decoder.decode(ByteBuffer.wrap(bytes, start, end - start));
		}
		catch (CharacterCodingException e) {
			sink.row(row, new String[0], true);
			return;
		}
		sink.row(row, split(chars, row), false);
	}

	/** Plain ASCII without quotes: nearly every line of a machine-written file. */
	private static boolean isPlain(byte[] bytes, int start, int end) {
		for (int i = start; i < end; i++) {
			byte b = bytes[i];
			if (b < 0 || b == '"') {
				return false;
			}
		}
		return true;
	}

	/** The cells of a plain line, split without decoding or copying through a builder. */
	private static String[] plainCells(byte[] bytes, int start, int end) {
		int commas = 0;
		for (int i = start; i < end; i++) {
			if (bytes[i] == ',') {
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
