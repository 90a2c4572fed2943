package org.quadhub.committee;

import jakarta.validation.Validator;
import org.quadhub.shared.Actor;
import org.quadhub.shared.Checks;
import org.quadhub.shared.Country;
import org.quadhub.shared.DomainProblem;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * Minutes of committee meetings and their signatures. AUTHORITY drafts the text; a COMMITTEE member seated for
 * Pakistan signs first, then one seated for China; AUTHORITY then issues the minutes as final. The text is frozen
 * from the first signature on. Every signature records who signed, on which day, and when it was recorded.
 */
@Service
@Transactional
public class CommitteeMinutes {

	private final Records records;
	private final CommitteeMembers members;
	private final Validator validator;

	CommitteeMinutes(Records records, CommitteeMembers members, Validator validator) {
		this.records = records;
		this.members = members;
		this.validator = validator;
	}

	/** Creates the draft minutes of a meeting, or changes the draft (then {@code version} is required). */
	public MinutesView draft(Actor actor, long meetingId, MinutesCommand command) {
		Access.requirePreparer(actor);
		Checks.valid(validator, command);
		records.meeting(meetingId);
		Minutes minutes = records.minutes.findByMeetingId(meetingId).orElse(null);
		if (minutes == null) {
			Minutes created = new Minutes(meetingId, command.text(), actor.username(), records.now());
			records.minutes.saveAndFlush(created);
			return records.view(created);
		}
		minutes.requireDraft();
		Access.requireVersion(command.version(), minutes.version(), "Minutes", minutes.id());
		minutes.edit(command.text());
		records.save(records.minutes, minutes, "Minutes", minutes.id());
		return records.view(minutes);
	}

	@Transactional(readOnly = true)
	public MinutesView minutes(Actor actor, long meetingId) {
		Access.requireReader(actor);
		records.meeting(meetingId);
		return records.view(load(meetingId));
	}

	/**
	 * Signs the minutes for the signer's side. A COMMITTEE user without a seat gets 403 {@code not-a-committee-member};
	 * naming the other side gets 403 {@code wrong-side}; China before Pakistan, or a side twice, gets 409
	 * {@code signature-out-of-order} or {@code minutes-already-signed}.
	 */
	public MinutesView sign(Actor actor, long meetingId, SignMinutes command) {
		Access.requireCommittee(actor, "sign minutes");
		Country side = members.sideOf(actor.username()).orElseThrow(() -> new DomainProblem(
				DomainProblem.Kind.FORBIDDEN, "not-a-committee-member", "No seat on the committee",
				"User " + actor.username() + " has no seat for either side on the joint committee; the coordinating "
						+ "authority seats committee members."));
		if (command.side() != null && command.side() != side) {
			throw new DomainProblem(DomainProblem.Kind.FORBIDDEN, "wrong-side", "Not your side",
					actor.username() + " signs for " + sideName(side) + ", not for " + sideName(command.side()) + ".",
					List.of(new DomainProblem.FieldProblem("side", "is not the signer's side")));
		}
		Meeting meeting = records.meeting(meetingId);
		Minutes minutes = load(meetingId);
		if (command.version() != null && command.version() != minutes.version()) {
			throw DomainProblem.staleVersion("Minutes", minutes.id());
		}
		LocalDate today = records.today();
		if (meeting.heldOn().isAfter(today)) {
			throw new DomainProblem(DomainProblem.Kind.RULE_VIOLATED, "meeting-not-held", "Meeting not held yet",
					"The meeting is on " + meeting.heldOn() + "; its minutes can be signed from that day on.");
		}
		Instant now = records.now();
		Instant signedAt = now;
		LocalDate signedOn = command.signedOn();
		if (signedOn != null) {
			if (signedOn.isAfter(today)) {
				throw DomainProblem.invalid("signedOn", "cannot be in the future");
			}
			if (signedOn.isBefore(meeting.heldOn())) {
				throw DomainProblem.invalid("signedOn", "cannot be before the meeting (" + meeting.heldOn() + ")");
			}
			if (signedOn.isBefore(today)) {
				signedAt = signedOn.atStartOfDay(records.clock.getZone()).toInstant();
			}
		}
		minutes.sign(side, actor.username(), signedAt, now);
		records.save(records.minutes, minutes, "Minutes", minutes.id());
		return records.view(minutes);
	}

	/** Issues minutes signed by both sides as final (AUTHORITY). */
	public MinutesView finalise(Actor actor, long meetingId, @org.jspecify.annotations.Nullable Long version) {
		Access.requirePreparer(actor);
		records.meeting(meetingId);
		Minutes minutes = load(meetingId);
		if (version != null && version != minutes.version()) {
			throw DomainProblem.staleVersion("Minutes", minutes.id());
		}
		minutes.finalise(actor.username(), records.now());
		records.save(records.minutes, minutes, "Minutes", minutes.id());
		return records.view(minutes);
	}

	private Minutes load(long meetingId) {
		return records.minutes.findByMeetingId(meetingId)
			.orElseThrow(() -> new DomainProblem(DomainProblem.Kind.NOT_FOUND, "not-found", "Minutes not found",
					"Meeting " + meetingId + " has no minutes yet."));
	}

	private static String sideName(Country side) {
		return side == Country.PK ? "Pakistan" : "China";
	}
}
