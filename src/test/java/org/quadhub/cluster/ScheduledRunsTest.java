package org.quadhub.cluster;

import org.junit.jupiter.api.Test;
import org.springframework.scheduling.support.CronExpression;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;

import static org.assertj.core.api.Assertions.assertThat;

/** Which tick a firing belongs to: the same for two servers whose clocks or schedulers differ a little. */
class ScheduledRunsTest {

	private static final ZoneId KARACHI = ZoneId.of("Asia/Karachi");

	@Test
	void aDailyCronFiringOnTimeLateOrSlightlyEarlyBelongsToThatDaysTick() {
		CronExpression daily = CronExpression.parse("0 30 6 * * *");
		Instant fire = Instant.parse("2026-03-10T01:30:00Z"); // 06:30 in Karachi
		assertThat(ScheduledRuns.cronTick(daily, KARACHI, fire)).isEqualTo(fire);
		assertThat(ScheduledRuns.cronTick(daily, KARACHI, fire.plusMillis(3))).isEqualTo(fire);
		assertThat(ScheduledRuns.cronTick(daily, KARACHI, fire.plus(Duration.ofHours(5)))).isEqualTo(fire);
		// a scheduler that fires 20 ms early, or a server whose clock is 400 ms behind, still claims the same tick
		assertThat(ScheduledRuns.cronTick(daily, KARACHI, fire.minusMillis(20))).isEqualTo(fire);
		assertThat(ScheduledRuns.cronTick(daily, KARACHI, fire.minusMillis(400))).isEqualTo(fire);
		// well before it, the tick is the previous day's
		assertThat(ScheduledRuns.cronTick(daily, KARACHI, fire.minus(Duration.ofMinutes(5))))
			.isEqualTo(fire.minus(Duration.ofDays(1)));
	}

	@Test
	void aFrequentCronHasOneTickPerFiring() {
		CronExpression every2s = CronExpression.parse("*/2 * * * * *");
		Instant fire = Instant.parse("2026-03-10T01:30:04Z");
		assertThat(ScheduledRuns.cronTick(every2s, KARACHI, fire.plusMillis(15))).isEqualTo(fire);
		assertThat(ScheduledRuns.cronTick(every2s, KARACHI, fire.plusMillis(2015))).isEqualTo(fire.plusSeconds(2));
		// early by less than a tenth of the period: that tick; a late firing never claims the next tick early
		assertThat(ScheduledRuns.cronTick(every2s, KARACHI, fire.minusMillis(150))).isEqualTo(fire);
		assertThat(ScheduledRuns.cronTick(every2s, KARACHI, fire.plusMillis(1500))).isEqualTo(fire);
		assertThat(ScheduledRuns.cronTick(every2s, KARACHI, fire.minusMillis(500))).isEqualTo(fire.minusSeconds(2));
	}

	@Test
	void fixedDelayJobsShareIntervalsCountedFromTheEpoch() {
		Duration minute = Duration.ofMinutes(1);
		Instant a = Instant.parse("2026-03-10T01:30:05Z");
		Instant b = Instant.parse("2026-03-10T01:30:41Z");
		assertThat(ScheduledRuns.intervalTick(minute, a)).isEqualTo(ScheduledRuns.intervalTick(minute, b))
			.isEqualTo(Instant.parse("2026-03-10T01:30:00Z"));
		assertThat(ScheduledRuns.intervalTick(minute, b.plus(minute))).isEqualTo(Instant.parse("2026-03-10T01:31:00Z"));
	}
}
