package org.quadhub.committee;

import jakarta.validation.Validator;
import org.quadhub.shared.Actor;
import org.quadhub.shared.Checks;
import org.quadhub.shared.Constraints;
import org.quadhub.shared.Country;
import org.quadhub.shared.DomainProblem;
import org.quadhub.shared.Role;
import org.quadhub.users.UserInfo;
import org.quadhub.users.Users;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.List;
import java.util.Optional;

/**
 * Seats of the joint committee: which COMMITTEE user signs for which side. The coordinating authority manages the
 * seats; the side decides whose signature a member gives on minutes.
 */
@Service
@Transactional
public class CommitteeMembers {

	private final CommitteeMemberRepository members;
	private final Users users;
	private final Records records;
	private final Validator validator;

	CommitteeMembers(CommitteeMemberRepository members, Users users, Records records, Validator validator) {
		this.members = members;
		this.users = users;
		this.records = records;
		this.validator = validator;
	}

	/** Seats a COMMITTEE user for a side, or changes the seat ({@code version} required then). */
	public MemberView seat(Actor actor, String username, MemberCommand command) {
		if (!actor.isAuthority()) {
			throw DomainProblem.forbidden("Only the coordinating authority seats committee members.");
		}
		Checks.valid(validator, command);
		UserInfo user = users.list(actor).stream()
			.filter(u -> u.username().equalsIgnoreCase(username.trim()))
			.findFirst()
			.orElseThrow(() -> new DomainProblem(DomainProblem.Kind.NOT_FOUND, "not-found", "User not found",
					"There is no user named '" + username + "'."));
		if (!user.roles().contains(Role.COMMITTEE)) {
			throw new DomainProblem(DomainProblem.Kind.RULE_VIOLATED, "not-a-committee-user", "Not a committee user",
					"User " + user.username() + " does not have the COMMITTEE role, so cannot sit on the committee.");
		}
		Optional<CommitteeMember> existing = members.findByUsernameIgnoreCase(user.username());
		CommitteeMember member = existing.orElseGet(() -> new CommitteeMember(user.username()));
		if (existing.isPresent()) {
			Access.requireVersion(command.version(), member.version(), "Committee member", username);
		}
		member.apply(command, actor.username(), records.now());
		Constraints.writeOrConflict(() -> records.save(members, member, "Committee member", username),
				() -> DomainProblem.staleVersion("Committee member", username));
		return member.view();
	}

	public void unseat(Actor actor, String username) {
		if (!actor.isAuthority()) {
			throw DomainProblem.forbidden("Only the coordinating authority seats committee members.");
		}
		CommitteeMember member = members.findByUsernameIgnoreCase(username.trim())
			.orElseThrow(() -> DomainProblem.notFound("Committee member", username));
		members.delete(member);
		members.flush();
	}

	@Transactional(readOnly = true)
	public List<MemberView> members(Actor actor) {
		Access.requireReader(actor);
		return members.findAllByOrderBySideAscUsernameAsc().stream().map(CommitteeMember::view).toList();
	}

	/** The side a user signs for, if seated. */
	@Transactional(readOnly = true)
	public Optional<Country> sideOf(String username) {
		return members.findByUsernameIgnoreCase(username).map(CommitteeMember::side);
	}
}
