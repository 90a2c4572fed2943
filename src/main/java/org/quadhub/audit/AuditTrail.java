package org.quadhub.audit;

import org.jspecify.annotations.Nullable;
import org.quadhub.shared.Actor;
import org.quadhub.shared.DomainProblem;
import org.quadhub.shared.PageOf;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.sql.Timestamp;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Reads and verifies the audit trail. Only the coordinating authority may. */
@Service
public class AuditTrail {

	public static final int MAX_PAGE_SIZE = 200;

	static final String COLUMNS = "id, occurred_at, actor, action, subject_kind, subject_id, from_state, to_state, "
			+ "changes, request_id, client_address, prev_hash, hash";

	static final RowMapper<AuditEntry> ENTRY = (rs, n) -> new AuditEntry(rs.getLong("id"),
			rs.getTimestamp("occurred_at").toInstant(), rs.getString("actor"), rs.getString("action"),
			rs.getString("subject_kind"), rs.getString("subject_id"), rs.getString("from_state"),
			rs.getString("to_state"), rs.getString("changes"), rs.getString("request_id"),
			rs.getString("client_address"), rs.getString("prev_hash"), rs.getString("hash"));

	private final JdbcTemplate jdbc;
	private final JdbcTemplate streaming;
	private final TransactionTemplate readOnly;

	AuditTrail(JdbcTemplate jdbc, PlatformTransactionManager transactions) {
		this.jdbc = jdbc;
		this.streaming = new JdbcTemplate(jdbc.getDataSource());
		this.streaming.setFetchSize(2000);
		this.readOnly = new TransactionTemplate(transactions);
		this.readOnly.setReadOnly(true);
	}

	/** Throws 403 unless the actor is the coordinating authority. */
	public void checkAccess(Actor actor) {
		if (!actor.isAuthority()) {
			throw DomainProblem.forbidden("Only the coordinating authority reads the audit trail");
		}
	}

	/** Recomputes the whole chain in id order and checks the published daily heads against it. */
	public Verification verify(Actor actor) {
		checkAccess(actor);
		Verification result = readOnly.execute(status -> {
			Map<Long, String> heads = new HashMap<>();
			jdbc.query("select last_entry_id, hash from audit_head", (RowCallbackHandler) rs -> heads
				.put(rs.getLong(1), rs.getString(2)));
			Map<Long, String> tip = new HashMap<>();
			jdbc.query("select last_entry_id, hash from audit_tip", (RowCallbackHandler) rs -> tip
				.put(rs.getLong(1), rs.getString(2)));
			long tipId = tip.isEmpty() ? 0 : tip.keySet().iterator().next();
			boolean[] tipSeen = { tip.isEmpty() };
			long[] count = { 0 };
			long[] firstBroken = { -1 };
			String[] previous = { Canonical.GENESIS };
			streaming.query("select " + COLUMNS + " from audit_entry order by id", (RowCallbackHandler) rs -> {
				AuditEntry entry = ENTRY.mapRow(rs, 0);
				count[0]++;
				boolean ok = entry.prevHash().equals(previous[0]) && Canonical.hash(entry).equals(entry.hash());
				String head = heads.remove(entry.id());
				if (head != null && !head.equals(entry.hash())) {
					ok = false;
				}
				if (entry.id() == tipId) {
					tipSeen[0] = true;
					ok &= tip.get(tipId).equals(entry.hash());
				}
				else if (entry.id() > tipId) {
					ok = false; // an entry after the recorded tip was not appended by QuadHub
				}
				if (!ok && firstBroken[0] < 0) {
					firstBroken[0] = entry.id();
				}
				previous[0] = entry.hash();
			});
			Long broken = firstBroken[0] < 0 ? null : firstBroken[0];
			if (!tipSeen[0] && (broken == null || tipId < broken)) {
				broken = tipId; // the last entry appended is gone: the tail was cut
			}
			for (Long missing : heads.keySet()) {
				// a published head whose entry is gone: the chain was cut
				if (missing > 0 && (broken == null || missing < broken)) {
					broken = missing;
				}
			}
			return new Verification(broken == null, count[0], broken);
		});
		if (result == null) {
			throw new IllegalStateException("verification produced no result");
		}
		return result;
	}

	/** One page of entries, newest first. */
	public PageOf<AuditEntry> search(Actor actor, AuditQuery query, int page, int size) {
		checkAccess(actor);
		if (page < 0) {
			throw DomainProblem.invalid("page", "must be 0 or more");
		}
		if (size < 1 || size > MAX_PAGE_SIZE) {
			throw DomainProblem.invalid("size", "must be between 1 and " + MAX_PAGE_SIZE);
		}
		List<Object> args = new ArrayList<>();
		String where = where(query, args);
		Long total = jdbc.queryForObject("select count(*) from audit_entry" + where, Long.class, args.toArray());
		long totalElements = total == null ? 0 : total;
		args.add(size);
		args.add((long) page * size);
		List<AuditEntry> content = jdbc.query(
				"select " + COLUMNS + " from audit_entry" + where + " order by id desc limit ? offset ?", ENTRY,
				args.toArray());
		return new PageOf<>(content, page, size, totalElements, (int) ((totalElements + size - 1) / size));
	}

	/** Writes every matching entry as CSV (RFC 4180, header line first), oldest first. */
	public void exportCsv(Actor actor, AuditQuery query, Writer out) {
		checkAccess(actor);
		List<Object> args = new ArrayList<>();
		String where = where(query, args);
		try {
			out.write("id,occurred_at,actor,action,subject_kind,subject_id,from_state,to_state,changes,request_id,"
					+ "client_address,prev_hash,hash\r\n");
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		readOnly.executeWithoutResult(status -> streaming.query("select " + COLUMNS + " from audit_entry" + where
				+ " order by id", (RowCallbackHandler) rs -> {
					AuditEntry e = ENTRY.mapRow(rs, 0);
					try {
						out.write(String.join(",", csv(Long.toString(e.id())),
								csv(DateTimeFormatter.ISO_INSTANT.format(e.occurredAt())), csv(e.actor()),
								csv(e.action()), csv(e.subjectKind()), csv(e.subjectId()), csv(e.fromState()),
								csv(e.toState()), csv(e.changes()), csv(e.requestId()), csv(e.clientAddress()),
								csv(e.prevHash()), csv(e.hash())));
						out.write("\r\n");
					}
					catch (IOException ex) {
						throw new UncheckedIOException(ex);
					}
				}, args.toArray()));
	}

	private static String where(AuditQuery query, List<Object> args) {
		StringBuilder where = new StringBuilder();
		condition(where, args, "subject_kind = ?", query.subjectKind());
		condition(where, args, "subject_id = ?", query.subjectId());
		condition(where, args, "actor = ?", query.actor());
		condition(where, args, "action = ?", query.action());
		condition(where, args, "occurred_at >= ?", query.from() == null ? null : Timestamp.from(query.from()));
		condition(where, args, "occurred_at < ?", query.to() == null ? null : Timestamp.from(query.to()));
		return where.toString();
	}

	private static void condition(StringBuilder where, List<Object> args, String sql, @Nullable Object value) {
		if (value == null || value instanceof String s && s.isBlank()) {
			return;
		}
		where.append(where.isEmpty() ? " where " : " and ").append(sql);
		args.add(value instanceof String s ? s.trim() : value);
	}

	static String csv(@Nullable String value) {
		if (value == null) {
			return "";
		}
		String safe = value;
		// keep spreadsheet programs from evaluating a cell as a formula
		if (!safe.isEmpty() && "=+-@".indexOf(safe.charAt(0)) >= 0) {
			safe = "'" + safe;
		}
		if (safe.contains(",") || safe.contains("\"") || safe.contains("\n") || safe.contains("\r")
				|| !safe.equals(value)) {
			return "\"" + safe.replace("\"", "\"\"") + "\"";
		}
		return safe;
	}
}
