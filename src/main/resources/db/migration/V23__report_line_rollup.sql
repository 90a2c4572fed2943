-- Export totals of each submission by month and destination, written with the lines. Accepting a revision
-- recomputes the QUAD's rollups (reporting_month, reporting_destination_year) from these few rows instead of
-- scanning the submission's lines, which for a large file are hundreds of thousands.
create table report_line_rollup (
    submission_id bigint         not null references report_submission (id),
    period        date           not null,
    destination   char(2)        not null,
    exports_usd   numeric(22, 2) not null,
    primary key (submission_id, period, destination)
);

insert into report_line_rollup (submission_id, period, destination, exports_usd)
select submission_id, period, destination, sum(value_usd)
from report_export_line
group by submission_id, period, destination;
