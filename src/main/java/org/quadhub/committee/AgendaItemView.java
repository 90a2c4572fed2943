package org.quadhub.committee;

import org.jspecify.annotations.Nullable;

/** An agenda item with its subject and the subject's label (for example the QUAD's name). */
public record AgendaItemView(long id, long meetingId, int position, String title, @Nullable SubjectRef subject,
		@Nullable String subjectLabel, @Nullable String subjectPage, long version) {
}
