package org.quadhub.web;

import org.jspecify.annotations.Nullable;
import org.quadhub.shared.Actor;
import org.quadhub.shared.Role;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Turns the claims of an ID token or access token into an {@link Actor}: the roles from the configured claim (values
 * that name no QuadHub role are ignored), the organisation from the organisation claim (only for PARTNER, which must
 * be the only role and needs the organisation), an AGENCY officer's agency code from the agency claim (without it
 * the officer reads everything but decides no step), and the prefixed subject as the username.
 */
final class SsoIdentities {

	private static final Logger log = LoggerFactory.getLogger(SsoIdentities.class);

	private final SsoSettings settings;

	SsoIdentities(SsoSettings settings) {
		this.settings = settings;
	}

	Actor actor(Map<String, Object> claims) {
		Object name = claim(claims, settings.usernameClaim());
		if (name == null || name.toString().isBlank()) {
			name = claims.get("sub");
		}
		String username = settings.usernamePrefix() + (name == null ? "unknown" : name.toString());
		Set<Role> roles = EnumSet.noneOf(Role.class);
		for (String value : values(claim(claims, settings.rolesClaim()))) {
			Role role = role(value);
			if (role != null) {
				roles.add(role);
			}
		}
		Long organisationId = null;
		if (roles.contains(Role.PARTNER)) {
			organisationId = organisation(claim(claims, settings.organisationClaim()));
			if (organisationId == null || roles.size() > 1) {
				log.warn("Ignoring role PARTNER for {}: a partner needs the organisation claim {} and no other role",
						username, settings.organisationClaim());
				roles.remove(Role.PARTNER);
				organisationId = null;
			}
		}
		String agency = null;
		if (roles.contains(Role.AGENCY)) {
			agency = agency(claim(claims, settings.agencyClaim()));
			if (agency == null) {
				log.info("AGENCY officer {} has no agency in claim {}: reads, decides no step", username,
						settings.agencyClaim());
			}
		}
		return new Actor(username, roles, organisationId, agency);
	}

	/** An agency code as the approval routes spell it (BOI, SEZA...): one string value, upper case. */
	private static @Nullable String agency(@Nullable Object value) {
		List<String> values = values(value);
		if (values.size() != 1) {
			return null;
		}
		String code = values.get(0).trim().toUpperCase(Locale.ROOT);
		return code.isEmpty() || code.length() > 30 ? null : code;
	}

	private @Nullable Role role(String value) {
		for (Map.Entry<String, Role> entry : settings.mapping().entrySet()) {
			if (entry.getKey().equalsIgnoreCase(value)) {
				return entry.getValue();
			}
		}
		String name = value;
		String prefix = settings.rolePrefix();
		if (!prefix.isEmpty()) {
			if (!name.regionMatches(true, 0, prefix, 0, prefix.length())) {
				return null;
			}
			name = name.substring(prefix.length());
		}
		name = name.trim().toUpperCase(Locale.ROOT).replace('-', '_');
		if (name.startsWith("ROLE_")) {
			name = name.substring("ROLE_".length());
		}
		for (Role role : Role.values()) {
			if (role.name().equals(name)) {
				return role;
			}
		}
		return null;
	}

	private static @Nullable Long organisation(@Nullable Object value) {
		if (value instanceof Number number) {
			return number.longValue();
		}
		if (value instanceof String text) {
			try {
				return Long.valueOf(text.trim());
			}
			catch (NumberFormatException notANumber) {
				return null;
			}
		}
		return null;
	}

	/** A claim by name, or by a dotted path into nested objects when no claim has the whole name. */
	static @Nullable Object claim(Map<String, Object> claims, String path) {
		if (claims.containsKey(path)) {
			return claims.get(path);
		}
		Object current = claims;
		for (String part : path.split("\\.")) {
			if (!(current instanceof Map<?, ?> map)) {
				return null;
			}
			current = map.get(part);
		}
		return current;
	}

	/** A claim's values: a list, or a string of values separated by spaces or commas. */
	static List<String> values(@Nullable Object claim) {
		List<String> values = new ArrayList<>();
		if (claim instanceof Collection<?> collection) {
			for (Object item : collection) {
				if (item != null) {
					values.add(item.toString());
				}
			}
		}
		else if (claim instanceof String text) {
			for (String item : text.split("[\\s,]+")) {
				if (!item.isEmpty()) {
					values.add(item);
				}
			}
		}
		return values;
	}
}
