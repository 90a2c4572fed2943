package org.quadhub.incentives;

/** How a QUAD gets its land: free (100% subsidy), subsidised (a stated share), or at market value. */
public enum LandTerms {
	FREE, SUBSIDISED, MARKET
}
