-- The registry search (q) looks in an organisation's names, city and capabilities. Matching five lower()-ed columns
-- and the capability table row by row cost several ms per search; this keeps the same text, lower-cased and joined
-- by chr(1) (which a query never contains, so a match never spans two fields), in one column maintained by triggers
-- from both tables (ADR 0026).
alter table organisation add column search_text text not null default '';

create function organisation_search_text(o organisation) returns text language sql stable as $$
  select lower(coalesce(o.name, '') || chr(1) || coalesce(o.name_zh, '') || chr(1) || coalesce(o.name_ur, '')
      || chr(1) || coalesce(o.native_name, '') || chr(1) || coalesce(o.city, '') || chr(1)
      || coalesce((select string_agg(c.capability, chr(1) order by c.capability)
                   from organisation_capability c where c.organisation_id = o.id), ''))
$$;

create function organisation_search_text_own() returns trigger language plpgsql as $$
begin
  new.search_text := organisation_search_text(new);
  return new;
end $$;

create trigger organisation_search_text_own before insert or update of name, name_zh, name_ur, native_name, city
  on organisation for each row execute function organisation_search_text_own();

create function organisation_search_text_capabilities() returns trigger language plpgsql as $$
begin
  update organisation o set search_text = organisation_search_text(o)
   where o.id = case when tg_op = 'DELETE' then old.organisation_id else new.organisation_id end;
  return null;
end $$;

create trigger organisation_search_text_capabilities after insert or update or delete on organisation_capability
  for each row execute function organisation_search_text_capabilities();

update organisation o set search_text = organisation_search_text(o);
