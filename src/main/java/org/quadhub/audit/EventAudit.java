package org.quadhub.audit;

import org.quadhub.shared.StateChange;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.InteractiveAuthenticationSuccessEvent;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * Entries that do not come from JPA entities: {@link StateChange} events of bulk JDBC writers (synchronously, in
 * the publisher's transaction), interactive sign-ins and every failed authentication. Successful stateless API
 * authentications are not recorded (every API call authenticates).
 */
@Component
class EventAudit {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final AuditWriter writer;

	EventAudit(AuditWriter writer) {
		this.writer = writer;
	}

	@EventListener
	void on(StateChange change) {
		Map<String, Object> diff = new LinkedHashMap<>();
		if (change.before() != null) {
			diff.put("before", new TreeMap<>(change.before()));
		}
		if (change.after() != null) {
			diff.put("after", new TreeMap<>(change.after()));
		}
		writer.record(change.action(), change.subjectKind(), change.subjectId(), null, null,
				diff.isEmpty() ? null : JSON.writeValueAsString(diff));
	}

	@EventListener
	void on(InteractiveAuthenticationSuccessEvent event) {
		String username = event.getAuthentication().getName();
		writer.record(username, "login", "user", username, null, null, null);
	}

	@EventListener
	void on(AbstractAuthenticationFailureEvent event) {
		String username = event.getAuthentication().getName();
		Map<String, Object> why = Map.of("reason", event.getException().getClass().getSimpleName());
		writer.record(username == null || username.isBlank() ? "anonymous" : username, "login-failure", "user",
				username, null, null, JSON.writeValueAsString(why));
	}
}
