package org.quadhub.complexity;

/** One country of a period, ranked by ECI (1 = most complex). */
public record CountryComplexity(int rank, String country, String name, int diversity, double eci, double coi) {
}
