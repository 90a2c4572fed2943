package org.quadhub.reporting.web;

import java.nio.charset.StandardCharsets;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.quadhub.cluster.JobFile;
import org.quadhub.cluster.JobProgress;
import org.quadhub.reporting.Period;
import org.quadhub.reporting.ProgrammeDocuments;
import org.quadhub.shared.Actor;
import org.quadhub.shared.Role;
import org.quadhub.support.Fixtures;
import org.quadhub.support.QuadHubTest;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Behind a proxy the page polls and downloads the quarterly report through whichever instance the request lands
 * on: a second {@link DocumentJobs}, which has never seen the job (another instance on the same database), reports
 * it and hands out the same file.
 */
@QuadHubTest
class DocumentJobsAcrossInstancesTest {

	@Autowired DocumentJobs instanceA;
	@Autowired ProgrammeDocuments documents;
	@Autowired JobProgress progress;
	@Autowired JsonMapper json;

	@Test
	void aReportGeneratedOnOneInstanceIsFollowedAndDownloadedOnAnother() throws Exception {
		Actor admin = new Actor(Fixtures.ADMIN, Set.of(Role.AUTHORITY), null);
		YearMonth previous = YearMonth.now(ZoneId.of("Asia/Karachi")).minusMonths(3);
		Period quarter = Period.quarter(previous.getYear(), (previous.getMonthValue() - 1) / 3 + 1);
		DocumentJobs instanceB = new DocumentJobs(documents, progress, json);
		try {
			DocumentJob started = instanceA.start(admin, "pdf", quarter);
			DocumentJob seenOnB = instanceB.find(admin, started.id).orElseThrow();
			assertThat(seenOnB.fileName).isEqualTo("quadhub-programme-" + quarter.label() + ".pdf");
			for (int i = 0; i < 480 && !seenOnB.finished(); i++) {
				Thread.sleep(250);
				seenOnB = instanceB.find(admin, started.id).orElseThrow();
			}
			assertThat(seenOnB.ready()).as("finished without a problem: %s", seenOnB.problem).isTrue();
			DocumentJob onA = instanceA.find(admin, started.id).orElseThrow();
			assertThat(seenOnB.kilobytes()).isEqualTo(onA.kilobytes()).isPositive();

			JobFile file = instanceB.file(admin, started.id).orElseThrow();
			assertThat(file.name()).isEqualTo(started.fileName);
			assertThat(file.contentType()).isEqualTo("application/pdf");
			assertThat(new String(file.content(), 0, 5, StandardCharsets.ISO_8859_1)).isEqualTo("%PDF-");
			assertThat((file.content().length + 1023) / 1024).isEqualTo(onA.kilobytes());

			Actor someoneElse = new Actor("committee-member-" + started.id.substring(0, 8), Set.of(Role.COMMITTEE), null);
			assertThat(instanceB.find(someoneElse, started.id)).isEmpty();
			assertThat(instanceB.file(someoneElse, started.id)).isEmpty();
			assertThat(instanceB.find(admin, "00000000-0000-0000-0000-000000000000")).isEmpty();
		}
		finally {
			instanceB.stop();
		}
	}
}
