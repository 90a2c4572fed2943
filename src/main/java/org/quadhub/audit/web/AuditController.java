package org.quadhub.audit.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;
import org.quadhub.audit.AuditEntry;
import org.quadhub.audit.AuditTrail;
import org.quadhub.audit.Verification;
import org.quadhub.shared.Actor;
import org.quadhub.shared.PageOf;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;

/** The audit trail over the API: verification, entries as JSON pages, and a CSV export. AUTHORITY only. */
@RestController
@RequestMapping("/api/v1/audit")
@Tag(name = "Audit")
class AuditController {

	private final AuditTrail trail;

	AuditController(AuditTrail trail) {
		this.trail = trail;
	}

	@GetMapping("/verify")
	@Operation(summary = "Recompute the hash chain: {valid, entries, firstBrokenEntryId?}")
	Verification verify(Actor actor) {
		return trail.verify(actor);
	}

	@GetMapping("/entries")
	@Operation(summary = "Audit entries, newest first, filtered by subject kind and id, actor, action and time")
	PageOf<AuditEntry> entries(Actor actor, @RequestParam(required = false) @Nullable String subjectKind,
			@RequestParam(required = false) @Nullable String subjectId,
			@RequestParam(name = "actor", required = false) @Nullable String actorParam,
			@RequestParam(required = false) @Nullable String action,
			@RequestParam(required = false) @Nullable String from, @RequestParam(required = false) @Nullable String to,
			@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "50") int size) {
		trail.checkAccess(actor);
		return trail.search(actor, Filters.query(subjectKind, subjectId, actorParam, action, from, to), page, size);
	}

	@GetMapping("/entries.csv")
	@Operation(summary = "Matching audit entries as CSV, oldest first")
	void csv(Actor actor, @RequestParam(required = false) @Nullable String subjectKind,
			@RequestParam(required = false) @Nullable String subjectId,
			@RequestParam(name = "actor", required = false) @Nullable String actorParam,
			@RequestParam(required = false) @Nullable String action,
			@RequestParam(required = false) @Nullable String from, @RequestParam(required = false) @Nullable String to,
			HttpServletResponse response) throws IOException {
		var query = Filters.query(subjectKind, subjectId, actorParam, action, from, to);
		trail.checkAccess(actor);
		response.setContentType("text/csv;charset=UTF-8");
		response.setCharacterEncoding(StandardCharsets.UTF_8.name());
		response.setHeader("Content-Disposition", "attachment; filename=\"audit.csv\"");
		Writer out = response.getWriter();
		trail.exportCsv(actor, query, out);
		out.flush();
	}
}
