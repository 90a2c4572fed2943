package org.quadhub.demo;

import org.quadhub.approvals.Approvals;
import org.quadhub.approvals.DeadlineSweep;
import org.quadhub.approvals.Holidays;
import org.quadhub.partners.Partners;
import org.quadhub.quads.Quads;
import org.quadhub.users.Users;
import org.springframework.context.ApplicationContext;
import org.springframework.transaction.PlatformTransactionManager;

import java.time.Clock;

/** Builds the base demo loader (organisations, QUADs with their approval cases, users) from a test's context. */
final class DemoTestSupport {

	private DemoTestSupport() {
	}

	static DemoData baseDemo(ApplicationContext context) {
		PlatformTransactionManager transactions = context.getBean(PlatformTransactionManager.class);
		Quads quads = context.getBean(Quads.class);
		Users users = context.getBean(Users.class);
		ApprovalsDemo approvals = new ApprovalsDemo(context.getBean(Approvals.class),
				context.getBean(DeadlineSweep.class), context.getBean(Holidays.class), quads, users,
				context.getBean(Clock.class), transactions);
		return new DemoData(context.getBean(Partners.class), quads, users, approvals, transactions);
	}
}
