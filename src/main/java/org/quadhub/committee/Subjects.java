package org.quadhub.committee;

import org.jspecify.annotations.Nullable;
import org.quadhub.shared.Actor;
import org.quadhub.shared.DomainProblem;
import org.quadhub.shared.DomainProblem.FieldProblem;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** Checks and describes linked subjects through every {@link SubjectDirectory} in the application. */
@Component("committeeSubjects")
class Subjects {

	private final List<SubjectDirectory> directories;

	Subjects(List<SubjectDirectory> directories) {
		this.directories = List.copyOf(directories);
	}

	/** The subject named by a kind and an id, checked to exist; null when neither is given. */
	@Nullable
	SubjectRef check(@Nullable String rawKind, @Nullable Long id) {
		boolean noKind = rawKind == null || rawKind.isBlank();
		if (noKind && id == null) {
			return null;
		}
		if (noKind) {
			throw DomainProblem.invalid("subjectKind", "is required when subjectId is given");
		}
		if (id == null) {
			throw DomainProblem.invalid("subjectId", "is required when subjectKind is given");
		}
		String kind = rawKind.trim().toUpperCase(Locale.ROOT);
		SubjectDirectory directory = directory(kind).orElseThrow(() -> new DomainProblem(
				DomainProblem.Kind.RULE_VIOLATED, "unknown-subject-kind", "Unknown subject kind",
				"Committee records can be linked to " + supportedKinds() + "; '" + rawKind.trim() + "' is not one of them.",
				List.of(new FieldProblem("subjectKind", "is not a kind of subject the committee can link to"))));
		if (!directory.exists(kind, id)) {
			throw new DomainProblem(DomainProblem.Kind.RULE_VIOLATED, "subject-not-found", "Linked subject not found",
					kind + " " + id + " does not exist.", List.of(new FieldProblem("subjectId", "does not exist")));
		}
		return new SubjectRef(kind, id);
	}

	@Nullable
	String label(@Nullable SubjectRef subject) {
		if (subject == null) {
			return null;
		}
		return directory(subject.kind()).flatMap(d -> d.describe(subject.kind(), subject.id()))
			.orElse(subject.kind() + " " + subject.id());
	}

	@Nullable
	String page(@Nullable SubjectRef subject) {
		if (subject == null) {
			return null;
		}
		return directory(subject.kind()).map(d -> d.page(subject.kind(), subject.id())).orElse(null);
	}

	/** Whether the caller may see records about this subject; records without a subject follow the general rule. */
	boolean readableBy(Actor actor, @Nullable SubjectRef subject) {
		if (actor.readsEverything()) {
			return true;
		}
		if (subject == null) {
			return false;
		}
		return directory(subject.kind()).map(d -> d.readableBy(actor, subject.kind(), subject.id())).orElse(false);
	}

	List<String> supportedKinds() {
		return List.of(SubjectRef.QUAD, SubjectRef.APPROVAL_CASE).stream().filter(k -> directory(k).isPresent()).toList();
	}

	private Optional<SubjectDirectory> directory(String kind) {
		return directories.stream().filter(d -> d.supports(kind)).findFirst();
	}
}
