package org.quadhub.reporting;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.math.BigDecimal;

/**
 * {@code quadhub.reporting.*}.
 *
 * @param maxUploadBytes largest report file accepted (the servlet multipart limits must be at least this)
 * @param maxListedErrors how many row errors a rejected file lists (the total is always given)
 * @param horizonYears reports are accepted for months from establishment up to this many years after it
 * @param steepness default steepness of the target S-curve, per year
 * @param midpointFraction default inflection point of the target S-curve, as a fraction of the QUAD's horizon
 * @param programmeTargetUsd the programme's export target a year
 * @param programmeYears years the programme has to reach it, counted from its first establishment
 */
@ConfigurationProperties("quadhub.reporting")
public record ReportingSettings(@DefaultValue("209715200") long maxUploadBytes,
		@DefaultValue("1000") int maxListedErrors, @DefaultValue("10") int horizonYears,
		@DefaultValue("1.6") double steepness, @DefaultValue("0.5") double midpointFraction,
		@DefaultValue("200000000000") BigDecimal programmeTargetUsd, @DefaultValue("10") int programmeYears) {
}
