-- Scale-out (ADR 0023): several instances of QuadHub on one PostgreSQL.

-- UI sessions (Spring Session JDBC; the same tables as its schema-postgresql.sql, created here by Flyway so that
-- schema initialisation stays off and every instance finds them).
create table spring_session (
	primary_id char(36) not null,
	session_id char(36) not null,
	creation_time bigint not null,
	last_access_time bigint not null,
	max_inactive_interval int not null,
	expiry_time bigint not null,
	principal_name varchar(100),
	constraint spring_session_pk primary key (primary_id)
);
create unique index spring_session_ix1 on spring_session (session_id);
create index spring_session_ix2 on spring_session (expiry_time);
create index spring_session_ix3 on spring_session (principal_name);

create table spring_session_attributes (
	session_primary_id char(36) not null,
	attribute_name varchar(200) not null,
	attribute_bytes bytea not null,
	constraint spring_session_attributes_pk primary key (session_primary_id, attribute_name),
	constraint spring_session_attributes_fk foreign key (session_primary_id) references spring_session (primary_id)
		on delete cascade
);

-- One row per scheduled job and tick: the instance that inserts it runs the job, every other instance skips.
create table scheduled_run (
	job varchar(60) not null,
	tick timestamptz not null,
	instance varchar(100) not null,
	claimed_at timestamptz not null,
	primary key (job, tick)
);

-- Progress of background jobs (uploads and the like), readable by every instance: a job started through one
-- instance can be followed through another.
create table job_progress (
	id varchar(36) primary key,
	kind varchar(40) not null,
	owner varchar(100) not null,
	label varchar(300) not null,
	done bigint not null default 0,
	total bigint,
	state varchar(16) not null check (state in ('RUNNING', 'SUCCEEDED', 'FAILED')),
	outcome text,
	instance varchar(100) not null,
	started_at timestamptz not null,
	updated_at timestamptz not null,
	finished_at timestamptz
);
create index job_progress_finished on job_progress (finished_at);
