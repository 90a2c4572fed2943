package org.quadhub.users;

import jakarta.validation.Validator;
import org.jspecify.annotations.Nullable;
import org.quadhub.partners.Partners;
import org.quadhub.shared.Actor;
import org.quadhub.shared.Checks;
import org.quadhub.shared.Constraints;
import org.quadhub.shared.DomainProblem;
import org.quadhub.shared.Role;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Accounts and their roles. Only the coordinating authority creates or lists accounts. */
@Service
@Transactional
public class Users {

	private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(Users.class);

	private final UserAccountRepository accounts;
	private final Partners partners;
	private final PasswordEncoder passwordEncoder;
	private final Validator validator;
	private final ApplicationEventPublisher events;
	private final Clock clock;
	private final JdbcTemplate jdbc;

	Users(UserAccountRepository accounts, Partners partners, PasswordEncoder passwordEncoder, Validator validator,
			ApplicationEventPublisher events, Clock clock, JdbcTemplate jdbc) {
		this.jdbc = jdbc;
		this.accounts = accounts;
		this.partners = partners;
		this.passwordEncoder = passwordEncoder;
		this.validator = validator;
		this.events = events;
		this.clock = clock;
	}

	public UserInfo create(Actor actor, CreateUser command) {
		if (!actor.isAuthority()) {
			throw DomainProblem.forbidden("Only the coordinating authority manages users.");
		}
		Checks.valid(validator, command);
		PasswordPolicy.violation(command.username(), command.password())
			.ifPresent(message -> {
				throw DomainProblem.invalid("password", message);
			});
		boolean partner = command.roles().contains(Role.PARTNER);
		if (partner && command.roles().size() > 1) {
			throw DomainProblem.invalid("roles", "PARTNER cannot be combined with other roles: a partner user acts for one organisation only");
		}
		if (partner && command.organisationId() == null) {
			throw DomainProblem.invalid("organisationId", "is required for a PARTNER user");
		}
		if (!partner && command.organisationId() != null) {
			throw DomainProblem.invalid("organisationId", "is only for PARTNER users");
		}
		if (command.agency() != null && !command.roles().contains(Role.AGENCY)) {
			throw DomainProblem.invalid("agency", "is only for AGENCY users");
		}
		if (partner && partners.lookup(List.of(command.organisationId())).isEmpty()) {
			throw new DomainProblem(DomainProblem.Kind.RULE_VIOLATED, "organisation-not-found", "Unknown organisation",
					"Organisation " + command.organisationId() + " does not exist.",
					List.of(new DomainProblem.FieldProblem("organisationId", "does not exist")));
		}
		if (accounts.existsByUsernameIgnoreCase(command.username())) {
			throw duplicate(command.username());
		}
		UserAccount account = new UserAccount(command.username(), passwordEncoder.encode(command.password()),
				command.roles(), command.organisationId(), command.agency(), blankToNull(command.email()),
				clock.instant());
		Constraints.writeOrConflict(() -> accounts.saveAndFlush(account), () -> duplicate(command.username()));
		UserInfo details = account.details();
		events.publishEvent(new UserCreated(details.id(), details.username(), details.roles(), details.organisationId(),
				actor.username()));
		return details;
	}

	@Transactional(readOnly = true)
	public List<UserInfo> list(Actor actor) {
		if (!actor.isAuthority()) {
			throw DomainProblem.forbidden("Only the coordinating authority manages users.");
		}
		return accounts.findAllByOrderByUsernameAsc().stream().map(UserAccount::details).toList();
	}

	@Transactional(readOnly = true)
	public UserInfo find(Actor actor, long id) {
		if (!actor.isAuthority()) {
			throw DomainProblem.forbidden("Only the coordinating authority manages users.");
		}
		return accounts.findById(id).map(UserAccount::details).orElseThrow(() -> DomainProblem.notFound("User", id));
	}

	/** For sign-in only. */
	@Transactional(propagation = Propagation.SUPPORTS)
	public Optional<Credentials> credentials(String username) {
		// Read on every sign-in, i.e. with every API call: one statement on the case-insensitive username index,
		// no transaction and no entity (ADR 0026). The same fields as UserAccount.credentials().
		List<Credentials> found = jdbc.query("""
				select u.username, u.password_hash, u.organisation_id, u.enabled,
				       coalesce(string_agg(r.role, ',' order by r.role), '')
				from app_user u left join app_user_role r on r.user_id = u.id
				where lower(u.username) = lower(?)
				group by u.id""", (rs, i) -> {
			Set<Role> roles = java.util.EnumSet.noneOf(Role.class);
			for (String role : rs.getString(5).split(",")) {
				if (!role.isEmpty()) {
					roles.add(Role.valueOf(role));
				}
			}
			long organisationId = rs.getLong(3);
			Long organisation = rs.wasNull() ? null : organisationId;
			return new Credentials(rs.getString(1), rs.getString(2), Set.copyOf(roles), organisation,
					rs.getBoolean(4));
		}, username);
		return found.stream().findFirst();
	}

	/**
	 * Creates the account unless one with this username exists; used at start-up for the first administrator and
	 * the demo users. Returns true when it created one.
	 */
	public boolean ensure(String username, String password, Set<Role> roles, @Nullable Long organisationId) {
		return ensure(username, password, roles, organisationId, null);
	}

	/** As {@link #ensure(String, String, Set, Long)}, for an agency officer of the given agency. */
	public boolean ensure(String username, String password, Set<Role> roles, @Nullable Long organisationId,
			@Nullable String agency) {
		if (accounts.existsByUsernameIgnoreCase(username)) {
			return false;
		}
		// Start-up accounts (the first admin from QUADHUB_ADMIN_PASSWORD, demo users) are not refused, which would
		// stop the application from starting; a password that breaks the policy is reported instead.
		PasswordPolicy.violation(username, password)
			.ifPresent(message -> log.warn("The password of start-up account '{}' breaks the password policy: it {}. "
					+ "Change it.", username, message));
		UserAccount account = new UserAccount(username, passwordEncoder.encode(password), roles, organisationId,
				agency, null, clock.instant());
		accounts.saveAndFlush(account);
		UserInfo details = account.details();
		events.publishEvent(new UserCreated(details.id(), username, roles, organisationId, "system"));
		return true;
	}

	/** The agency an officer belongs to, if the account exists and names one. */
	@Transactional(propagation = Propagation.SUPPORTS)
	public Optional<String> agencyOf(String username) {
		List<String> agency = jdbc.query("select agency from app_user where lower(username) = lower(?)",
				(rs, i) -> rs.getString(1), username);
		return agency.stream().filter(java.util.Objects::nonNull).findFirst();
	}

	/**
	 * Every enabled account, for modules that address people by role, agency or organisation (notifications).
	 * Not exposed over HTTP.
	 */
	@Transactional(readOnly = true)
	public List<UserInfo> directory() {
		return accounts.findAllByEnabledTrueOrderByUsernameAsc().stream().map(UserAccount::details).toList();
	}

	private static @Nullable String blankToNull(@Nullable String value) {
		return value == null || value.isBlank() ? null : value.trim();
	}

	private static DomainProblem duplicate(String username) {
		return new DomainProblem(DomainProblem.Kind.CONFLICT, "duplicate-user", "Username taken",
				"The username '" + username + "' is already in use.",
				List.of(new DomainProblem.FieldProblem("username", "is already in use")));
	}
}
