-- The file a background job produced (the quarterly programme report as PDF or XLSX), so that the instance a
-- request lands on can hand it out whichever instance generated it. Deleted with its job row (kept a day).
create table job_file (
	job_id varchar(36) primary key references job_progress (id) on delete cascade,
	file_name varchar(200) not null,
	content_type varchar(120) not null,
	content bytea not null
);
