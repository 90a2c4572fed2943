-- Fiscal assumption set 1: defaults from the research note (shared/research/economics.md §4, §5, §7).
-- Every figure marked ESTIMATE there is an assumption, not a measurement; AUTHORITY replaces it with a new version.
insert into fiscal_assumption_set (version, cit_rate, discount_rate, redundancy_share, horizon_years, note,
                                   source_note, created_at, created_by)
values (1, 0.2900, 0.1000, 0.5000, 15,
        'Programme defaults at launch (research note of 2026-11).',
        'CIT 29%: PwC Tax Summaries, Pakistan, companies other than banks, TY2022 onwards (economics.md §7). '
            || 'Discount rate 10%: ESTIMATE, close to Pakistan''s recent policy rates; vary it in the API. '
            || 'Redundancy 0.5: share of investment that would have happened without incentives; the East-Africa '
            || 'investor surveys (IMF/OECD/UN/WB 2015) found ~0.9, the note recommends 0.5-0.9 as the range (§3, §7). '
            || 'Horizon 15 years: the longest holiday proposed (op-ed).',
        now(), 'migration');

insert into fiscal_sector_assumption (set_version, sector, dva_year1, dva_year5, jobs_per_usd_bn, profit_margin, source_note)
values
    (1, 'ELECTRONICS', 0.1000, 0.3000, 3500, 0.0450,
     'DVA 10% -> 25-35% (ESTIMATE, §4: Vietnam localisation 5-10%, Samsung 35->51%). Jobs 3,500/USD bn: Samsung '
         || 'Vietnam 2016, 140,000 direct jobs on USD 39.9 bn (§5, derived). Margin 3-6% contract assembly, mid 4.5% (§7 ESTIMATE).'),
    (1, 'SEMICONDUCTORS', 0.1000, 0.1750, 1000, 0.0800,
     'DVA 10% -> 15-20% (ESTIMATE, §4: Intel Costa Rica local purchases 2-9%). Jobs ~1,000/USD bn: Intel Costa Rica '
         || '~800, Intel Vietnam 750-1,400 (§5, derived). Margin 8%: ESTIMATE, no source in the note.'),
    (1, 'ELECTRIC_VEHICLES_AND_BATTERIES', 0.2000, 0.4000, 2000, 0.0750,
     'DVA 15-25% -> 35-45% (ESTIMATE, §4: Thailand 40% local-content floor, Li-ion cost structure). Jobs 2,000/USD bn: '
         || 'between Tesla Shanghai ~1,000 and BYD Thailand 2,700-3,300 (§5, ESTIMATE). Margin 5-10%, mid 7.5% (§7 ESTIMATE).'),
    (1, 'RENEWABLE_ENERGY', 0.1250, 0.2500, 2000, 0.0600,
     'DVA solar modules 10-15% -> 25% (ESTIMATE, §4). Jobs 2,000/USD bn: ESTIMATE, no source. Margin 6%: ESTIMATE, no source.'),
    (1, 'BIOTECH_AND_PHARMA', 0.4250, 0.5500, 2250, 0.1250,
     'DVA formulations 35-50% -> 50-60% (ESTIMATE, §4: API imports 85-95%). Jobs 1,500-3,000/USD bn, mid 2,250 '
         || '(§5 ESTIMATE, unsourced). Margin 10-15%, mid 12.5% (§7 ESTIMATE).'),
    (1, 'NANOMATERIALS', 0.2500, 0.4000, 2000, 0.0800, 'ESTIMATE: no sector figure in the research note; placeholder.'),
    (1, 'AGRI_TECH', 0.4000, 0.5500, 2000, 0.0800, 'ESTIMATE: no sector figure in the research note; placeholder.'),
    (1, 'INFORMATION_TECHNOLOGY', 0.6000, 0.7000, 2000, 0.1000, 'ESTIMATE: no sector figure in the research note; placeholder.'),
    (1, 'PRECISION_ENGINEERING', 0.2500, 0.4000, 2000, 0.0800, 'ESTIMATE: no sector figure in the research note; placeholder.'),
    (1, 'DEFENCE_EQUIPMENT', 0.2500, 0.4000, 2000, 0.0800, 'ESTIMATE: no sector figure in the research note; placeholder.');

-- The three policy versions of record (economics.md §6). QUAD proposal is a draft: proposed, not law.
insert into incentive_policy (name, legal_basis, max_tax_exemption_years, duty_free_machinery,
                              max_land_subsidy_percent, max_power_discount_percent, max_gas_discount_percent,
                              max_water_discount_percent, solar_provision, max_solar_mw, effective_from, effective_to,
                              status, published_at, published_by, created_at, created_by)
values
    ('SEZ Act 2012',
     'Special Economic Zones Act 2012: exemption from all taxes on income for 10 years for zone enterprises (later '
         || 'amended to 5 years for enterprises starting production after 30 June 2020); one-time exemption from customs '
         || 'duties and taxes on plant and machinery (except Chapter 87 vehicles). Land terms are set by the province; '
         || 'no utility discounts. Superseded for new packages by the IMF 2024 commitment.',
     10, true, 100, 0, 0, 0, false, null, date '2012-09-11', date '2024-09-24',
     'PUBLISHED', now(), 'migration', now(), 'migration'),
    ('IMF 2024 commitment',
     'IMF Extended Fund Facility approved 25 September 2024: no new SEZs or EPZs, no new tax incentives, existing zone '
         || 'incentives not extended on expiry, all tax incentives for special technology and industrial zones phased out '
         || 'by 2035. New packages get market-rate land and no tax, duty or utility concessions.',
     0, false, 0, 0, 0, 0, false, null, date '2024-09-25', null,
     'PUBLISHED', now(), 'migration', now(), 'migration'),
    ('QUAD proposal',
     'The QUAD programme proposal (op-ed): free or subsidised land, 15-year tax exemption, duty-free machinery imports, '
         || 'solar power and discounted utilities. A draft: it conflicts with the IMF 2024 commitment and is not law.',
     15, true, 100, 25, 25, 25, true, null, date '2027-01-01', null,
     'DRAFT', null, null, now(), 'migration');
