package org.quadhub.committee;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.jspecify.annotations.Nullable;
import org.quadhub.shared.Country;
import org.quadhub.shared.DomainProblem;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Minutes of one meeting and their signatures; the state machine DRAFT, SIGNED_BY_PAKISTAN, SIGNED_BY_CHINA, FINAL. */
@Entity
@Table(name = "committee_minutes")
class Minutes {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private @Nullable Long id;

	private long meetingId;
	private String text = "";

	@Enumerated(EnumType.STRING)
	private MinutesState state = MinutesState.DRAFT;

	private Instant stateSince = Instant.EPOCH;
	private String preparedBy = "";
	private Instant preparedAt = Instant.EPOCH;
	private @Nullable String finalisedBy;
	private @Nullable Instant finalisedAt;

	@ElementCollection(fetch = FetchType.EAGER)
	@CollectionTable(name = "committee_signature", joinColumns = @JoinColumn(name = "minutes_id"))
	private List<SignatureEntry> signatures = new ArrayList<>();

	@Version
	private long version;

	protected Minutes() {
	}

	Minutes(long meetingId, String text, String actor, Instant now) {
		this.meetingId = meetingId;
		this.text = text;
		this.preparedBy = actor;
		this.preparedAt = now;
		this.stateSince = now;
	}

	/** Only a draft can change: a signature covers the text as it was signed. */
	void edit(String newText) {
		requireDraft();
		this.text = newText;
	}

	void requireDraft() {
		if (state != MinutesState.DRAFT) {
			throw frozen(state);
		}
	}

	static DomainProblem frozen(MinutesState state) {
		return new DomainProblem(DomainProblem.Kind.CONFLICT, "minutes-frozen", "Minutes are signed",
				"The minutes are " + state + ": once the first side has signed, neither the minutes nor the "
						+ "meeting's agenda and decisions can change.");
	}

	/** Records the signature of {@code side}; the sides sign in turn, Pakistan first, then China. */
	void sign(Country side, String signer, Instant signedAt, Instant now) {
		Country due = state.signatureDue();
		if (due == null) {
			throw new DomainProblem(DomainProblem.Kind.CONFLICT, "minutes-already-signed", "Already signed",
					"The minutes are " + state + ": both sides have signed already.");
		}
		if (due != side) {
			String detail = side == Country.CN
					? "China's side signs after Pakistan's side; the minutes are still " + state + "."
					: "Pakistan's side has signed these minutes already; they now wait for China's side.";
			throw new DomainProblem(DomainProblem.Kind.CONFLICT, "signature-out-of-order", "Not this side's turn",
					detail);
		}
		if (signedAt.isBefore(stateSince) && !signatures.isEmpty()) {
			throw DomainProblem.invalid("signedOn", "cannot be before the other side's signature");
		}
		signatures.add(new SignatureEntry(side, signer, signedAt, now));
		state = side == Country.PK ? MinutesState.SIGNED_BY_PAKISTAN : MinutesState.SIGNED_BY_CHINA;
		stateSince = signedAt;
	}

	/** Issues minutes both sides have signed. */
	void finalise(String actor, Instant now) {
		if (state != MinutesState.SIGNED_BY_CHINA) {
			throw new DomainProblem(DomainProblem.Kind.CONFLICT, "minutes-not-signed",
					"Minutes not signed by both sides",
					"Minutes are issued as final only after both sides have signed; they are " + state + ".");
		}
		state = MinutesState.FINAL;
		stateSince = now;
		finalisedBy = actor;
		finalisedAt = now;
	}

	long id() {
		if (id == null) {
			throw new IllegalStateException("Minutes not saved yet");
		}
		return id;
	}

	long meetingId() {
		return meetingId;
	}

	String text() {
		return text;
	}

	MinutesState state() {
		return state;
	}

	Instant stateSince() {
		return stateSince;
	}

	String preparedBy() {
		return preparedBy;
	}

	Instant preparedAt() {
		return preparedAt;
	}

	@Nullable
	String finalisedBy() {
		return finalisedBy;
	}

	@Nullable
	Instant finalisedAt() {
		return finalisedAt;
	}

	List<MinutesView.Signature> signatures() {
		return signatures.stream()
			.sorted(Comparator.comparing(s -> s.signedAt))
			.map(s -> new MinutesView.Signature(s.side, s.signedBy, s.signedAt, s.recordedAt))
			.toList();
	}

	long version() {
		return version;
	}

	@Embeddable
	static class SignatureEntry {

		@Enumerated(EnumType.STRING)
		private Country side = Country.PK;

		private String signedBy = "";
		private Instant signedAt = Instant.EPOCH;
		private Instant recordedAt = Instant.EPOCH;

		protected SignatureEntry() {
		}

		SignatureEntry(Country side, String signedBy, Instant signedAt, Instant recordedAt) {
			this.side = side;
			this.signedBy = signedBy;
			this.signedAt = signedAt;
			this.recordedAt = recordedAt;
		}
	}
}
