package org.quadhub.zones;

/** Pakistan's provinces and territories, where a zone lies. */
public enum Province {
	PUNJAB, SINDH, KHYBER_PAKHTUNKHWA, BALOCHISTAN, ISLAMABAD_CAPITAL_TERRITORY, AZAD_JAMMU_KASHMIR, GILGIT_BALTISTAN
}
