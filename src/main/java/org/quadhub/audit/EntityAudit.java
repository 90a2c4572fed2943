package org.quadhub.audit;

import jakarta.annotation.PostConstruct;
import jakarta.persistence.EntityManagerFactory;
import org.hibernate.Hibernate;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.hibernate.engine.spi.SharedSessionContractImplementor;
import org.hibernate.event.service.spi.EventListenerRegistry;
import org.hibernate.event.spi.EventType;
import org.hibernate.event.spi.PostCollectionUpdateEvent;
import org.hibernate.event.spi.PostCollectionUpdateEventListener;
import org.hibernate.event.spi.PostDeleteEvent;
import org.hibernate.event.spi.PostDeleteEventListener;
import org.hibernate.event.spi.PostInsertEvent;
import org.hibernate.event.spi.PostInsertEventListener;
import org.hibernate.event.spi.PostUpdateEvent;
import org.hibernate.event.spi.PostUpdateEventListener;
import org.hibernate.persister.entity.AbstractEntityPersister;
import org.hibernate.persister.entity.EntityPersister;
import org.hibernate.type.Type;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

import java.io.Serial;
import java.sql.Blob;
import java.sql.Clob;
import java.time.temporal.TemporalAccessor;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * Captures every insert, update and delete of every JPA entity through Hibernate's post-action event listeners
 * (registered on the session factory's {@link EventListenerRegistry}) and hands it to the {@link AuditWriter},
 * which writes it in the same transaction. The subject kind is the entity's table. A change of a property named
 * {@code status} is recorded as a {@code transition} with from and to. Binary and large values are left out;
 * passwords, secrets and tokens are masked.
 */
@Component
class EntityAudit implements PostInsertEventListener, PostUpdateEventListener, PostDeleteEventListener,
		PostCollectionUpdateEventListener {

	@Serial
	private static final long serialVersionUID = 1L;

	static final String MASK = "***";

	/** Longest text value kept in a diff; longer ones are replaced by their length. */
	static final int MAX_TEXT = 2000;

	private static final Pattern SENSITIVE = Pattern.compile("(?i).*(password|secret|token|credential|apikey).*");

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final Object SKIP = new Object();

	private final transient EntityManagerFactory entityManagerFactory;
	private final transient AuditWriter writer;

	EntityAudit(EntityManagerFactory entityManagerFactory, AuditWriter writer) {
		this.entityManagerFactory = entityManagerFactory;
		this.writer = writer;
	}

	@PostConstruct
	void register() {
		EventListenerRegistry registry = entityManagerFactory.unwrap(SessionFactoryImplementor.class)
			.getServiceRegistry()
			.requireService(EventListenerRegistry.class);
		registry.appendListeners(EventType.POST_INSERT, this);
		registry.appendListeners(EventType.POST_UPDATE, this);
		registry.appendListeners(EventType.POST_DELETE, this);
		registry.appendListeners(EventType.POST_COLLECTION_UPDATE, this);
	}

	@Override
	public boolean requiresPostCommitHandling(EntityPersister persister) {
		return false;
	}

	@Override
	public void onPostInsert(PostInsertEvent event) {
		Map<String, Object> after = values(event.getPersister(), event.getState(), null, event.getSession());
		writer.record("create", kind(event.getPersister()), id(event.getId()), null, null,
				json(Map.of("after", after)));
	}

	@Override
	public void onPostDelete(PostDeleteEvent event) {
		Object[] state = event.getDeletedState();
		Map<String, Object> before = state == null ? Map.of()
				: values(event.getPersister(), state, null, event.getSession());
		writer.record("delete", kind(event.getPersister()), id(event.getId()), null, null,
				json(Map.of("before", before)));
	}

	@Override
	public void onPostUpdate(PostUpdateEvent event) {
		EntityPersister persister = event.getPersister();
		Object[] state = event.getState();
		Object[] old = event.getOldState();
		String[] names = persister.getPropertyNames();
		boolean[] changed = new boolean[names.length];
		if (event.getDirtyProperties() != null && event.getDirtyProperties().length > 0) {
			for (int index : event.getDirtyProperties()) {
				changed[index] = true;
			}
		}
		else {
			for (int i = 0; i < names.length; i++) {
				changed[i] = old == null || !Objects.equals(old[i], state[i]);
			}
		}
		Map<String, Object> before = new TreeMap<>();
		Map<String, Object> after = new TreeMap<>();
		String fromState = null;
		String toState = null;
		Type[] types = persister.getPropertyTypes();
		int version = persister.isVersioned() ? persister.getVersionPropertyIndex() : -1;
		for (int i = 0; i < names.length; i++) {
			if (!changed[i] || i == version) {
				continue;
			}
			Object now = value(names[i], state[i], types[i], event.getSession());
			Object was = old == null ? SKIP : value(names[i], old[i], types[i], event.getSession());
			if (now == SKIP && was == SKIP) {
				continue;
			}
			if (was != SKIP) {
				before.put(names[i], was);
			}
			if (now != SKIP) {
				after.put(names[i], now);
			}
			if ("status".equals(names[i]) && old != null && !Objects.equals(old[i], state[i])) {
				fromState = old[i] == null ? null : String.valueOf(was);
				toState = state[i] == null ? null : String.valueOf(now);
			}
		}
		Map<String, Object> diff = new LinkedHashMap<>();
		diff.put("before", before);
		diff.put("after", after);
		writer.record(toState != null || fromState != null ? "transition" : "update", kind(persister),
				id(event.getId()), fromState, toState, json(diff));
	}

	@Override
	public void onPostUpdateCollection(PostCollectionUpdateEvent event) {
		Object owner = event.getAffectedOwnerOrNull();
		if (owner == null || event.getSession() == null) {
			return;
		}
		EntityPersister persister = event.getSession().getEntityPersister(event.getAffectedOwnerEntityName(), owner);
		String role = event.getCollection().getRole();
		if (role == null || event.getSession().getFactory().getMappingMetamodel().getCollectionDescriptor(role)
			.getElementType()
			.isEntityType()) {
			return; // a collection of entities: each entity's own insert or delete is audited
		}
		String property = role.substring(role.lastIndexOf('.') + 1);
		Object snapshot = event.getCollection().getStoredSnapshot();
		Object before = snapshot instanceof Map<?, ?> map ? simpleCollection(map.values()) : SKIP;
		if (snapshot instanceof Collection<?> collection) {
			before = simpleCollection(collection);
		}
		Object after = event.getCollection() instanceof Collection<?> collection ? simpleCollection(collection) : SKIP;
		if (Objects.equals(before, after)) {
			return;
		}
		Map<String, Object> diff = new LinkedHashMap<>();
		diff.put("before", before == SKIP ? Map.of() : Map.of(property, before));
		diff.put("after", after == SKIP ? Map.of() : Map.of(property, after));
		writer.record("update", kind(persister), id(event.getAffectedOwnerIdOrNull()), null, null, json(diff));
	}

	static String kind(EntityPersister persister) {
		if (persister instanceof AbstractEntityPersister entity && entity.getTableName() != null) {
			return entity.getTableName();
		}
		String name = persister.getEntityName();
		return name.substring(name.lastIndexOf('.') + 1);
	}

	private static @Nullable String id(@Nullable Object id) {
		return id == null ? null : String.valueOf(id);
	}

	private static Map<String, Object> values(EntityPersister persister, Object[] state, @Nullable Object unused,
			SharedSessionContractImplementor session) {
		Map<String, Object> values = new TreeMap<>();
		String[] names = persister.getPropertyNames();
		Type[] types = persister.getPropertyTypes();
		int version = persister.isVersioned() ? persister.getVersionPropertyIndex() : -1;
		for (int i = 0; i < names.length; i++) {
			if (i == version) {
				continue;
			}
			Object value = value(names[i], state[i], types[i], session);
			if (value != SKIP) {
				values.put(names[i], value);
			}
		}
		return values;
	}

	/** A value as it goes into the JSON diff, or {@link #SKIP}. */
	private static @Nullable Object value(String name, @Nullable Object value, Type type,
			SharedSessionContractImplementor session) {
		if (SENSITIVE.matcher(name).matches()) {
			return MASK;
		}
		if (value == null) {
			return null;
		}
		if (type.isCollectionType()) {
			return value instanceof Collection<?> collection && Hibernate.isInitialized(collection)
					? simpleCollection(collection) : SKIP;
		}
		if (type.isEntityType()) {
			Object id = session.getContextEntityIdentifier(value);
			return id == null ? SKIP : simple(id);
		}
		return simple(value);
	}

	private static Object simpleCollection(Collection<?> collection) {
		List<Object> list = new ArrayList<>(collection.size());
		for (Object element : collection) {
			Object simple = element == null ? null : simple(element);
			if (simple == SKIP) {
				return SKIP;
			}
			list.add(simple);
		}
		if (list.stream().allMatch(e -> e instanceof String)) {
			list.sort((a, b) -> ((String) a).compareTo((String) b));
		}
		return list;
	}

	private static Object simple(Object value) {
		if (value instanceof byte[] || value instanceof Byte[] || value instanceof Blob || value instanceof Clob) {
			return SKIP;
		}
		if (value instanceof String text) {
			return text.length() > MAX_TEXT ? "(" + text.length() + " characters)" : text;
		}
		if (value instanceof Number || value instanceof Boolean) {
			return value;
		}
		if (value instanceof Enum<?> e) {
			return e.name();
		}
		if (value instanceof TemporalAccessor || value instanceof Date || value instanceof UUID
				|| value instanceof Character) {
			return value.toString();
		}
		if (value instanceof Collection<?> collection) {
			return simpleCollection(collection);
		}
		String text = String.valueOf(value);
		return text.length() > MAX_TEXT ? "(" + text.length() + " characters)" : text;
	}

	private static String json(Object value) {
		return JSON.writeValueAsString(value);
	}
}
