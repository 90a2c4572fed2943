package org.quadhub.approvals;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.quadhub.shared.Actor;
import org.quadhub.shared.Role;
import org.quadhub.support.Fixtures;
import org.quadhub.support.QuadHubTest;
import org.quadhub.users.CreateUser;
import org.quadhub.users.Users;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mail.javamail.JavaMailSenderImpl;

import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Notifications go out by e-mail to an in-process SMTP server (GreenMail): the officer with an address gets the
 * inbox sentence, once; an officer without an address gets the inbox entry only.
 */
@QuadHubTest
class ApprovalMailTest {

	@RegisterExtension
	static GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP);

	@Autowired
	Approvals approvals;

	@Autowired
	Users users;

	@Autowired
	Inbox inbox;

	@Autowired
	MailOut mailOut;

	@Autowired
	Fixtures fixtures;

	@Test
	void aNewStepInTheQueueIsMailedToTheAgencysOfficers() throws Exception {
		String agency = DeadlineSweepTest.agency(approvals, "ML");
		String withMail = "mail-" + agency.toLowerCase();
		users.create(Actor.system(), new CreateUser(withMail, "a-long-enough-password", Set.of(Role.AGENCY), null, agency,
				withMail + "@agency.gov.pk"));
		String withoutMail = ApprovalsTestSupport.officer(users, agency);
		TemplateDetails route = DeadlineSweepTest.route(approvals,
				DeadlineSweepTest.step("MAILED", agency, 5, LapseRule.ESCALATE));
		long quad = fixtures.quad(fixtures.quartet()).id();
		approvals.open(Actor.system(), new OpenCase("QUAD", quad, route.id()));

		JavaMailSenderImpl sender = new JavaMailSenderImpl();
		sender.setHost("localhost");
		sender.setPort(smtp.getSmtp().getPort());
		List<Notification> mine = inbox.of(ApprovalsTestSupport.actor(withMail));
		assertThat(mine).singleElement().satisfies(n -> assertThat(n.kind()).isEqualTo(Notification.Kind.STEP_OPENED));
		assertThat(mailOut.deliver(sender, mine.get(0).id())).isTrue();
		// delivered once: a retry of the same notification sends nothing
		assertThat(mailOut.deliver(sender, mine.get(0).id())).isFalse();
		Notification theirs = inbox.of(ApprovalsTestSupport.actor(withoutMail)).get(0);
		assertThat(mailOut.deliver(sender, theirs.id())).isFalse();

		MimeMessage[] received = smtp.getReceivedMessages();
		assertThat(received).hasSize(1);
		assertThat(received[0].getAllRecipients()[0].toString()).isEqualTo(withMail + "@agency.gov.pk");
		assertThat(received[0].getSubject()).contains("New in your queue").contains("MAILED step");
		assertThat(com.icegreen.greenmail.util.GreenMailUtil.getBody(received[0])).contains("/approvals/cases/");
	}
}
