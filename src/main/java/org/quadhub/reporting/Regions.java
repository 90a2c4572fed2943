package org.quadhub.reporting;

import java.util.HashMap;
import java.util.Map;

/** Destination regions of the programme's export markets, by ISO 3166 alpha-2 country code. */
final class Regions {

	static final String CENTRAL_ASIA = "Central Asia";
	static final String MIDDLE_EAST = "Middle East";
	static final String AFRICA = "Africa";
	static final String EUROPE = "Europe";
	static final String AMERICAS = "Americas";
	static final String EAST_SOUTH_ASIA = "East/South Asia";
	static final String OCEANIA = "Oceania";
	static final String OTHER = "Other";

	private static final Map<String, String> BY_COUNTRY = new HashMap<>();

	static {
		put(CENTRAL_ASIA, "KZ KG TJ TM UZ AF AZ AM GE MN");
		put(MIDDLE_EAST, "AE SA QA KW BH OM YE IQ IR IL PS JO LB SY TR");
		put(AFRICA, "DZ AO BJ BW BF BI CM CV CF TD KM CG CD CI DJ EG GQ ER SZ ET GA GM GH GN GW KE LS LR LY MG MW ML "
				+ "MR MU YT MA MZ NA NE NG RE RW SH ST SN SC SL SO ZA SS SD TZ TG TN UG EH ZM ZW");
		put(EUROPE, "AL AD AT BY BE BA BG HR CY CZ DK EE FO FI FR DE GI GR GG HU IS IE IM IT JE XK LV LI LT LU MT "
				+ "MD MC ME NL MK NO PL PT RO RU SM RS SK SI ES SJ SE CH UA GB VA AX");
		put(AMERICAS, "AI AG AR AW BS BB BZ BM BO BQ BR VG CA KY CL CO CR CU CW DM DO EC SV FK GF GL GD GP GT GY HT "
				+ "HN JM MQ MX MS NI PA PY PE PR BL KN LC MF PM VC SX SR TT TC US UY VE VI");
		put(EAST_SOUTH_ASIA, "CN HK MO TW JP KR KP BD BT IN MV NP PK LK BN KH ID LA MY MM PH SG TH TL VN");
		put(OCEANIA, "AS AU CK FJ PF GU KI MH FM NR NC NZ NU NF MP PW PG PN WS SB TK TO TV VU WF UM");
	}

	private Regions() {
	}

	private static void put(String region, String codes) {
		for (String code : codes.split(" ")) {
			BY_COUNTRY.put(code, region);
		}
	}

	static String of(String country) {
		return BY_COUNTRY.getOrDefault(country, OTHER);
	}
}
