-- The organisation's name in its own script (Chinese for Chinese organisations, Urdu for Pakistani ones), shown
-- next to the English name. Backfilled from the existing per-language names.
alter table organisation add column native_name varchar(200);

update organisation
   set native_name = case country when 'CN' then name_zh when 'PK' then name_ur end
 where native_name is null;
