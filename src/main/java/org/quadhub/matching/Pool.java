package org.quadhub.matching;

import org.jspecify.annotations.Nullable;
import org.quadhub.quads.PartnerRole;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** An immutable snapshot of the registry as matching sees it; rebuilt when organisations, QUADs or facts change. */
record Pool(Map<Long, Profile> byId, Map<PartnerRole, List<Profile>> byRole, Map<String, Place> places) {

	/** The organisations a role may take: active, not excluded, below capacity. */
	List<Profile> eligible(PartnerRole role) {
		return byRole.getOrDefault(role, List.of()).stream().filter(Profile::eligible).toList();
	}

	int setAside() {
		return (int) byId.values().stream().filter(p -> !p.eligible()).count();
	}

	Map<PartnerRole, Integer> eligibleCounts() {
		Map<PartnerRole, Integer> counts = new EnumMap<>(PartnerRole.class);
		for (PartnerRole role : PartnerRole.values()) {
			counts.put(role, eligible(role).size());
		}
		return counts;
	}

	@Nullable Place place(@Nullable String name) {
		return name == null || name.isBlank() ? null : places.get(Place.key(name));
	}
}
