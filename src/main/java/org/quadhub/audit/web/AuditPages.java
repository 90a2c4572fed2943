package org.quadhub.audit.web;

import org.jspecify.annotations.Nullable;
import org.quadhub.audit.AuditEntry;
import org.quadhub.audit.AuditQuery;
import org.quadhub.audit.AuditTrail;
import org.quadhub.shared.Actor;
import org.quadhub.shared.DomainProblem;
import org.quadhub.shared.PageOf;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The audit browser: filters, a paged table, CSV export and the verify button. AUTHORITY only. */
@Controller
class AuditPages {

	private final AuditTrail trail;

	AuditPages(AuditTrail trail) {
		this.trail = trail;
	}

	@GetMapping("/audit")
	String browse(Actor actor, @RequestParam(required = false) @Nullable String subjectKind,
			@RequestParam(required = false) @Nullable String subjectId,
			@RequestParam(name = "actor", required = false) @Nullable String actorName,
			@RequestParam(required = false) @Nullable String action,
			@RequestParam(required = false) @Nullable String from, @RequestParam(required = false) @Nullable String to,
			@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "false") boolean verify,
			Model model) {
		trail.checkAccess(actor);
		Map<String, String> filters = new LinkedHashMap<>();
		put(filters, "subjectKind", subjectKind);
		put(filters, "subjectId", subjectId);
		put(filters, "actor", actorName);
		put(filters, "action", action);
		put(filters, "from", from);
		put(filters, "to", to);
		model.addAttribute("filters", filters);
		PageOf<AuditEntry> entries = new PageOf<>(List.of(), 0, 50, 0, 0);
		try {
			AuditQuery query = Filters.query(subjectKind, subjectId, actorName, action, from, to);
			entries = trail.search(actor, query, Math.max(0, page), 50);
		}
		catch (DomainProblem problem) {
			model.addAttribute("problem", problem);
		}
		model.addAttribute("entries", entries);
		model.addAttribute("csvUrl", url("/api/v1/audit/entries.csv", filters, null));
		model.addAttribute("previousUrl", page > 0 ? url("/audit", filters, page - 1) : null);
		model.addAttribute("nextUrl", page + 1 < entries.totalPages() ? url("/audit", filters, page + 1) : null);
		if (verify) {
			model.addAttribute("verification", trail.verify(actor));
		}
		return "audit/browse";
	}

	private static void put(Map<String, String> filters, String name, @Nullable String value) {
		filters.put(name, value == null ? "" : value.trim());
	}

	private static String url(String path, Map<String, String> filters, @Nullable Integer page) {
		UriComponentsBuilder builder = UriComponentsBuilder.fromPath(path);
		filters.forEach((name, value) -> {
			if (!value.isEmpty()) {
				builder.queryParam(name, value);
			}
		});
		if (page != null) {
			builder.queryParam("page", page);
		}
		return builder.encode().build().toUriString();
	}
}
