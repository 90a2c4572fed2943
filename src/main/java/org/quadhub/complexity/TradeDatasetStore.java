package org.quadhub.complexity;

import org.jspecify.annotations.Nullable;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;
import org.quadhub.complexity.calc.TradeMatrix;
import org.quadhub.complexity.calc.TradeTable;
import org.quadhub.shared.StateChange;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

import javax.sql.DataSource;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.LongConsumer;

/** Datasets and their values in PostgreSQL; values go in with COPY, in chunks that each commit. */
@Repository
class TradeDatasetStore {

	static final int CHUNK = 50_000;

	private final JdbcTemplate jdbc;
	private final DataSource dataSource;
	private final ApplicationEventPublisher events;

	TradeDatasetStore(JdbcTemplate jdbc, DataSource dataSource, ApplicationEventPublisher events) {
		this.jdbc = jdbc;
		this.dataSource = dataSource;
		this.events = events;
	}

	static String nameKey(String name) {
		return name.trim().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
	}

	boolean nameTaken(String name) {
		Integer n = jdbc.queryForObject("select count(*) from trade_dataset where name_key = ?", Integer.class,
				nameKey(name));
		return n != null && n > 0;
	}

	@Transactional
	long create(ImportTradeDataset command, String layout, TradeTable table, String importedBy, Instant at) {
		GeneratedKeyHolder keys = new GeneratedKeyHolder();
		String years = table.years().contains(TradeTable.SINGLE_PERIOD) ? ""
				: String.join(",", table.years().stream().map(String::valueOf).toList());
		jdbc.update(con -> {
			PreparedStatement ps = con.prepareStatement("""
					insert into trade_dataset (name, name_key, source, licence, classification, layout, status, years,
					  country_count, product_count, rows_total, rows_stored, imported_by, imported_at)
					values (?, ?, ?, ?, ?, ?, 'STORING', ?, ?, ?, ?, 0, ?, ?)""", new String[] { "id" });
			ps.setString(1, command.name().trim());
			ps.setString(2, nameKey(command.name()));
			ps.setString(3, command.source().trim());
			ps.setString(4, command.licence().trim());
			ps.setString(5, command.classification().name());
			ps.setString(6, layout);
			ps.setString(7, years);
			ps.setInt(8, table.countryCount());
			ps.setInt(9, table.productCount());
			ps.setLong(10, cellCount(table));
			ps.setString(11, importedBy);
			ps.setTimestamp(12, Timestamp.from(at));
			return ps;
		}, keys);
		events.publishEvent(new StateChange("trade_dataset", String.valueOf(keys.getKeyAs(Long.class)), "import", null,
				java.util.Map.of("name", command.name().trim(), "layout", layout, "rows", table.rowCount())));
		return keys.getKeyAs(Long.class);
	}

	private static long cellCount(TradeTable table) {
		long[] n = new long[1];
		table.forEachCell((year, country, product, value) -> n[0]++);
		return n[0];
	}

	/** Stores every cell with COPY, committing and reporting progress after each chunk. */
	void copyValues(long datasetId, TradeTable table, LongConsumer progress) throws SQLException {
		try (Connection connection = dataSource.getConnection()) {
			boolean autoCommit = connection.getAutoCommit();
			connection.setAutoCommit(false);
			try {
				PGConnection pg = connection.unwrap(PGConnection.class);
				StringBuilder buffer = new StringBuilder(CHUNK * 40);
				long[] count = new long[1];
				String prefix = datasetId + ",";
				SQLException[] failure = new SQLException[1];
				table.forEachCell((year, country, product, value) -> {
					if (failure[0] != null) {
						return;
					}
					buffer.append(prefix).append(year).append(',').append(csv(country)).append(',').append(csv(product))
						.append(',').append(value).append('\n');
					if (++count[0] % CHUNK == 0) {
						try {
							flush(pg, buffer);
							connection.commit();
							progress.accept(count[0]);
						}
						catch (SQLException e) {
							failure[0] = e;
						}
					}
				});
				if (failure[0] != null) {
					throw failure[0];
				}
				flush(pg, buffer);
				connection.commit();
				progress.accept(count[0]);
			}
			catch (SQLException | RuntimeException e) {
				connection.rollback();
				throw e;
			}
			finally {
				connection.setAutoCommit(autoCommit);
			}
		}
	}

	private static void flush(PGConnection pg, StringBuilder buffer) throws SQLException {
		if (buffer.length() == 0) {
			return;
		}
		CopyIn copy = pg.getCopyAPI()
			.copyIn("copy trade_value (dataset_id, year, country, product, value) from stdin with (format csv)");
		try {
			byte[] bytes = buffer.toString().getBytes(StandardCharsets.UTF_8);
			copy.writeToCopy(bytes, 0, bytes.length);
			copy.endCopy();
		}
		finally {
			if (copy.isActive()) {
				copy.cancelCopy();
			}
		}
		buffer.setLength(0);
	}

	private static String csv(String s) {
		return s.indexOf(',') >= 0 || s.indexOf('"') >= 0 ? '"' + s.replace("\"", "\"\"") + '"' : s;
	}

	void progress(long id, long rowsStored) {
		jdbc.update("update trade_dataset set rows_stored = ? where id = ?", rowsStored, id);
	}

	void ready(long id, long rowsStored, Instant at) {
		jdbc.update("update trade_dataset set status = 'READY', rows_stored = ?, completed_at = ? where id = ?",
				rowsStored, Timestamp.from(at), id);
	}

	void failed(long id, String reason, Instant at) {
		jdbc.update("delete from trade_value where dataset_id = ?", id);
		jdbc.update("update trade_dataset set status = 'FAILED', rows_stored = 0, completed_at = ?, failure = ? where id = ?",
				Timestamp.from(at), reason.length() > 1000 ? reason.substring(0, 1000) : reason, id);
	}

	Optional<TradeDataset> find(long id) {
		return jdbc.query("select * from trade_dataset where id = ?", MAPPER, id).stream().findFirst();
	}

	List<TradeDataset> all() {
		return jdbc.query("select * from trade_dataset order by imported_at desc, id desc", MAPPER);
	}

	/** The cells of one period, as a matrix over the countries and products that have rows in it. */
	TradeMatrix period(long id, int year) {
		TradeTable table = new TradeTable(TradeTable.Mode.UNIQUE);
		jdbc.query(con -> {
			PreparedStatement ps = con.prepareStatement(
					"select country, product, value from trade_value where dataset_id = ? and year = ?");
			ps.setFetchSize(10_000);
			ps.setLong(1, id);
			ps.setInt(2, year);
			return ps;
		}, rs -> {
			table.add(year, rs.getString(1), rs.getString(2), rs.getDouble(3), 0);
		});
		return table.period(year);
	}

	private static final RowMapper<TradeDataset> MAPPER = (rs, n) -> {
		String years = rs.getString("years");
		long total = rs.getLong("rows_total");
		long stored = rs.getLong("rows_stored");
		Timestamp completed = rs.getTimestamp("completed_at");
		return new TradeDataset(rs.getLong("id"), rs.getString("name"), rs.getString("source"), rs.getString("licence"),
				Classification.valueOf(rs.getString("classification")), rs.getString("layout"),
				DatasetStatus.valueOf(rs.getString("status")),
				years.isEmpty() ? List.of() : Arrays.stream(years.split(",")).map(Integer::valueOf).toList(),
				rs.getInt("country_count"), rs.getInt("product_count"), total, stored,
				total == 0 ? 1.0 : Math.min(1.0, (double) stored / total), rs.getString("imported_by"),
				rs.getTimestamp("imported_at").toInstant(), completed == null ? null : completed.toInstant(),
				nullable(rs.getString("failure")));
	};

	private static @Nullable String nullable(@Nullable String s) {
		return s;
	}

}
